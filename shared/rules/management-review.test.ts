import { describe, expect, it } from 'vitest';
import { emptyInputs, REVIEW_INPUT_KEYS, type ManagementReview, type ReviewOutput } from '../domain/management-review';
import {
  heldReviewProblems,
  isOutputOverdue,
  isTopManagement,
  lastReviewCoverage,
  missingInputs,
  nextReviewRef,
  personName,
  reviewChecks,
} from './management-review';

const organisation = { defaultApprover: 'Eleanor Marsh, Chief Executive Officer' };
const fullInputs = () => Object.fromEntries(REVIEW_INPUT_KEYS.map((k) => [k, `Summary of ${k}`])) as ManagementReview['inputs'];

const output = (over: Partial<ReviewOutput>): ReviewOutput => ({
  id: 1,
  reviewId: 1,
  kind: 'action',
  description: 'Do it',
  owner: 'CTO',
  dueDate: '2026-12-31',
  status: 'open',
  ...over,
});

const review = (over: Partial<ManagementReview> = {}): ManagementReview => ({
  id: 1,
  ref: 'MR-2026-01',
  heldOn: '2026-10-22',
  status: 'held',
  attendees: [{ name: 'Eleanor Marsh', role: 'CEO', topManagement: true }],
  inputs: fullInputs(),
  editedInputs: [],
  outputs: [output({ kind: 'decision', description: 'Keep the scope' })],
  ...over,
});

describe('top management at the review', () => {
  it('counts an attendee flagged as top management', () => {
    expect(isTopManagement({ name: 'Rajiv Menon', role: 'CTO', topManagement: true }, organisation)).toBe(true);
    expect(isTopManagement({ name: 'Rajiv Menon', role: 'CTO', topManagement: false }, organisation)).toBe(false);
  });

  it('counts the default approver by name, whatever the case or spacing, without the flag', () => {
    expect(isTopManagement({ name: ' eleanor  MARSH ', role: '', topManagement: false }, organisation)).toBe(true);
    expect(isTopManagement({ name: 'Eleanor Marshall', role: '', topManagement: false }, organisation)).toBe(false);
    expect(isTopManagement({ name: 'Anyone', role: '', topManagement: false }, { defaultApprover: '' })).toBe(false);
  });

  it('takes the person from a "Name, Role" text', () => {
    expect(personName('Eleanor Marsh, Chief Executive Officer')).toBe('Eleanor Marsh');
    expect(personName('Board')).toBe('Board');
  });
});

describe('completeness of a review', () => {
  it('passes a complete held review', () => {
    expect(reviewChecks(review(), organisation).every((c) => c.ok)).toBe(true);
    expect(heldReviewProblems(review(), organisation)).toEqual([]);
  });

  it('requires a date, top management and every input, and says which inputs are empty', () => {
    const inputs = { ...fullInputs(), risk: '   ', 'party-changes': '' };
    const problems = heldReviewProblems(review({ heldOn: null, attendees: [{ name: 'Siobhan Kerr', role: 'ISMS owner', topManagement: false }], inputs }), organisation);
    expect(problems).toEqual([
      'Enter the date the meeting took place.',
      'Add Eleanor Marsh to the attendees, or mark an attendee as top management.',
      'Write the inputs still empty: Changes in interested parties’ needs (9.3.2 c)); Risk assessment and treatment (9.3.2 f)).',
    ]);
    expect(missingInputs({ inputs })).toEqual(['party-changes', 'risk']);
  });

  it('advises, without blocking, on decisions and on actions lacking an owner or a date', () => {
    const checks = reviewChecks(review({ outputs: [output({ owner: '' }), output({ id: 2, dueDate: null })] }), organisation);
    const advice = checks.filter((c) => !c.ok);
    expect(advice.map((c) => [c.id, c.blocking, c.hint])).toEqual([
      ['decisions', false, 'Record what was decided about improvements and changes to the ISMS, even if it is “no change”.'],
      ['action-details', false, '2 actions lack an owner or a due date.'],
    ]);
    expect(heldReviewProblems(review({ outputs: [] }), organisation)).toEqual([]);
  });
});

describe('the last management review', () => {
  it('is the latest held review by date, and reports the inputs it left empty', () => {
    const reviews = [
      review({ ref: 'MR-2025-01', heldOn: '2025-10-20', inputs: emptyInputs() }),
      review({ ref: 'MR-2026-01', heldOn: '2026-10-22', inputs: { ...fullInputs(), improvement: '' } }),
      review({ ref: 'MR-2027-01', heldOn: '2027-04-20', status: 'planned', inputs: emptyInputs() }),
      review({ ref: 'MR-2026-02', heldOn: null, status: 'planned' }),
    ];
    expect(lastReviewCoverage(reviews)).toEqual({ ref: 'MR-2026-01', heldOn: '2026-10-22', missing: ['improvement'] });
    expect(lastReviewCoverage([reviews[1]!, { ...reviews[1]!, ref: 'MR-2026-02', inputs: fullInputs() }])?.missing).toEqual([]);
    expect(lastReviewCoverage(reviews.filter((r) => r.status === 'planned'))).toBeNull();
  });
});

describe('review outputs and references', () => {
  it('treats only open actions past their due date as overdue', () => {
    expect(isOutputOverdue(output({ dueDate: '2026-10-01' }), '2026-11-01')).toBe(true);
    expect(isOutputOverdue(output({ dueDate: '2026-11-01' }), '2026-11-01')).toBe(false);
    expect(isOutputOverdue(output({ dueDate: '2026-10-01', status: 'done' }), '2026-11-01')).toBe(false);
    expect(isOutputOverdue(output({ kind: 'decision', dueDate: '2026-10-01' }), '2026-11-01')).toBe(false);
    expect(isOutputOverdue(output({ dueDate: null }), '2026-11-01')).toBe(false);
  });

  it('numbers reviews within their year', () => {
    expect(nextReviewRef([], 2026)).toBe('MR-2026-01');
    expect(nextReviewRef(['MR-2026-01', 'MR-2026-09', 'MR-2025-03', 'MR-2026-x'], 2026)).toBe('MR-2026-10');
    expect(nextReviewRef(['MR-2026-01'], 2027)).toBe('MR-2027-01');
  });
});
