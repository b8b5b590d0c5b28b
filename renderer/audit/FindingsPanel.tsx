import { useState, type FormEvent } from 'react';
import { CLAUSES } from '../../shared/catalog/clauses';
import {
  FINDING_TYPES,
  FINDING_TYPE_LABELS,
  FINDING_TYPE_SHORT,
  isNonconformityFinding,
  type Audit,
  type AuditFinding,
  type FindingInput,
  type FindingType,
} from '../../shared/domain/audit';
import { NC_STATUS_LABELS, type Nonconformity } from '../../shared/domain/nonconformity';
import { notify } from '../app/notice-store';
import { FindingEditor } from './FindingEditor';
import { controlOptions, requirementLabel } from './audit-view';

interface Props {
  audit: Audit;
  findings: AuditFinding[];
  nonconformities: Nonconformity[];
  openId: number | null;
  onOpen(id: number | null): void;
  onCreate(finding: FindingInput): Promise<AuditFinding | null>;
  onUpdate(id: number, patch: Partial<Omit<FindingInput, 'auditId'>>): Promise<boolean>;
  onDelete(id: number): Promise<boolean>;
  onRaise(id: number): Promise<Nonconformity | null>;
}

export function FindingTypeChip({ type }: { type: FindingType }) {
  return (
    <span className={`audit-finding-type type-${type}`} title={FINDING_TYPE_LABELS[type]}>
      {FINDING_TYPE_SHORT[type]}
    </span>
  );
}

/** The findings of one audit: each opens in place to edit; a nonconformity finding raises its record in one click. */
export function FindingsPanel(props: Props) {
  const { audit, findings, nonconformities, openId } = props;
  const ncById = new Map(nonconformities.map((nc) => [nc.id, nc]));

  const raise = async (finding: AuditFinding) => {
    const nc = await props.onRaise(finding.id);
    if (nc) notify({ tone: 'success', text: `Raised ${nc.ref} from ${finding.ref}; find it under Nonconformities.` });
  };

  return (
    <div className="audit-findings">
      <AddFindingForm audit={audit} onCreate={props.onCreate} onCreated={(f) => props.onOpen(f.id)} />
      {findings.length === 0 ? (
        <p className="muted audit-empty-findings">
          No findings yet. Record what the audit found against each clause or control: conformities with their evidence as well as
          nonconformities, observations and opportunities for improvement.
        </p>
      ) : (
        <ul className="audit-finding-list" aria-label={`Findings of ${audit.ref}`}>
          {findings.map((finding) => {
            const nc = finding.nonconformityId !== null ? ncById.get(finding.nonconformityId) : undefined;
            const missing = isNonconformityFinding(finding.type) && finding.nonconformityId === null;
            const open = finding.id === openId;
            return (
              <li key={finding.id} className={`audit-finding${open ? ' open' : ''}${missing ? ' missing-nc' : ''}`} data-finding={finding.ref}>
                <div className="audit-finding-row">
                  <button type="button" className="audit-finding-toggle" aria-expanded={open} onClick={() => props.onOpen(open ? null : finding.id)}>
                    <span className="audit-finding-ref">{finding.ref.slice(audit.ref.length + 1)}</span>
                    <FindingTypeChip type={finding.type} />
                    <span className="audit-finding-req">{requirementLabel(finding)}</span>
                    <span className="audit-finding-text" title={finding.description}>
                      {finding.description}
                    </span>
                  </button>
                  {nc && (
                    <span className={`audit-nc-link nc-${nc.status}`} title={nc.description}>
                      {nc.ref} · {NC_STATUS_LABELS[nc.status]}
                    </span>
                  )}
                  {missing && (
                    <button type="button" className="audit-raise-inline" onClick={() => void raise(finding)} aria-label={`Raise nonconformity from ${finding.ref}`}>
                      Raise nonconformity
                    </button>
                  )}
                </div>
                {open && (
                  <FindingEditor
                    key={finding.id}
                    finding={finding}
                    auditControls={audit.controls}
                    nonconformities={nonconformities}
                    onSave={(patch) => props.onUpdate(finding.id, patch)}
                    onRaise={() => void raise(finding)}
                    onDelete={() => props.onDelete(finding.id)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

const ALL_CONTROLS = controlOptions();

function AddFindingForm({ audit, onCreate, onCreated }: { audit: Audit; onCreate: Props['onCreate']; onCreated(f: AuditFinding): void }) {
  const [type, setType] = useState<FindingType>('conformity');
  const [clause, setClause] = useState('');
  const [control, setControl] = useState('');
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const ready = description.trim() !== '' && (clause !== '' || control !== '') && !busy;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    const created = await onCreate({ auditId: audit.id, type, clause: clause || null, control: control || null, description: description.trim(), evidence: '', nonconformityId: null });
    setBusy(false);
    if (created) {
      setDescription('');
      onCreated(created);
    }
  };

  return (
    <form className="inline-form audit-add-finding" aria-label="Add finding" onSubmit={(e) => void submit(e)}>
      <select aria-label="Type of finding" value={type} onChange={(e) => setType(e.target.value as FindingType)}>
        {FINDING_TYPES.map((t) => (
          <option key={t} value={t}>
            {FINDING_TYPE_LABELS[t]}
          </option>
        ))}
      </select>
      <select aria-label="Clause of the finding" value={clause} onChange={(e) => setClause(e.target.value)}>
        <option value="">Clause…</option>
        {CLAUSES.map((c) => (
          <option key={c.id} value={c.id}>
            {c.id} {c.title}
          </option>
        ))}
      </select>
      <select aria-label="Control of the finding" value={control} onChange={(e) => setControl(e.target.value)}>
        <option value="">Control…</option>
        {ALL_CONTROLS.filter((c) => audit.controls.length === 0 || audit.controls.includes(c.value) || c.value === control).map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <input
        className="audit-add-finding-text"
        value={description}
        maxLength={4000}
        placeholder="What was found"
        aria-label="Description of the new finding"
        onChange={(e) => setDescription(e.target.value)}
      />
      <button type="submit" className="primary" disabled={!ready} title={ready ? undefined : 'Describe the finding and choose a clause or a control'}>
        Add finding
      </button>
    </form>
  );
}
