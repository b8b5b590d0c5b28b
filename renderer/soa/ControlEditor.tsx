import { forwardRef, useEffect, useState } from 'react';
import type { AnnexAControl } from '../../shared/catalog/types';
import {
  IMPLEMENTATION_STATUSES,
  IMPLEMENTATION_STATUS_LABELS,
  SOA_REASONS,
  SOA_REASON_LABELS,
  type SoaEntry,
  type SoaPatch,
} from '../../shared/domain/soa';
import { todayIso } from '../app/format';
import { criteriaForControl } from '../../shared/catalog/crosswalk';
import type { ControlRiskLink } from '../../shared/ipc/contract';
import type { RiskMethod } from '../../shared/domain/risk-method';
import { LevelChip } from '../components/LevelChip';

interface Props {
  control: AnnexAControl;
  entry: SoaEntry;
  owners: string[];
  /** Risks in the register that rely on this control. */
  risks?: ControlRiskLink[];
  method?: RiskMethod | null;
  onSave(patch: SoaPatch): Promise<boolean>;
}

/** Text that saves when the field loses focus (or on Ctrl+Enter), not on every keystroke. */
function useDraft(saved: string) {
  const [draft, setDraft] = useState(saved);
  // Follow changes made elsewhere (undo, import, bulk edit) to the saved value.
  useEffect(() => setDraft(saved), [saved]);
  return { draft, setDraft, dirty: draft !== saved };
}

