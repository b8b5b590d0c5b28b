import {
  REVIEW_INPUTS,
  type Attendee,
  type ManagementReview,
  type ReviewInputKey,
  type ReviewOutput,
} from '../domain/management-review';
import type { Organisation } from '../domain/organisation';

type ReviewFacts = Pick<ManagementReview, 'heldOn' | 'attendees' | 'inputs' | 'outputs'>;
type ApproverFacts = Pick<Organisation, 'defaultApprover'>;

/** The person in a "Name, Role" text: "Eleanor Marsh, Chief Executive Officer" → "Eleanor Marsh". */
export function personName(text: string): string {
  return (text.split(',')[0] ?? '').trim();
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('en-GB').replace(/\s+/g, ' ') === b.trim().toLocaleLowerCase('en-GB').replace(/\s+/g, ' ');

/**
 * Whether an attendee speaks for top management. Two ways count, so neither alone can be forgotten:
 * the attendee is flagged as top management (the CEO, a managing director, a board member…), or they are the
 * person the organisation names as its default approver — the one who signs the ISMS documents off.
 */
export function isTopManagement(attendee: Attendee, organisation: ApproverFacts): boolean {
  if (attendee.topManagement) return true;
  const approver = personName(organisation.defaultApprover);
  return approver !== '' && sameName(attendee.name, approver);
}

/** An action still open after its due date, as of a YYYY-MM-DD day. Decisions are never overdue. */
export function isOutputOverdue(output: Pick<ReviewOutput, 'kind' | 'status' | 'dueDate'>, asOf: string): boolean {
  return output.kind === 'action' && output.status === 'open' && output.dueDate !== null && output.dueDate < asOf;
}

export interface ReviewCheck {
  id: string;
  label: string;
  ok: boolean;
  /** A blocking check must pass before a review can be recorded as held; the others are advice. */
  blocking: boolean;
  /** Why it fails, in a sentence the user can act on. */
  hint?: string;
}

/** The completeness checklist of a review, in the order the screen shows it. */
export function reviewChecks(review: ReviewFacts, organisation: ApproverFacts): ReviewCheck[] {
  const actions = review.outputs.filter((o) => o.kind === 'action');
  const incomplete = actions.filter((a) => a.owner.trim() === '' || a.dueDate === null).length;
  const approver = personName(organisation.defaultApprover);
  return [
    {
      id: 'date',
      label: 'Meeting date recorded',
      ok: review.heldOn !== null,
      blocking: true,
      hint: 'Enter the date the meeting took place.',
    },
    {
      id: 'top-management',
      label: 'Top management attended',
      ok: review.attendees.some((a) => isTopManagement(a, organisation)),
      blocking: true,
      hint: `Add ${approver || 'a member of top management'} to the attendees, or mark an attendee as top management.`,
    },
    ...REVIEW_INPUTS.map((input) => ({
      id: `input:${input.key}`,
      label: `${input.title} (${input.clause})`,
      ok: review.inputs[input.key].trim() !== '',
      blocking: true,
      hint: 'Write what the meeting considered, or refresh the summary from the registers.',
    })),
    {
      id: 'decisions',
      label: 'At least one decision recorded',
      ok: review.outputs.some((o) => o.kind === 'decision'),
      blocking: false,
      hint: 'Record what was decided about improvements and changes to the ISMS, even if it is “no change”.',
    },
    {
      id: 'action-details',
      label: 'Every action has an owner and a due date',
      ok: incomplete === 0,
      blocking: false,
      hint: `${incomplete} ${incomplete === 1 ? 'action lacks' : 'actions lack'} an owner or a due date.`,
    },
  ].map(({ hint, ...check }) => (check.ok ? check : { ...check, hint }));
}

/** What stops a review from being recorded as held; empty when it may be. */
export function heldReviewProblems(review: ReviewFacts, organisation: ApproverFacts): string[] {
  const failed = reviewChecks(review, organisation).filter((c) => c.blocking && !c.ok);
  const inputs = failed.filter((c) => c.id.startsWith('input:'));
  const others = failed.filter((c) => !c.id.startsWith('input:')).map((c) => c.hint ?? c.label);
  if (inputs.length > 0) {
    others.push(`Write the ${inputs.length === 1 ? 'input' : 'inputs'} still empty: ${inputs.map((c) => c.label).join('; ')}.`);
  }
  return others;
}

/** Inputs with no text. */
export function missingInputs(review: Pick<ManagementReview, 'inputs'>): ReviewInputKey[] {
  return REVIEW_INPUTS.filter((input) => review.inputs[input.key].trim() === '').map((input) => input.key);
}

export interface ReviewCoverage {
  ref: string;
  heldOn: string;
  /** Inputs the review left empty; none when it covered every input. */
  missing: ReviewInputKey[];
}

/**
 * Whether the most recent held management review covered every input; null when no review has been held.
 * Latest by meeting date, then by reference.
 */
export function lastReviewCoverage(reviews: readonly Pick<ManagementReview, 'ref' | 'status' | 'heldOn' | 'inputs'>[]): ReviewCoverage | null {
  const held = reviews
    .filter((r): r is typeof r & { heldOn: string } => r.status === 'held' && r.heldOn !== null)
    .sort((a, b) => (a.heldOn === b.heldOn ? a.ref.localeCompare(b.ref, 'en', { numeric: true }) : a.heldOn.localeCompare(b.heldOn)));
  const last = held.at(-1);
  return last ? { ref: last.ref, heldOn: last.heldOn, missing: missingInputs(last) } : null;
}

/** The next reference for a review in a year: one past the highest MR-<year>-NN in use. */
export function nextReviewRef(existing: readonly string[], year: number): string {
  const prefix = `MR-${year}-`;
  const highest = existing
    .filter((ref) => ref.startsWith(prefix))
    .map((ref) => Number(ref.slice(prefix.length)))
    .filter(Number.isInteger)
    .reduce((max, n) => Math.max(max, n), 0);
  return `${prefix}${String(highest + 1).padStart(2, '0')}`;
}

/** Numbers by kind in the order shown: D1, D2… for decisions, A1, A2… for actions (the minutes use the same). */
export function outputNumbers(outputs: readonly Pick<ReviewOutput, 'id' | 'kind'>[]): Map<number, string> {
  const seen = { decision: 0, action: 0 };
  return new Map(outputs.map((o) => [o.id, `${o.kind === 'decision' ? 'D' : 'A'}${(seen[o.kind] += 1)}`]));
}

/** The day a review's figures speak for: the meeting day once it has passed, otherwise today. */
export function figuresAsOf(heldOn: string | null, today: string): string {
  return heldOn !== null && heldOn < today ? heldOn : today;
}
