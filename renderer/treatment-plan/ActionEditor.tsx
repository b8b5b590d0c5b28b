import { forwardRef, useEffect, useRef, useState } from 'react';
import { controlLabel } from '../../shared/catalog/annex-a';
import { ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionStatus, type Risk, type TreatmentAction, type TreatmentActionInput } from '../../shared/domain/risk';
import type { RiskMethod } from '../../shared/domain/risk-method';
import { isOverdue } from '../../shared/rules/treatment-plan';
import { formatDate, todayIso } from '../app/format';
import { DraftField } from '../components/DraftField';
import { LevelChip } from '../components/LevelChip';
import { RequiredTextField } from '../components/RequiredTextField';
import { moveToRisk } from './plan-grouping';

interface Props {
  action: TreatmentAction;
  risk: Risk | undefined;
  risks: Risk[];
  method: RiskMethod | null;
  owners: string[];
  /** Moves focus to the due date once mounted (just after the action was added). */
  focusDueDate?: boolean;
  onSave(patch: Partial<TreatmentActionInput>): Promise<boolean>;
  onDelete(): Promise<boolean>;
}

export const ActionEditor = forwardRef<HTMLInputElement, Props>(function ActionEditor(props, titleRef) {
  const { action, risk, onSave } = props;
  const [confirming, setConfirming] = useState(false);
  const dueRef = useRef<HTMLInputElement>(null);
  const overdue = isOverdue(action, todayIso());

  useEffect(() => {
    if (props.focusDueDate) dueRef.current?.focus();
  }, [props.focusDueDate]);

  const controls = risk?.controlIds ?? [];
  const strayControl = action.controlId !== null && !controls.includes(action.controlId);

  return (
    <article className="control-editor action-editor" aria-label={`Edit ${action.ref}`}>
      <header>
        <span className="control-id">{action.ref}</span>
        <h2>{action.title}</h2>
        {risk && (
          <p className="action-risk">
            <span className="muted">Treats</span> <strong>{risk.ref}</strong> {risk.title}{' '}
            <LevelChip method={props.method} level={risk.residualLevel} prefix="Residual level" />
          </p>
        )}
      </header>

      {overdue && (
        <p className="overdue-note" role="note">
          Overdue: due {formatDate(action.dueDate)} and still {ACTION_STATUS_LABELS[action.status].toLowerCase()}.
        </p>
      )}

      <RequiredTextField ref={titleRef} label="Title" value={action.title} emptyMessage="An action needs a title: the previous title was kept." onSave={(title) => void onSave({ title })} />

      <label className="field">
        <span>Risk</span>
        <select
          value={action.riskId}
          onChange={(e) => {
            const next = props.risks.find((r) => r.id === Number(e.target.value));
            if (next) void onSave(moveToRisk(action, next));
          }}
        >
          {!risk && <option value={action.riskId}>Risk not found</option>}
          {props.risks.map((r) => (
            <option key={r.id} value={r.id}>
              {r.ref} · {r.title}
            </option>
          ))}
        </select>
      </label>

      <div className="field-group">
        <label className="field">
          <span>Control</span>
          <select value={action.controlId ?? ''} onChange={(e) => void onSave({ controlId: e.target.value === '' ? null : e.target.value })}>
            <option value="">None</option>
            {controls.map((id) => (
              <option key={id} value={id}>
                {controlLabel(id)}
              </option>
            ))}
            {strayControl && <option value={action.controlId!}>{controlLabel(action.controlId!)} (not chosen for this risk)</option>}
          </select>
        </label>
        {controls.length === 0 && <span className="field-hint">The risk names no Annex A controls yet; choose them in the Risk register.</span>}
      </div>

      <div className="field-row">
        <DraftField label="Owner" value={action.owner} placeholder="Who carries it out" suggestions={props.owners} onSave={(owner) => void onSave({ owner })} />
        <label className="field">
          <span>Due date</span>
          <input
            ref={dueRef}
            type="date"
            value={action.dueDate ?? ''}
            aria-invalid={overdue || undefined}
            onChange={(e) => void onSave({ dueDate: e.target.value === '' ? null : e.target.value })}
          />
        </label>
      </div>

      <div className="field-row">
        <label className="field">
          <span>Status</span>
          <select value={action.status} onChange={(e) => void onSave({ status: e.target.value as ActionStatus })}>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ACTION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <div className="field">
          <span>Completed on</span>
          <output className="read-only" data-testid="completed-on" title="Set when the status becomes Done">
            {action.completedOn ? formatDate(action.completedOn) : 'Not completed'}
          </output>
        </div>
      </div>

      <DraftField
        label="Resources"
        value={action.resources}
        rows={2}
        placeholder="People, budget or tools needed (6.1.3 e, 6.2 f)"
        onSave={(resources) => void onSave({ resources })}
      />

      <div className="field-group">
        <DraftField
          label="Completion evidence"
          value={action.completionEvidence}
          rows={3}
          placeholder="What shows it is done: a ticket, a report, a configuration export"
          onSave={(completionEvidence) => void onSave({ completionEvidence })}
        />
        {action.status === 'done' && action.completionEvidence.trim() === '' && (
          <span className="field-hint warn">Done without evidence: record what an auditor can check.</span>
        )}
      </div>

      <section className="delete-zone" aria-label="Delete action">
        {confirming ? (
          <div className="confirm-box" role="alertdialog" aria-label="Confirm deletion">
            <p>
              <strong>
                Delete {action.ref} “{action.title}”?
              </strong>
            </p>
            <p>It leaves the treatment plan; the change log keeps a record.</p>
            <span className="field-actions">
              <button type="button" className="danger" onClick={() => void props.onDelete()}>
                Delete action
              </button>
              <button type="button" onClick={() => setConfirming(false)} autoFocus>
                Cancel
              </button>
            </span>
          </div>
        ) : (
          <button type="button" className="danger-link" onClick={() => setConfirming(true)}>
            Delete action…
          </button>
        )}
      </section>
    </article>
  );
});
