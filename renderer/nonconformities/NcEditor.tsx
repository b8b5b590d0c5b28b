import { forwardRef, useState } from 'react';
import {
  EFFECTIVENESS_RESULTS,
  EFFECTIVENESS_RESULT_LABELS,
  NC_SOURCES,
  NC_SOURCE_LABELS,
  NC_STATUSES,
  NC_STATUS_LABELS,
  closureProblem,
  isNonconformityOverdue,
  type EffectivenessResult,
  type Nonconformity,
  type NonconformityInput,
  type NonconformitySource,
  type NonconformityStatus,
} from '../../shared/domain/nonconformity';
import { formatDate, todayIso } from '../app/format';
import { DateField } from '../audit/DateField';
import { DraftField } from '../components/DraftField';
import { commitKeys, useDraft } from '../components/use-draft';
import { NcStatusPill } from './NcTable';

interface Props {
  nc: Nonconformity;
  owners: string[];
  onSave(patch: Partial<NonconformityInput>): Promise<boolean>;
  onDelete(): Promise<boolean>;
}

/** One nonconformity from what happened to the review that closes it (10.2 a to g). */
export const NcEditor = forwardRef<HTMLTextAreaElement, Props>(function NcEditor({ nc, owners, onSave, onDelete }, descriptionRef) {
  const description = useDraft(nc.description);
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const overdue = isNonconformityOverdue(nc, todayIso());
  const blocked = closureProblem(nc);

  // Saving any text field clears the description's error, as one shared save did before.
  const saveText = (patch: Partial<NonconformityInput>) => {
    setError('');
    void onSave(patch);
  };
  const saveDescription = () => {
    if (!description.dirty) return;
    if (description.draft.trim() === '') {
      description.reset();
      return setError('A nonconformity needs a description: the previous text was kept.');
    }
    saveText({ description: description.draft.trim() });
  };

  return (
    <article className="control-editor nc-editor" aria-label={`Edit ${nc.ref}`}>
      <header>
        <span className="control-id">
          {nc.ref} <NcStatusPill status={nc.status} />
        </span>
        <h2 className="nc-editor-title">{nc.description}</h2>
        {nc.findingRefs.length > 0 && <p className="muted nc-findings">Raised from audit finding {nc.findingRefs.join(', ')}</p>}
      </header>
      {overdue && (
        <p className="overdue-note" role="note">
          Overdue: the corrective action was due {formatDate(nc.dueDate)} and is still {NC_STATUS_LABELS[nc.status].toLowerCase()}.
        </p>
      )}

      <div className="field-row">
        <label className="field">
          <span>Source</span>
          <select value={nc.source} onChange={(e) => void onSave({ source: e.target.value as NonconformitySource })}>
            {NC_SOURCES.map((s) => (
              <option key={s} value={s}>
                {NC_SOURCE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <DraftField label="Source reference" value={nc.sourceRef} placeholder="Finding, incident or ticket" onSave={(sourceRef) => saveText({ sourceRef })} />
        <label className="field nc-date-field">
          <span>Raised on</span>
          <DateField label="Raised on" value={nc.raisedOn} onCommit={(v) => v && void onSave({ raisedOn: v })} />
        </label>
      </div>

      <label className="field">
        <span>Nonconformity</span>
        <textarea
          ref={descriptionRef}
          rows={3}
          value={description.draft}
          placeholder="What requirement was not met, where, and how it was found"
          onChange={(e) => description.setDraft(e.target.value)}
          onBlur={saveDescription}
          onKeyDown={commitKeys(description.reset, true)}
        />
      </label>
      {error && <span className="input-error">{error}</span>}
      <DraftField label="Correction" rows={2} value={nc.correction} placeholder="What was done straight away to contain it and deal with the consequences" onSave={(correction) => saveText({ correction })} />
      <DraftField label="Root cause" rows={2} value={nc.rootCause} placeholder="Why it happened, and whether it could happen elsewhere" onSave={(rootCause) => saveText({ rootCause })} />
      <DraftField label="Corrective action" rows={3} value={nc.correctiveAction} placeholder="What removes the cause so it does not happen again" onSave={(correctiveAction) => saveText({ correctiveAction })} />

      <div className="field-row">
        <DraftField label="Owner" value={nc.owner} placeholder="Who sees the action through" suggestions={owners} onSave={(owner) => saveText({ owner })} />
        <label className="field nc-date-field">
          <span>Due date</span>
          <DateField label="Due date" value={nc.dueDate} min={nc.raisedOn} invalid={overdue} onCommit={(v) => void onSave({ dueDate: v })} />
        </label>
        <label className="field">
          <span>Status</span>
          <select value={nc.status} onChange={(e) => void onSave({ status: e.target.value as NonconformityStatus })}>
            {NC_STATUSES.map((s) => (
              <option key={s} value={s} disabled={s === 'closed' && blocked !== null && nc.status !== 'closed'}>
                {NC_STATUS_LABELS[s]}
                {s === 'closed' && blocked !== null && nc.status !== 'closed' ? ' (needs an effective review)' : ''}
              </option>
            ))}
          </select>
        </label>
      </div>

      <fieldset className="nc-effectiveness">
        <legend>Effectiveness review</legend>
        <div className="field-row">
          <label className="field nc-date-field">
            <span>Reviewed on</span>
            <DateField label="Reviewed on" value={nc.effectivenessReviewedOn} min={nc.raisedOn} onCommit={(v) => void onSave({ effectivenessReviewedOn: v })} />
          </label>
          <label className="field">
            <span>Result</span>
            <select
              value={nc.effectivenessResult ?? ''}
              onChange={(e) => void onSave({ effectivenessResult: e.target.value === '' ? null : (e.target.value as EffectivenessResult) })}
            >
              <option value="">Not yet reviewed</option>
              {EFFECTIVENESS_RESULTS.map((r) => (
                <option key={r} value={r}>
                  {EFFECTIVENESS_RESULT_LABELS[r]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <DraftField label="What the review found" rows={2} value={nc.effectivenessNote} placeholder="How effectiveness was checked, and by whom" onSave={(effectivenessNote) => saveText({ effectivenessNote })} />
        {nc.status !== 'closed' &&
          (blocked === null ? (
            <button type="button" className="primary nc-close" onClick={() => void onSave({ status: 'closed' })}>
              Close nonconformity
            </button>
          ) : (
            <p className="field-hint" data-testid="closure-hint">
              {blocked}
            </p>
          ))}
      </fieldset>

      <section className="delete-zone" aria-label="Delete nonconformity">
        {confirming ? (
          <div className="confirm-box" role="alertdialog" aria-label="Confirm deletion">
            <p>
              <strong>Delete {nc.ref}?</strong>
            </p>
            <p>{nc.findingRefs.length > 0 ? `${nc.findingRefs.join(', ')} will be flagged again as needing a record.` : 'The change log keeps a record of it.'}</p>
            <span className="field-actions">
              <button type="button" className="danger" onClick={() => void onDelete()}>
                Delete nonconformity
              </button>
              <button type="button" onClick={() => setConfirming(false)} autoFocus>
                Cancel
              </button>
            </span>
          </div>
        ) : (
          <button type="button" className="danger-link" onClick={() => setConfirming(true)}>
            Delete nonconformity…
          </button>
        )}
      </section>
    </article>
  );
});
