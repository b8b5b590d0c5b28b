import type { ReviewCheck } from '../../shared/rules/management-review';

/** The completeness checklist: what a held review needs (blocking) and what the minutes should also show (advice). */
export function ReviewChecklist({ checks }: { checks: ReviewCheck[] }) {
  const done = checks.filter((c) => c.ok).length;
  return (
    <section className="review-checklist" aria-label="Completeness">
      <h3>
        Completeness <span className="muted">{done} of {checks.length}</span>
      </h3>
      <ul>
        {checks.map((check) => (
          <li key={check.id} className={check.ok ? 'review-check-ok' : check.blocking ? 'review-check-missing' : 'review-check-advice'} data-check={check.id}>
            <span className="review-check-mark" aria-hidden="true">
              {check.ok ? '✓' : check.blocking ? '✗' : '!'}
            </span>
            <span>
              {check.label}
              <span className="review-sr-only">{check.ok ? ': done' : check.blocking ? ': missing' : ': advice'}</span>
              {!check.ok && check.hint && <span className="review-check-hint">{check.hint}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
