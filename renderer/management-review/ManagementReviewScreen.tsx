import { useEffect, useState, type FormEvent } from 'react';
import { notify } from '../app/notice-store';
import { useFocusRecord } from '../app/use-focus-record';
import { useOrganisation } from '../organisation/organisation-store';
import { ReviewEditor } from './ReviewEditor';
import { ReviewList } from './ReviewList';
import { useReviews } from './review-store';
import './management-review.css';

/** Management review (clause 9.3): the meetings of top management, what they considered, and what they decided. */
export function ManagementReviewScreen() {
  const { reviews, loaded, selectedId, load, select, create } = useReviews();
  const defaultApprover = useOrganisation((s) => s.organisation?.defaultApprover ?? '');
  const [adding, setAdding] = useState(false);
  const [date, setDate] = useState('');

  useEffect(() => {
    if (!loaded) void load();
  }, [loaded, load]);

  const selected = reviews.find((r) => r.id === selectedId) ?? reviews.at(-1);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const created = await create({ heldOn: date === '' ? null : date });
    if (created) {
      setAdding(false);
      setDate('');
      notify({ tone: 'success', text: `Created ${created.ref}, with every input filled in from the registers.` });
    }
  };

  // A link names a review by its reference ("MR-2026-01"): show it.
  useFocusRecord('management-review', loaded, (record) => {
    const review = reviews.find((r) => r.ref === record);
    if (!review) return null;
    select(review.id);
    return `[data-review="${review.ref}"]`;
  });

  if (!loaded) return <div className="loading">Loading management reviews…</div>;

  return (
    <div className="screen review-screen">
      <header className="screen-header">
        <div>
          <h1>Management review</h1>
          <p className="muted">Clause 9.3 · top management reviews the ISMS: what it considered, what it decided, who does what by when</p>
        </div>
        <div className="header-actions">
          <button type="button" className="primary" disabled={adding} onClick={() => setAdding(true)}>
            New review
          </button>
        </div>
      </header>

      {adding && (
        <form className="inline-form" aria-label="New review" onSubmit={(e) => void add(e)} onKeyDown={(e) => e.key === 'Escape' && setAdding(false)}>
          <label className="inline-form-field review-new-date">
            <span>Meeting date</span>
            <input type="date" autoFocus value={date} aria-label="Meeting date of the new review" onChange={(e) => setDate(e.target.value)} />
          </label>
          <span className="inline-form-hint muted">Optional. Every input is filled in from the registers as of today; you edit them before the meeting.</span>
          <button type="submit" className="primary">
            Create review
          </button>
          <button type="button" onClick={() => setAdding(false)}>
            Cancel
          </button>
        </form>
      )}

      {reviews.length === 0 ? (
        !adding && (
          <section className="empty-card" aria-label="No reviews">
            <h2>No management reviews yet</h2>
            <p>
              At planned intervals, at least once a year, top management reviews whether the ISMS still suits the organisation and works. Create a
              review and the workbook drafts every input from your registers (risks, audits, nonconformities, objectives…) for you to edit; then
              record the decisions and actions, and export the minutes.
            </p>
            <div className="empty-actions">
              <button type="button" className="primary" onClick={() => setAdding(true)}>
                Plan the first review
              </button>
            </div>
          </section>
        )
      ) : (
        <div className="split">
          <ReviewList reviews={reviews} selectedId={selected?.id ?? null} onSelect={select} />
          <div className="review-detail">
            {selected && <ReviewEditor key={selected.id} review={selected} defaultApprover={defaultApprover} onDeleted={() => select(null)} />}
          </div>
        </div>
      )}
    </div>
  );
}
