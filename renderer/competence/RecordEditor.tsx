import { forwardRef, useState } from 'react';
import {
  EXPIRY_WARNING_DAYS,
  TRAINING_KINDS,
  addDays,
  TRAINING_KIND_LABELS,
  trainingValidity,
  type TrainingKind,
  type TrainingRecord,
  type TrainingRecordInput,
} from '../../shared/domain/competence';
import { formatDate } from '../app/format';
import { DraftField } from '../components/DraftField';
import { commitKeys, useDraft } from '../components/use-draft';
import { ValidityChip } from './ValidityChip';

interface Props {
  record: TrainingRecord;
  asOf: string;
  people: string[];
  roles: string[];
  onSave(patch: Partial<TrainingRecordInput>): Promise<boolean>;
  onDelete(): Promise<boolean>;
}

type Required = 'person' | 'subject';

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const daysBetween = (from: string, to: string) => Math.round(dayNumber(to) - dayNumber(from));

export const RecordEditor = forwardRef<HTMLInputElement, Props>(function RecordEditor(props, personRef) {
  const { record, onSave } = props;
  const person = useDraft(record.person);
  const subject = useDraft(record.subject);
  const [error, setError] = useState<{ field: Required | 'dates'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const validity = trainingValidity(record, props.asOf);

  const saveRequired = (field: Required, draft: ReturnType<typeof useDraft>, what: string) => {
    if (!draft.dirty) return setError(null);
    if (draft.draft.trim() === '') {
      draft.reset();
      return setError({ field, text: `A record needs ${what}: the previous value was kept.` });
    }
    setError(null);
    void onSave({ [field]: draft.draft.trim() });
  };
  const saveDate = async (field: 'completedOn' | 'expiresOn', value: string) => {
    if (field === 'completedOn' && value === '') return setError({ field: 'dates', text: 'A record needs the date it was completed.' });
    const patch: Partial<TrainingRecordInput> = { [field]: value === '' ? null : value };
    // A renewal: completed again after the old expiry, so the expiry moves on by the same period (the change log keeps the old dates).
    if (field === 'completedOn' && record.expiresOn !== null && value > record.expiresOn) {
      patch.expiresOn = addDays(value, daysBetween(record.completedOn, record.expiresOn));
    }
    const saved = await onSave(patch);
    setError(saved ? null : { field: 'dates', text: 'The dates were not changed.' });
  };

  return (
    <article className="control-editor competence-editor" aria-label={`Edit ${record.ref}`}>
      <header>
        <span className="control-id">
          {record.ref} <ValidityChip validity={validity} />
        </span>
        <h2>{record.subject}</h2>
      </header>

      {(validity === 'expired' || validity === 'expiring') && (
        <p className={`competence-alert competence-alert-${validity}`} role="note">
          {validity === 'expired'
            ? `Expired on ${formatDate(record.expiresOn)}: once renewed, enter the new completion date; the expiry moves on by the same period.`
            : `Expires on ${formatDate(record.expiresOn)}, within ${EXPIRY_WARNING_DAYS} days: plan the renewal.`}
        </p>
      )}

      <div className="field-row">
        <label className="field">
          <span>Person</span>
          <input
            ref={personRef}
            list="competence-people"
            value={person.draft}
            aria-invalid={error?.field === 'person' || undefined}
            onChange={(e) => person.setDraft(e.target.value)}
            onBlur={() => saveRequired('person', person, 'a person')}
            onKeyDown={commitKeys(person.reset)}
          />
          <datalist id="competence-people">
            {props.people.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </label>
        <DraftField
          label="Role"
          value={record.role}
          placeholder="ISMS or job role it supports"
          suggestions={props.roles}
          onSave={(role) => void onSave({ role })}
        />
      </div>

      <label className="field">
        <span>Subject</span>
        <input
          value={subject.draft}
          aria-invalid={error?.field === 'subject' || undefined}
          onChange={(e) => subject.setDraft(e.target.value)}
          onBlur={() => saveRequired('subject', subject, 'a subject')}
          onKeyDown={commitKeys(subject.reset)}
        />
      </label>

      <div className="field-row competence-dates">
        <label className="field competence-kind-field">
          <span>Kind</span>
          <select value={record.kind} onChange={(e) => void onSave({ kind: e.target.value as TrainingKind })}>
            {TRAINING_KINDS.map((k) => (
              <option key={k} value={k}>
                {TRAINING_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Completed on</span>
          <input type="date" value={record.completedOn} onChange={(e) => void saveDate('completedOn', e.target.value)} />
        </label>
        <label className="field">
          <span>Expires on</span>
          <input type="date" value={record.expiresOn ?? ''} aria-invalid={validity === 'expired' || undefined} onChange={(e) => void saveDate('expiresOn', e.target.value)} />
        </label>
      </div>
      {error && <span className="input-error">{error.text}</span>}
      {record.expiresOn === null && <span className="field-hint">Leave the expiry empty for a record that does not lapse.</span>}

      <div className="field-group">
        <DraftField
          label="Evidence"
          rows={2}
          value={record.evidence}
          placeholder="Where the proof is: certificate, learning platform report, attendance list"
          onSave={(evidence) => void onSave({ evidence })}
        />
        {record.evidence.trim() === '' && <span className="field-hint warn">No evidence recorded: an auditor will ask to see it.</span>}
      </div>

      <section className="delete-zone" aria-label="Delete record">
        {confirming ? (
          <div className="confirm-box" role="alertdialog" aria-label="Confirm deletion">
            <p>
              <strong>
                Delete {record.ref}, {record.person}: “{record.subject}”?
              </strong>
            </p>
            <p>The change log keeps a record of what was deleted.</p>
            <span className="field-actions">
              <button type="button" className="danger" onClick={() => void props.onDelete()}>
                Delete record
              </button>
              <button type="button" onClick={() => setConfirming(false)} autoFocus>
                Cancel
              </button>
            </span>
          </div>
        ) : (
          <button type="button" className="danger-link" onClick={() => setConfirming(true)}>
            Delete record…
          </button>
        )}
      </section>
    </article>
  );
});
