import { useState } from 'react';
import { CLAUSES } from '../../shared/catalog/clauses';
import { FINDING_TYPES, FINDING_TYPE_LABELS, isNonconformityFinding, type AuditFinding, type FindingInput, type FindingType } from '../../shared/domain/audit';
import { NC_STATUS_LABELS, type Nonconformity } from '../../shared/domain/nonconformity';
import { DraftField } from '../components/DraftField';
import { commitKeys, useDraft } from '../components/use-draft';
import { controlOptions } from './audit-view';

interface Props {
  finding: AuditFinding;
  /** The audit's own controls come first in the control list. */
  auditControls: string[];
  nonconformities: Nonconformity[];
  onSave(patch: Partial<Omit<FindingInput, 'auditId'>>): Promise<boolean>;
  onRaise(): void;
  onDelete(): Promise<boolean>;
}

const ALL_CONTROLS = controlOptions();

/** One finding, opened in the list: its type, the clause or control it concerns, what was found and the evidence. */
export function FindingEditor({ finding, auditControls, nonconformities, onSave, onRaise, onDelete }: Props) {
  const description = useDraft(finding.description);
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const own = ALL_CONTROLS.filter((c) => auditControls.includes(c.value));
  const others = ALL_CONTROLS.filter((c) => !auditControls.includes(c.value));
  const linked = nonconformities.find((nc) => nc.id === finding.nonconformityId);

  const saveDescription = () => {
    if (!description.dirty) return setError('');
    if (description.draft.trim() === '') {
      description.reset();
      return setError('A finding needs a description: the previous text was kept.');
    }
    setError('');
    void onSave({ description: description.draft.trim() });
  };
  // The finding must stay tied to something: clearing the last of clause and control is refused in place.
  const setRequirement = (patch: { clause?: string | null; control?: string | null }) => {
    const next = { clause: finding.clause, control: finding.control, ...patch };
    if (next.clause === null && next.control === null) return setError('Keep a clause or a control: a finding must be tied to a requirement.');
    setError('');
    void onSave(patch);
  };

  return (
    <div className="audit-finding-editor" aria-label={`Edit ${finding.ref}`} role="group">
      <div className="field-row">
        <label className="field">
          <span>Type</span>
          <select value={finding.type} onChange={(e) => void onSave({ type: e.target.value as FindingType })}>
            {FINDING_TYPES.map((t) => (
              <option key={t} value={t}>
                {FINDING_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Clause</span>
          <select value={finding.clause ?? ''} onChange={(e) => setRequirement({ clause: e.target.value || null })}>
            <option value="">None</option>
            {CLAUSES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.id} {c.title}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Control</span>
          <select value={finding.control ?? ''} onChange={(e) => setRequirement({ control: e.target.value || null })}>
            <option value="">None</option>
            {own.length > 0 && (
              <optgroup label="In this audit">
                {own.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={own.length > 0 ? 'Other controls' : 'Annex A'}>
              {others.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
      </div>
      <label className="field">
        <span>Finding</span>
        <textarea rows={3} value={description.draft} onChange={(e) => description.setDraft(e.target.value)} onBlur={saveDescription} onKeyDown={commitKeys(description.reset, true)} />
      </label>
      <DraftField label="Evidence" rows={2} value={finding.evidence} placeholder="Records sampled, people interviewed, what was observed" onSave={(evidence) => void onSave({ evidence })} />
      {error && <span className="input-error">{error}</span>}

      <div className="field-row audit-finding-nc">
        <label className="field">
          <span>Nonconformity record</span>
          <select value={finding.nonconformityId ?? ''} onChange={(e) => void onSave({ nonconformityId: e.target.value === '' ? null : Number(e.target.value) })}>
            <option value="">{isNonconformityFinding(finding.type) ? 'None yet' : 'Not needed'}</option>
            {nonconformities.map((nc) => (
              <option key={nc.id} value={nc.id}>
                {nc.ref} · {NC_STATUS_LABELS[nc.status]} · {nc.description.slice(0, 60)}
              </option>
            ))}
          </select>
        </label>
        {!linked && isNonconformityFinding(finding.type) && (
          <button type="button" className="primary audit-raise" onClick={onRaise}>
            Raise nonconformity
          </button>
        )}
      </div>

      <div className="audit-finding-footer">
        {confirming ? (
          <span className="field-actions" role="alertdialog" aria-label="Confirm deletion">
            <span>Delete {finding.ref}?</span>
            <button type="button" className="danger" onClick={() => void onDelete()}>
              Delete finding
            </button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" className="danger-link" onClick={() => setConfirming(true)}>
            Delete finding…
          </button>
        )}
      </div>
    </div>
  );
}
