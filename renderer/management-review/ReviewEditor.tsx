import { useState } from 'react';
import {
  REVIEW_INPUTS,
  REVIEW_INPUT_KEYS,
  REVIEW_STATUS_LABELS,
  reviewInputByKey,
  type ManagementReview,
  type ReviewInputKey,
} from '../../shared/domain/management-review';
import { figuresAsOf, heldReviewProblems, reviewChecks } from '../../shared/rules/management-review';
import { formatDate, todayIso } from '../app/format';
import { notify } from '../app/notice-store';
import { exportWithDialog } from '../exports/export-actions';
import { AttendeeChips } from './AttendeeChips';
import { InputCard } from './InputCard';
import { OutputsTable } from './OutputsTable';
import { ReviewChecklist } from './ReviewChecklist';
import { useReviews } from './review-store';

interface Props {
  review: ManagementReview;
  defaultApprover: string;
  onDeleted(): void;
}

/** One review: the meeting, its completeness, every input, and its decisions and actions. */
export function ReviewEditor({ review, defaultApprover, onDeleted }: Props) {
  const store = useReviews();
  const [keptAfterRefresh, setKeptAfterRefresh] = useState<ReviewInputKey[]>([]);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const organisation = { defaultApprover };
  const today = todayIso();
  const checks = reviewChecks(review, organisation);
  const problems = [
    ...(review.heldOn !== null && review.heldOn > today ? ['The meeting date is still to come.'] : []),
    ...heldReviewProblems(review, organisation),
  ];
  const held = review.status === 'held';
  const asOf = figuresAsOf(review.heldOn, today);

  const refreshOne = async (key: ReviewInputKey, replaceEdited: boolean) => {
    const result = await store.refreshInputs(review.id, [key], replaceEdited);
    if (!result) return 'failed' as const;
    if (result.kept.includes(key)) return 'kept' as const;
    notify({ tone: 'success', text: `${reviewInputByKey(key).title}: filled in from the registers.` });
    return 'replaced' as const;
  };

  const refreshAll = async (keys: ReviewInputKey[], replaceEdited: boolean) => {
    const result = await store.refreshInputs(review.id, keys, replaceEdited);
    if (!result) return;
    setKeptAfterRefresh(result.kept);
    const replaced = keys.length - result.kept.length;
    if (replaced > 0) notify({ tone: 'success', text: `${replaced} ${replaced === 1 ? 'input' : 'inputs'} filled in from the registers.` });
  };

  const remove = async () => {
    if (await store.remove(review.id)) {
      notify({ tone: 'success', text: `Deleted management review ${review.ref}.` });
      onDeleted();
    }
  };

  return (
    <article className="review-editor" aria-label={`Edit ${review.ref}`}>
      <header className="review-editor-head">
        <div>
          <h2>
            {review.ref} <span className={`review-status review-status-${review.status}`}>{REVIEW_STATUS_LABELS[review.status]}</span>
          </h2>
          <p className="muted">Management review{review.heldOn ? ` of ${formatDate(review.heldOn)}` : ', date not set'}</p>
        </div>
        <div className="header-actions">
          <button type="button" onClick={() => void exportWithDialog(`management-review:${review.ref}`)}>
            Export minutes
          </button>
          {held ? (
            <button type="button" onClick={() => void store.update(review.id, { status: 'planned' })}>
              Reopen as planned
            </button>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={problems.length > 0}
              title={problems.length > 0 ? problems.join('\n') : 'Record that the meeting took place'}
              onClick={() => void store.update(review.id, { status: 'held' })}
            >
              Record as held
            </button>
          )}
        </div>
      </header>

      <section className="review-section" aria-labelledby="review-meeting">
        <h3 id="review-meeting">Meeting</h3>
        <label className="field review-date">
          <span>Meeting date</span>
          <input type="date" value={review.heldOn ?? ''} onChange={(e) => void store.update(review.id, { heldOn: e.target.value === '' ? null : e.target.value })} />
        </label>
        <div className="field">
          <span>Attendees</span>
          <AttendeeChips attendees={review.attendees} defaultApprover={defaultApprover} onChange={(attendees) => store.update(review.id, { attendees })} />
        </div>
      </section>

      <ReviewChecklist checks={checks} />

      <section className="review-section" aria-labelledby="review-inputs">
        <div className="review-section-head">
          <div>
            <h3 id="review-inputs">Inputs (clause 9.3.2)</h3>
            <p className="muted">Figures from the registers are as of {formatDate(asOf)}. Edit each summary into what the meeting considered.</p>
          </div>
          <button type="button" onClick={() => void refreshAll(REVIEW_INPUT_KEYS, false)}>
            Refresh all from registers
          </button>
        </div>
        {keptAfterRefresh.length > 0 && (
          <div className="confirm-box" role="alertdialog" aria-label="Replace edited inputs">
            <p>
              <strong>
                {keptAfterRefresh.length} edited {keptAfterRefresh.length === 1 ? 'input was' : 'inputs were'} kept:{' '}
                {keptAfterRefresh.map((k) => reviewInputByKey(k).title).join('; ')}.
              </strong>
            </p>
            <p>Replace {keptAfterRefresh.length === 1 ? 'it' : 'them'} with fresh figures too? Your wording is lost from the review; the change log keeps a copy.</p>
            <span className="field-actions">
              <button type="button" className="danger" onClick={() => void refreshAll(keptAfterRefresh, true)}>
                Replace edited text
              </button>
              <button type="button" autoFocus onClick={() => setKeptAfterRefresh([])}>
                Keep my text
              </button>
            </span>
          </div>
        )}
        {REVIEW_INPUTS.map((input) => (
          <InputCard
            key={`${review.id}-${input.key}`}
            input={input}
            text={review.inputs[input.key]}
            edited={review.editedInputs.includes(input.key)}
            onSave={(text) => store.update(review.id, { inputs: { [input.key]: text } })}
            onRefresh={refreshOne}
          />
        ))}
      </section>

      <section className="review-section" aria-labelledby="review-outputs">
        <h3 id="review-outputs">Decisions and actions</h3>
        <OutputsTable
          outputs={review.outputs}
          people={review.attendees.map((a) => a.name)}
          onAdd={(output) => store.addOutput(review.id, output)}
          onUpdate={store.updateOutput}
          onDelete={store.deleteOutput}
        />
      </section>

      <section className="delete-zone" aria-label="Delete review">
        {confirmingDelete ? (
          <div className="confirm-box" role="alertdialog" aria-label="Confirm deletion">
            <p>
              <strong>Delete management review {review.ref}?</strong>
            </p>
            <p>Its inputs, decisions and actions go with it; the change log keeps a record.</p>
            <span className="field-actions">
              <button type="button" className="danger" onClick={() => void remove()}>
                Delete review
              </button>
              <button type="button" autoFocus onClick={() => setConfirmingDelete(false)}>
                Cancel
              </button>
            </span>
          </div>
        ) : (
          <button type="button" className="danger-link" onClick={() => setConfirmingDelete(true)}>
            Delete review…
          </button>
        )}
      </section>
    </article>
  );
}
