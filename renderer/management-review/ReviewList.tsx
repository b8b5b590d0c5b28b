import { useRef, type KeyboardEvent } from 'react';
import { REVIEW_STATUS_LABELS, type ManagementReview } from '../../shared/domain/management-review';
import { missingInputs } from '../../shared/rules/management-review';
import { formatDate } from '../app/format';

interface Props {
  reviews: ManagementReview[];
  selectedId: number | null;
  onSelect(id: number): void;
}

/** Reviews, latest first; arrow keys move between them. */
export function ReviewList({ reviews, selectedId, onSelect }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const ordered = [...reviews].reverse();

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const index = ordered.findIndex((r) => r.id === selectedId);
    const next = ordered[Math.min(ordered.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (!next) return;
    onSelect(next.id);
    listRef.current?.querySelector<HTMLButtonElement>(`[data-review="${next.ref}"]`)?.focus();
  };

  return (
    <nav className="review-list" aria-label="Management reviews">
      <ul ref={listRef} onKeyDown={onKeyDown}>
        {ordered.map((review) => {
          const missing = missingInputs(review).length;
          return (
            <li key={review.id}>
              <button
                type="button"
                data-review={review.ref}
                className={`review-list-item${review.id === selectedId ? ' selected' : ''}`}
                aria-current={review.id === selectedId || undefined}
                onClick={() => onSelect(review.id)}
              >
                <span className="review-list-ref">{review.ref}</span>
                <span className={`review-status review-status-${review.status}`}>{REVIEW_STATUS_LABELS[review.status]}</span>
                <span className="review-list-date">{review.heldOn ? formatDate(review.heldOn) : 'Date not set'}</span>
                <span className={`review-list-meta${missing > 0 ? ' review-list-gap' : ''}`}>
                  {missing > 0 ? `${missing} ${missing === 1 ? 'input' : 'inputs'} empty` : 'Every input covered'} · {review.outputs.filter((o) => o.kind === 'action').length} actions
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
