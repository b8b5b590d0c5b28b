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
import { commitKeys, useDraft } from '../components/use-draft';
import { NcStatusPill } from './NcTable';

interface Props {
  nc: Nonconformity;
  owners: string[];
  onSave(patch: Partial<NonconformityInput>): Promise<boolean>;
  onDelete(): Promise<boolean>;
}

type TextKey = 'sourceRef' | 'description' | 'correction' | 'rootCause' | 'correctiveAction' | 'owner' | 'effectivenessNote';

/** One nonconformity from what happened to the review that closes it (10.2 a to g). */
export const NcEditor = forwardRef<HTMLTextAreaElement, Props>(function NcEditor({ nc, owners, onSave, onDelete }, descriptionRef) {
  const drafts = {
    sourceRef: useDraft(nc.sourceRef),
    description: useDraft(nc.description),
    correction: useDraft(nc.correction),
    rootCause: useDraft(nc.rootCause),
    correctiveAction: useDraft(nc.correctiveAction),
    owner: useDraft(nc.owner),
    effectivenessNote: useDraft(nc.effectivenessNote),
  };
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const overdue = isNonconformityOverdue(nc, todayIso());
  const blocked = closureProblem(nc);

  const save = (key: TextKey) => {
    const draft = drafts[key];
    if (!draft.dirty) return;
    if (key === 'description' && draft.draft.trim() === '') {
      draft.reset();
      return setError('A nonconformity needs a description: the previous text was kept.');
    }
    setError('');
    void onSave({ [key]: draft.draft.trim() });
  };
  const text = (key: TextKey, label: string, placeholder: string, rows = 3) => (
    <label className="field">
      <span>{label}</span>
      <textarea
        ref={key === 'description' ? descriptionRef : undefined}
        rows={rows}
        value={drafts[key].draft}
        placeholder={placeholder}
        onChange={(e) => drafts[key].setDraft(e.target.value)}
        onBlur={() => save(key)}
        onKeyDown={commitKeys(drafts[key].reset, true)}
      />
    </label>
  );

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
        <label className="field">
          <span>Source reference</span>
          <input value={drafts.sourceRef.draft} placeholder="Finding, incident or ticket" onChange={(e) => drafts.sourceRef.setDraft(e.target.value)} onBlur={() => save('sourceRef')} onKeyDown={commitKeys(drafts.sourceRef.reset)} />
        </label>
        <label className="field nc-date-field">
          <span>Raised on</span>
          <DateField label="Raised on" value={nc.raisedOn} onCommit={(v) => v && void onSave({ raisedOn: v })} />
        </label>
      </div>

      {text('description', 'Nonconformity', 'What requirement was not met, where, and how it was found')}
      {error && <span className="input-error">{error}</span>}
      {text('correction', 'Correction', 'What was done straight away to contain it and deal with the consequences', 2)}
      {text('rootCause', 'Root cause', 'Why it happened, and whether it could happen elsewhere', 2)}
      {text('correctiveAction', 'Corrective action', 'What removes the cause so it does not happen again', 3)}

      <div className="field-row">
        <label className="field">
          <span>Owner</span>
          <input list="nc-owners" value={drafts.owner.draft} placeholder="Who sees the action through" onChange={(e) => drafts.owner.setDraft(e.target.value)} onBlur={() => save('owner')} onKeyDown={commitKeys(drafts.owner.reset)} />
          <datalist id="nc-owners">
            {owners.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        </label>
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
        {text('effectivenessNote', 'What the review found', 'How effectiveness was checked, and by whom', 2)}
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
