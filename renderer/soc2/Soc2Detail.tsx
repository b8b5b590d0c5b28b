import { forwardRef, useState } from 'react';
import { SOC2_CRITERIA, TSC_CATEGORY_LABELS } from '../../shared/catalog/soc2';
import type { Soc2ControlView, Soc2CriterionReadiness } from '../../shared/domain/soc2-readiness';
import { ControlStatusPill, CriterionStatusChip, openInSoa } from './soc2-pieces';

const SUMMARY = new Map(SOC2_CRITERIA.map((c) => [c.id, c.summary]));

interface CriterionProps {
  criterion: Soc2CriterionReadiness;
  onSetExpectation(inPlace: boolean): Promise<void>;
}

/** One criterion: what it asks, what to add, what SOC 2 expects beyond ISO, and the mapped controls. */
export const Soc2CriterionDetail = forwardRef<HTMLElement, CriterionProps>(function Soc2CriterionDetail({ criterion: c, onSetExpectation }, ref) {
  /** The answer being saved, shown at once. */
  const [pending, setPending] = useState<boolean | null>(null);
  const toggle = async (inPlace: boolean) => {
    setPending(inPlace);
    await onSetExpectation(inPlace);
    setPending(null);
  };
  // The practice beyond ISO is described in its own box below, so the list only points to it.
  const actions = [
    ...c.controls.flatMap((m) => (m.action ? [m.action] : [])),
    ...(c.beyondIso && !c.beyondIso.inPlace ? ['Put in place what SOC 2 expects beyond the ISO controls (below), then record it as in place.'] : []),
  ];
  return (
    <article ref={ref} tabIndex={-1} className="soc2-detail" aria-label={`${c.id} ${c.title}`}>
      <header>
        <span className="control-id">
          {c.id} · {TSC_CATEGORY_LABELS[c.category]}
        </span>
        <h2>{c.title}</h2>
        <div className="soc2-detail-figure">
          <strong data-testid="detail-readiness">{c.readiness}%</strong>
          <CriterionStatusChip status={c.status} />
        </div>
      </header>
      <p className="guidance">{SUMMARY.get(c.id)}</p>

      <section aria-label="What to add">
        <h3>What to add</h3>
        {actions.length === 0 ? (
          <p className="muted">Nothing: every mapped control is implemented{c.beyondIso ? ' and the SOC 2-specific practice is in place' : ''}.</p>
        ) : (
          <ul className="soc2-gaps">
            {actions.map((action) => (
              <li key={action}>{action}</li>
            ))}
          </ul>
        )}
      </section>

      {c.beyondIso && (
        <section className={`soc2-beyond${c.beyondIso.inPlace ? ' in-place' : ''}`} aria-label="Beyond the ISO controls">
          <h3>SOC 2 expects beyond the ISO controls</h3>
          <p>{c.beyondIso.text}</p>
          {c.beyondIso.isoCovers === 'little' && (
            <p className="muted">The mapped controls cover little of this criterion, so this practice weighs as much as all of them together.</p>
          )}
          <label className="inline">
            <input type="checkbox" checked={pending ?? c.beyondIso.inPlace} disabled={pending !== null} onChange={(e) => void toggle(e.target.checked)} />
            In place, and we can show evidence of it
          </label>
        </section>
      )}

      <section aria-label="Mapped ISO 27001 controls">
        <h3>Mapped ISO 27001 controls</h3>
        <ul className="soc2-mapped">
          {c.controls.map((m) => (
            <li key={m.controlId}>
              <div className="inline">
                <button type="button" className="link-button soc2-open" onClick={() => openInSoa(m.controlId)} aria-label={`Open A.${m.controlId} ${m.title} in the Statement of Applicability`}>
                  A.{m.controlId} {m.title}
                </button>
                <span className="spacer" />
                <ControlStatusPill applicable={m.applicable} status={m.status} />
              </div>
              <p className="muted">{m.rationale}</p>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
});

interface ControlProps {
  control: Soc2ControlView;
  onShowCriterion(id: string): void;
}

/** One control: its SoA status, what to do about it, and the criteria in scope that rely on it. */
export const Soc2ControlDetail = forwardRef<HTMLElement, ControlProps>(function Soc2ControlDetail({ control: c, onShowCriterion }, ref) {
  return (
    <article ref={ref} tabIndex={-1} className="soc2-detail" aria-label={`A.${c.controlId} ${c.title}`}>
      <header>
        <span className="control-id">A.{c.controlId}</span>
        <h2>{c.title}</h2>
        <div className="soc2-detail-figure">
          <ControlStatusPill applicable={c.applicable} status={c.status} />
        </div>
      </header>
      {c.action && <p className="soc2-action">{c.action}</p>}
      <div>
        <button type="button" onClick={() => openInSoa(c.controlId)}>
          Open A.{c.controlId} in the SoA
        </button>
      </div>
      <section aria-label="Criteria it serves">
        <h3>Criteria in scope it serves</h3>
        <ul className="soc2-mapped">
          {c.criteria.map((k) => (
            <li key={k.id}>
              <div className="inline">
                <button type="button" className="link-button soc2-open" onClick={() => onShowCriterion(k.id)} aria-label={`Show ${k.id} ${k.title}`}>
                  {k.id} {k.title}
                </button>
                <span className="spacer" />
                <CriterionStatusChip status={k.status} />
              </div>
              <p className="muted">{k.rationale}</p>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
});
