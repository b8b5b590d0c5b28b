import { useState, type FormEvent } from 'react';
import {
  OUTPUT_KINDS,
  OUTPUT_KIND_LABELS,
  OUTPUT_STATUSES,
  OUTPUT_STATUS_LABELS,
  type OutputKind,
  type ReviewOutput,
  type ReviewOutputInput,
} from '../../shared/domain/management-review';
import { isOutputOverdue, outputNumbers } from '../../shared/rules/management-review';
import { todayIso } from '../app/format';
import { commitKeys, useDraft } from '../components/use-draft';

interface Props {
  outputs: ReviewOutput[];
  /** Names offered as owners (the attendees). */
  people: string[];
  onAdd(output: ReviewOutputInput): Promise<boolean>;
  onUpdate(id: number, patch: Partial<ReviewOutputInput>): Promise<boolean>;
  onDelete(id: number): Promise<boolean>;
}

function OutputRow({ output, number, onUpdate, onDelete }: { output: ReviewOutput; number: string } & Pick<Props, 'onUpdate' | 'onDelete'>) {
  const description = useDraft(output.description);
  const owner = useDraft(output.owner);
  const [confirming, setConfirming] = useState(false);
  const isAction = output.kind === 'action';
  const overdue = isOutputOverdue(output, todayIso());
  const label = `${number}`;

  return (
    <tr data-output={number} className={overdue ? 'review-output-overdue' : undefined}>
      <th scope="row" className="review-output-number">
        {number}
      </th>
      <td>
        <textarea
          rows={Math.min(7, Math.max(2, Math.ceil(description.draft.length / 50) + 1))}
          aria-label={`${label} description`}
          value={description.draft}
          onChange={(e) => description.setDraft(e.target.value)}
          onBlur={() => {
            if (!description.dirty) return;
            if (description.draft.trim() === '') return description.reset();
            void onUpdate(output.id, { description: description.draft.trim() });
          }}
          onKeyDown={commitKeys(description.reset, true)}
        />
      </td>
      <td>
        <input
          list="review-people"
          aria-label={`${label} owner`}
          value={owner.draft}
          placeholder={isAction ? 'Who' : ''}
          aria-invalid={(isAction && output.owner.trim() === '') || undefined}
          onChange={(e) => owner.setDraft(e.target.value)}
          onBlur={() => owner.dirty && void onUpdate(output.id, { owner: owner.draft.trim() })}
          onKeyDown={commitKeys(owner.reset)}
        />
      </td>
      <td>
        <input
          type="date"
          aria-label={`${label} due date`}
          value={output.dueDate ?? ''}
          aria-invalid={overdue || (isAction && output.dueDate === null) || undefined}
          onChange={(e) => void onUpdate(output.id, { dueDate: e.target.value === '' ? null : e.target.value })}
        />
      </td>
      <td>
        {isAction ? (
          <select aria-label={`${label} status`} value={output.status} onChange={(e) => void onUpdate(output.id, { status: e.target.value as ReviewOutput['status'] })}>
            {OUTPUT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {OUTPUT_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        ) : (
          <span className="muted">—</span>
        )}
        {overdue && <span className="overdue-badge">Overdue</span>}
      </td>
      <td className="review-output-delete">
        {confirming ? (
          <span className="review-inline-confirm" role="alertdialog" aria-label={`Delete ${label}`}>
            <button type="button" className="danger" onClick={() => void onDelete(output.id)}>
              Delete
            </button>
            <button type="button" autoFocus onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" className="danger-link" aria-label={`Delete ${label}`} onClick={() => setConfirming(true)}>
            Delete…
          </button>
        )}
      </td>
    </tr>
  );
}

/** The outcome of the review: decisions, then actions with owners, due dates and status; edited in place. */
export function OutputsTable({ outputs, people, onAdd, onUpdate, onDelete }: Props) {
  const [kind, setKind] = useState<OutputKind>('action');
  const [text, setText] = useState('');
  const numbers = outputNumbers(outputs);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    if (await onAdd({ kind, description: text.trim(), owner: '', dueDate: null, status: 'open' })) setText('');
  };

  return (
    <div className="review-outputs">
      {outputs.length > 0 ? (
        <table className="review-output-table">
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Decision or action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due date</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="review-sr-only">Delete</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {outputs.map((output) => (
              <OutputRow key={output.id} output={output} number={numbers.get(output.id)!} onUpdate={onUpdate} onDelete={onDelete} />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No decisions or actions yet. Record what top management decided about improvements and changes to the ISMS, and who does what by when.</p>
      )}
      <datalist id="review-people">
        {people.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <form className="inline-form review-output-form" aria-label="Add decision or action" onSubmit={(e) => void add(e)}>
        <select value={kind} aria-label="Kind" onChange={(e) => setKind(e.target.value as OutputKind)}>
          {OUTPUT_KINDS.map((k) => (
            <option key={k} value={k}>
              {OUTPUT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <input
          className="review-output-text"
          value={text}
          maxLength={2000}
          aria-label="Description of the new decision or action"
          placeholder={kind === 'action' ? 'What will be done, e.g. Automate leaver removal in GitHub' : 'What was decided, e.g. The scope stays as it is'}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" disabled={text.trim() === ''}>
          Add {OUTPUT_KIND_LABELS[kind].toLowerCase()}
        </button>
      </form>
    </div>
  );
}