export const ControlEditor = forwardRef<HTMLButtonElement, Props>(function ControlEditor(
  { control, entry, owners, risks = [], method = null, onSave },
  firstFieldRef,
) {
  const implementation = useDraft(entry.implementation);
  const owner = useDraft(entry.owner);
  const evidence = useDraft(entry.evidence.join('\n'));
  const justification = useDraft(entry.exclusionJustification);
  const [excluding, setExcluding] = useState(false);
  const soc2 = criteriaForControl(control.id);

  const saveText = (field: 'implementation' | 'owner', value: string, dirty: boolean) => {
    if (dirty) void onSave({ [field]: value.trim() });
  };
  const ctrlEnterBlur = (e: React.KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) (e.target as HTMLElement).blur();
  };

  const markApplicable = () => {
    setExcluding(false);
    void onSave({ applicable: true });
  };
  const markExcluded = () => {
    if (entry.exclusionJustification.trim() !== '') void onSave({ applicable: false });
    else setExcluding(true);
  };
  const confirmExclusion = async () => {
    if (justification.draft.trim() === '') return;
    if (await onSave({ applicable: false, exclusionJustification: justification.draft.trim() })) setExcluding(false);
  };

  const showJustification = !entry.applicable || excluding;

  return (
    <article className="control-editor" aria-label={`Edit A.${control.id}`}>
      <header>
        <span className="control-id">A.{control.id}</span>
        <h2>{control.title}</h2>
      </header>

      <fieldset className="segmented" aria-label="Applicability">
        <legend>Applicable?</legend>
        <button ref={firstFieldRef} type="button" aria-pressed={entry.applicable && !excluding} onClick={markApplicable}>
          Applicable
        </button>
        <button type="button" aria-pressed={!entry.applicable || excluding} onClick={markExcluded}>
          Not applicable
        </button>
      </fieldset>

      {showJustification && (
        <label className="field">
          <span>
            Justification for exclusion <em className="required">required</em>
          </span>
          <textarea
            rows={3}
            value={justification.draft}
            placeholder="Why this control does not apply to the ISMS scope, in terms an auditor can verify"
            onChange={(e) => justification.setDraft(e.target.value)}
            onBlur={() => {
              if (!excluding && justification.dirty && justification.draft.trim() !== '') {
                void onSave({ exclusionJustification: justification.draft.trim() });
              }
            }}
            onKeyDown={ctrlEnterBlur}
          />
          {excluding && (
            <span className="field-actions">
              <button type="button" className="primary" disabled={justification.draft.trim() === ''} onClick={() => void confirmExclusion()}>
                Exclude control
              </button>
              <button type="button" onClick={() => setExcluding(false)}>
                Cancel
              </button>
            </span>
          )}
        </label>
      )}

      {entry.applicable && !excluding && (
        <>
          <fieldset className="checks">
            <legend>Reasons for inclusion</legend>
            {SOA_REASONS.map((reason) => (
              <label key={reason}>
                <input
                  type="checkbox"
                  checked={entry.reasons.includes(reason)}
                  onChange={(e) =>
                    void onSave({
                      reasons: e.target.checked
                        ? SOA_REASONS.filter((r) => r === reason || entry.reasons.includes(r))
                        : entry.reasons.filter((r) => r !== reason),
                    })
                  }
                />
                {SOA_REASON_LABELS[reason]}
              </label>
            ))}
          </fieldset>

          <label className="field">
            <span>Implementation status</span>
            <select value={entry.status} onChange={(e) => void onSave({ status: e.target.value as SoaEntry['status'] })}>
              {IMPLEMENTATION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {IMPLEMENTATION_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>

          <label className="field">
            <span>How it is implemented</span>
            <textarea
              rows={5}
              value={implementation.draft}
              placeholder="What is in place: the process, the tool, who does it and how often"
              onChange={(e) => implementation.setDraft(e.target.value)}
              onBlur={() => saveText('implementation', implementation.draft, implementation.dirty)}
              onKeyDown={ctrlEnterBlur}
            />
          </label>
        </>
      )}

      <div className="field-row">
        <label className="field">
          <span>Owner</span>
          <input
            list="soa-owners"
            value={owner.draft}
            placeholder="Role accountable for the control"
            onChange={(e) => owner.setDraft(e.target.value)}
            onBlur={() => saveText('owner', owner.draft, owner.dirty)}
            onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLElement).blur()}
          />
          <datalist id="soa-owners">
            {owners.filter(Boolean).map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        </label>
        <label className="field">
          <span>Last reviewed</span>
          <span className="inline">
            <input
              type="date"
              value={entry.lastReviewed ?? ''}
              max={todayIso()}
              onChange={(e) => void onSave({ lastReviewed: e.target.value === '' ? null : e.target.value })}
            />
            <button type="button" onClick={() => void onSave({ lastReviewed: todayIso() })}>
              Today
            </button>
          </span>
        </label>
      </div>

      <label className="field">
        <span>Evidence references (one per line)</span>
        <textarea
          rows={3}
          value={evidence.draft}
          placeholder="e.g. POL-004 Access Control Policy v1.1"
          onChange={(e) => evidence.setDraft(e.target.value)}
          onBlur={() => evidence.dirty && void onSave({ evidence: evidence.draft.split('\n') })}
          onKeyDown={ctrlEnterBlur}
        />
      </label>

      <section className="control-risks" aria-label="Risks treated by this control">
        <h3>Risks treated by this control</h3>
        {!entry.applicable && risks.length > 0 && (
          <p className="field-error" role="note">
            {risks.length === 1 ? 'A risk relies' : `${risks.length} risks rely`} on this control, yet it is excluded. Make it applicable, or change the
            risks’ treatment.
          </p>
        )}
        {risks.length === 0 ? (
          <p className="muted">No risk in the register names this control.</p>
        ) : (
          <ul>
            {risks.map((r) => (
              <li key={r.riskId}>
                <strong>{r.ref}</strong> {r.title} {method && <LevelChip method={method} level={r.residualLevel} />}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="guidance" aria-label="Guidance">
        <h3>What an auditor looks for</h3>
        <p>{control.guidance}</p>
        <h4>Typical evidence</h4>
        <ul>
          {control.evidence.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
        {soc2.length > 0 && (
          <>
            <h4>Also serves SOC 2</h4>
            <p className="soc2-list">{soc2.map((l) => l.criterionId).join(', ')}</p>
          </>
        )}
      </section>
    </article>
  );
});
