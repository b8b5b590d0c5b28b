import { useState } from 'react';
import { clauseById } from '../../shared/catalog/clauses';
import type { AuditCycle } from '../../shared/domain/audit';
import type { AuditOverview } from '../../shared/ipc/contract-audit';
import { NOT_COUNTED_LABELS } from '../../shared/rules/audit-coverage';
import { controlLabel } from '../../shared/catalog/annex-a';
import { plural } from '../app/format';
import { DateField } from './DateField';

interface Props {
  overview: AuditOverview;
  onSetCycle(cycle: AuditCycle): void;
  /** Jumps to the first audit with a concern of that kind. */
  onShowConcern(kind: 'independence' | 'unlinked'): void;
}

/** The programme at a glance: the certification cycle, what the audits cover, and what is not yet planned. */
export function ProgrammePanel({ overview, onSetCycle, onShowConcern }: Props) {
  const { cycle, coverage } = overview;
  const [open, setOpen] = useState(!coverage.complete);
  const clausesCovered = coverage.clauses.length - coverage.unplannedClauses.length;
  const controlsCovered = coverage.controls.length - coverage.unplannedControls.length;
  const gaps = coverage.unplannedClauses.length + coverage.unplannedControls.length;
  const setDate = (part: keyof AuditCycle, value: string | null) => onSetCycle({ ...cycle, [part]: value });

  return (
    <section className="progress-strip audit-programme" aria-label="Audit programme">
      <div className="progress-figures audit-programme-figures">
        <fieldset className="audit-cycle">
          <legend>Certification cycle</legend>
          <DateField label="Cycle starts" value={cycle.start} max={cycle.end} onCommit={(v) => setDate('start', v)} />
          <span className="muted">to</span>
          <DateField label="Cycle ends" value={cycle.end} min={cycle.start} onCommit={(v) => setDate('end', v)} />
        </fieldset>
        <div className="figure" data-testid="coverage-clauses" title="Clauses 4 to 10 covered by an audit in the cycle">
          <strong>
            {clausesCovered}/{coverage.clauses.length}
          </strong>
          <span>clauses covered</span>
        </div>
        <div className="figure" data-testid="coverage-controls" title="Applicable Annex A controls covered by an audit in the cycle">
          <strong>
            {controlsCovered}/{coverage.controls.length}
          </strong>
          <span>controls covered</span>
        </div>
        <span className="audit-programme-chips">
          {overview.independence.length > 0 && (
            <button type="button" className="attention-chip" onClick={() => onShowConcern('independence')}>
              {plural(overview.independence.length, 'independence warning')}
            </button>
          )}
          {overview.unlinkedFindings.length > 0 && (
            <button type="button" className="attention-chip" onClick={() => onShowConcern('unlinked')} title={overview.unlinkedFindings.join(', ')}>
              {plural(overview.unlinkedFindings.length, 'nonconformity finding')} without a record
            </button>
          )}
          <button type="button" className={gaps > 0 ? 'attention-chip' : 'link-button'} aria-expanded={open} onClick={() => setOpen(!open)}>
            {gaps > 0 ? `${gaps} not yet planned` : open ? 'Hide coverage' : 'Show coverage'}
          </button>
        </span>
      </div>
      {open && <CoverageDetail overview={overview} />}
    </section>
  );
}

function CoverageDetail({ overview }: { overview: AuditOverview }) {
  const { coverage, cycle } = overview;
  return (
    <div className="audit-coverage" aria-label="Coverage" role="region">
      {!cycle.start || !cycle.end ? (
        <p className="field-hint warn">Set the certification cycle: audits count towards coverage when they start within it.</p>
      ) : null}
      {coverage.complete ? (
        <p className="audit-coverage-ok">Every clause 4 to 10 and every applicable Annex A control is covered by an audit in the cycle.</p>
      ) : (
        <>
          <p className="audit-coverage-lead">Not yet planned in the cycle:</p>
          {coverage.unplannedClauses.length > 0 && (
            <ul className="audit-gap-list" aria-label="Clauses not yet planned">
              {coverage.unplannedClauses.map((id) => (
                <li key={id} className="audit-gap">
                  Clause {id} {clauseById(id)?.title}
                </li>
              ))}
            </ul>
          )}
          {coverage.unplannedControls.length > 0 && (
            <ul className="audit-gap-list" aria-label="Controls not yet planned">
              {coverage.unplannedControls.map((id) => (
                <li key={id} className="audit-gap" title={controlLabel(id)}>
                  A.{id}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {coverage.unplannedSubClauses.length > 0 && (
        <p className="field-hint">
          Reached only through another sub-clause so far: {coverage.unplannedSubClauses.map((id) => `${id} ${clauseById(id)?.title ?? ''}`).join('; ')}.
        </p>
      )}
      {coverage.notCounted.map((n) => (
        <p key={n.ref} className="field-hint">
          {n.ref} {NOT_COUNTED_LABELS[n.reason]} and does not count towards coverage.
        </p>
      ))}
    </div>
  );
}
