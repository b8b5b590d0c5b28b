import { describe, expect, it } from 'vitest';
import { REVIEW_INPUT_KEYS, type ReviewOutputInput } from '../../shared/domain/management-review';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { lastReviewCoverage } from '../../shared/rules/management-review';
import { reviewJson } from '../export/json/review-json';
import { listChanges } from '../repositories/change-log-repo';
import { updateOrganisation } from './organisation-service';
import {
  addReviewOutput,
  createReview,
  deleteReview,
  deleteReviewOutput,
  listReviews,
  refreshReviewInputs,
  updateReview,
  updateReviewOutput,
} from './review-service';
import type { WorkbookContext } from './workbook-context';

const tempDir = useTempDir();

const action = (over: Partial<ReviewOutputInput> = {}): ReviewOutputInput => ({
  kind: 'action',
  description: 'Commission a penetration test of the payments API',
  owner: 'CTO',
  dueDate: '2027-02-26',
  status: 'open',
  ...over,
});

function workbook() {
  const opened = openTestWorkbook(tempDir());
  updateOrganisation(opened.ctx, { defaultApprover: 'Eleanor Marsh, Chief Executive Officer', ismsOwner: 'Siobhan Kerr, Head of Security & Compliance' });
  return opened;
}

const allWritten = (ctx: WorkbookContext, id: number) =>
  updateReview(ctx, id, { inputs: Object.fromEntries(REVIEW_INPUT_KEYS.map((k) => [k, `Discussed ${k}.`])) });

describe('management reviews', () => {
  it('creates a planned review numbered in its year, every input filled in from the registers, with the approver and ISMS owner invited', () => {
    const { ctx, session } = workbook();
    const first = createReview(ctx, { heldOn: null });
    expect(first).toMatchObject({ ref: 'MR-2026-01', status: 'planned', heldOn: null, editedInputs: [], outputs: [] });
    expect(first.attendees).toEqual([
      { name: 'Eleanor Marsh', role: 'Chief Executive Officer', topManagement: true },
      { name: 'Siobhan Kerr', role: 'Head of Security & Compliance', topManagement: false },
    ]);
    for (const key of REVIEW_INPUT_KEYS) expect(first.inputs[key], key).not.toBe('');
    expect(createReview(ctx, { heldOn: '2026-12-03' }).ref).toBe('MR-2026-02');
    expect(createReview(ctx, { heldOn: '2027-04-20' }).ref).toBe('MR-2027-01');
    expect(listChanges(ctx.db, { area: 'management-review', limit: 10 }).map((c) => [c.recordId, c.field])).toContainEqual(['MR-2026-01', 'created']);
    session.close();
  });

  it('changes only the inputs named, marks them edited, and logs each one', () => {
    const { ctx, session } = workbook();
    const review = createReview(ctx, { heldOn: null });
    const updated = updateReview(ctx, review.id, { inputs: { risk: 'The board discussed the ransomware risk at length.' } });
    expect(updated.inputs.risk).toBe('The board discussed the ransomware risk at length.');
    expect(updated.inputs.objectives).toBe(review.inputs.objectives);
    expect(updated.editedInputs).toEqual(['risk']);
    const change = listChanges(ctx.db, { area: 'management-review', limit: 5 }).find((c) => c.field === 'input:risk');
    expect(change).toMatchObject({ oldValue: review.inputs.risk, newValue: 'The board discussed the ransomware risk at length.' });
    session.close();
  });

  it('refreshes untouched inputs, but keeps edited ones unless told to replace them', () => {
    const { ctx, session } = workbook();
    const review = createReview(ctx, { heldOn: null });
    updateReview(ctx, review.id, { inputs: { risk: 'Edited by hand', objectives: '' } });
    const kept = refreshReviewInputs(ctx, review.id, ['risk', 'objectives', 'measurement'], false);
    expect(kept.kept).toEqual(['risk']);
    expect(kept.review.inputs.risk).toBe('Edited by hand');
    expect(kept.review.inputs.objectives).toBe(review.inputs.objectives);
    const replaced = refreshReviewInputs(ctx, review.id, ['risk'], true);
    expect(replaced.kept).toEqual([]);
    expect(replaced.review.inputs.risk).toBe(review.inputs.risk);
    expect(replaced.review.editedInputs).toEqual([]);
    session.close();
  });

  it('records a review as held only when it is complete, and keeps it complete', () => {
    const { ctx, session } = workbook();
    const review = createReview(ctx, { heldOn: null });
    updateReview(ctx, review.id, { attendees: [{ name: 'Siobhan Kerr', role: 'ISMS owner', topManagement: false }], inputs: { improvement: '' } });
    expect(() => updateReview(ctx, review.id, { status: 'held' })).toThrow(
      /A held review must be complete\. Enter the date the meeting took place\. Add Eleanor Marsh to the attendees, or mark an attendee as top management\. Write the input still empty: Opportunities for improvement \(9\.3\.2 g\)\)\./,
    );
    expect(() => updateReview(ctx, review.id, { status: 'held', heldOn: '2026-12-01', attendees: [{ name: 'Eleanor Marsh', role: 'CEO', topManagement: false }] })).toThrow(/still to come/);
    allWritten(ctx, review.id);
    const held = updateReview(ctx, review.id, { status: 'held', heldOn: '2026-11-18', attendees: [{ name: 'Eleanor Marsh', role: 'CEO', topManagement: false }] });
    expect(held.status).toBe('held');
    expect(() => updateReview(ctx, held.id, { inputs: { risk: ' ' } })).toThrow(/set it back to planned first/);
    expect(() => updateReview(ctx, held.id, { attendees: [] })).toThrow(/top management/);
    expect(updateReview(ctx, held.id, { status: 'planned', inputs: { risk: '' } }).inputs.risk).toBe('');
    session.close();
  });

  it('keeps decisions and actions with the review, logs them, and deletes them with it', () => {
    const { ctx, session } = workbook();
    const review = createReview(ctx, { heldOn: null });
    const withAction = addReviewOutput(ctx, review.id, action());
    const withDecision = addReviewOutput(ctx, review.id, action({ kind: 'decision', description: 'The scope stays as it is', owner: '', dueDate: null }));
    expect(withDecision.outputs.map((o) => o.kind)).toEqual(['decision', 'action']);
    const actionId = withAction.outputs[0]!.id;
    const done = updateReviewOutput(ctx, actionId, { status: 'done' });
    expect(done.outputs.find((o) => o.id === actionId)).toMatchObject({ status: 'done', owner: 'CTO', dueDate: '2027-02-26' });
    expect(() => updateReviewOutput(ctx, actionId, { description: '  ' })).toThrow(/Describe the decision or action/);
    expect(listChanges(ctx.db, { area: 'review-output', limit: 10 }).map((c) => c.field)).toEqual(['status', 'created', 'created']);
    expect(deleteReviewOutput(ctx, actionId).outputs).toHaveLength(1);
    deleteReview(ctx, review.id);
    expect(listReviews(ctx)).toEqual([]);
    expect(ctx.db.prepare('SELECT count(*) FROM review_output').pluck().get()).toBe(0);
    expect(() => updateReview(ctx, review.id, {})).toThrow(/no longer exists/);
    session.close();
  });

  it('seeds the sample with one held review that covers every input, three decisions and four actions, one done', () => {
    const { ctx, session } = openTestWorkbook(tempDir(), { sample: true });
    const [review, ...others] = listReviews(ctx);
    expect(others).toEqual([]);
    expect(review).toMatchObject({ ref: 'MR-2026-01', heldOn: '2026-10-22', status: 'held' });
    expect(review!.attendees.map((a) => a.name)).toEqual(['Eleanor Marsh', 'Rajiv Menon', 'Siobhan Kerr', 'Hannah Whitfield']);
    expect(lastReviewCoverage(listReviews(ctx))).toEqual({ ref: 'MR-2026-01', heldOn: '2026-10-22', missing: [] });
    const actions = review!.outputs.filter((o) => o.kind === 'action');
    expect(review!.outputs.filter((o) => o.kind === 'decision')).toHaveLength(3);
    expect(actions.map((a) => a.status)).toEqual(['done', 'open', 'open', 'open']);
    expect(actions.every((a) => a.owner !== '' && a.dueDate !== null)).toBe(true);
    // Hand-written minutes: a refresh asks before replacing any of them.
    expect(review!.editedInputs).toEqual(REVIEW_INPUT_KEYS);

    const json = reviewJson(ctx) as { managementReviews: Record<string, unknown>[] };
    expect(Object.keys(json.managementReviews[0]!)).toEqual(['ref', 'heldOn', 'status', 'attendees', 'inputs', 'outputs']);
    expect((json.managementReviews[0]!.outputs as object[])[0]).toEqual({
      kind: 'decision',
      description: expect.stringContaining('scope') as unknown,
      owner: '',
      dueDate: null,
      status: 'open',
    });
    session.close();
  });
});
