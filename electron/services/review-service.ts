import { AppError } from '../../shared/ipc/result';
import {
  REVIEW_INPUT_KEYS,
  emptyInputs,
  reviewOutputInputSchema,
  reviewPatchSchema,
  type Attendee,
  type ManagementReview,
  type NewReview,
  type RefreshResult,
  type ReviewInputKey,
  type ReviewOutputInput,
  type ReviewPatch,
} from '../../shared/domain/management-review';
import { figuresAsOf, heldReviewProblems, nextReviewRef, personName } from '../../shared/rules/management-review';
import { getOrganisation } from '../repositories/organisation-repo';
import {
  deleteOutputRow,
  deleteReviewRow,
  editedInputs,
  getOutputRow,
  getReviewRow,
  insertOutputRow,
  insertReviewRow,
  listOutputRows,
  listReviewRefs,
  listReviewRows,
  updateOutputRow,
  updateReviewRow,
  type StoredReview,
} from '../repositories/review-repo';
import { logChanges, logEvent } from './change-log';
import { prefillReviewInputs } from './review-prefill';
import { inTransaction, today, type WorkbookContext } from './workbook-context';

const AREA = 'management-review';
const OUTPUT_AREA = 'review-output';
const OUTPUT_FIELDS = Object.keys(reviewOutputInputSchema.shape) as (keyof ReviewOutputInput)[];

function withOutputs(ctx: WorkbookContext, stored: StoredReview): ManagementReview {
  const { prefilled: _prefilled, ...review } = stored;
  return { ...review, editedInputs: editedInputs(stored), outputs: listOutputRows(ctx.db, stored.id) };
}

export function listReviews(ctx: WorkbookContext): ManagementReview[] {
  const outputs = listOutputRows(ctx.db);
  return listReviewRows(ctx.db).map(({ prefilled, ...review }) => ({
    ...review,
    editedInputs: editedInputs({ inputs: review.inputs, prefilled }),
    outputs: outputs.filter((o) => o.reviewId === review.id),
  }));
}

function requireStored(ctx: WorkbookContext, id: number): StoredReview {
  const review = getReviewRow(ctx.db, id);
  if (!review) throw new AppError('NOT_FOUND', 'That management review no longer exists.');
  return review;
}

export function getReview(ctx: WorkbookContext, id: number): ManagementReview {
  return withOutputs(ctx, requireStored(ctx, id));
}


/** Who a new review starts with: the default approver (top management) and the ISMS owner, as the organisation names them. */
function defaultAttendees(ctx: WorkbookContext): Attendee[] {
  const org = getOrganisation(ctx.db);
  const attendee = (text: string, topManagement: boolean): Attendee[] => {
    const name = personName(text);
    const comma = text.indexOf(',');
    return name ? [{ name, role: comma === -1 ? '' : text.slice(comma + 1).trim(), topManagement }] : [];
  };
  const approver = attendee(org?.defaultApprover ?? '', true);
  const owner = attendee(org?.ismsOwner ?? '', false).filter((o) => o.name !== approver[0]?.name);
  return [...approver, ...owner];
}

/** Keeps a held review complete: date, top management and every input (the checks of 9.3). */
function assertHeldComplete(ctx: WorkbookContext, review: StoredReview): void {
  if (review.status !== 'held') return;
  const organisation = getOrganisation(ctx.db) ?? { defaultApprover: '' };
  const problems = heldReviewProblems({ ...review, outputs: listOutputRows(ctx.db, review.id) }, organisation);
  if (review.heldOn !== null && review.heldOn > today(ctx)) problems.unshift('The meeting date is still to come: record the review as held once it has taken place.');
  if (problems.length > 0) {
    throw new AppError('INVALID_INPUT', `A held review must be complete. ${problems.join(' ')} To change it, set it back to planned first.`, { problems });
  }
}

/** A new review, planned, with every input filled in from the registers. */
export function createReview(ctx: WorkbookContext, input: NewReview): ManagementReview {
  return inTransaction(ctx, () => {
    const year = Number((input.heldOn ?? today(ctx)).slice(0, 4));
    const ref = nextReviewRef(listReviewRefs(ctx.db), year);
    const prefilled = prefillReviewInputs(ctx.db, { asOf: figuresAsOf(input.heldOn, today(ctx)), review: { id: 0, heldOn: input.heldOn } });
    const inputs = { ...emptyInputs(), ...prefilled };
    const id = insertReviewRow(ctx.db, { ref, heldOn: input.heldOn, status: 'planned', attendees: defaultAttendees(ctx), inputs, prefilled });
    logEvent(ctx, AREA, ref, 'created', input.heldOn ? `Management review on ${input.heldOn}` : 'Management review');
    return getReview(ctx, id);
  });
}

function logReview(ctx: WorkbookContext, before: StoredReview, after: StoredReview): void {
  logChanges(ctx, AREA, before.ref, before, after, ['heldOn', 'status', 'attendees']);
  const flat = (r: StoredReview) => Object.fromEntries(REVIEW_INPUT_KEYS.map((k) => [`input:${k}`, r.inputs[k]]));
  logChanges(ctx, AREA, before.ref, flat(before), flat(after), REVIEW_INPUT_KEYS.map((k) => `input:${k}`));
}

export function updateReview(ctx: WorkbookContext, id: number, patch: ReviewPatch): ManagementReview {
  const parsed = reviewPatchSchema.safeParse(patch);
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Invalid review', { issues: parsed.error.issues });
  const { inputs, ...fields } = parsed.data;
  return inTransaction(ctx, () => {
    const before = requireStored(ctx, id);
    const after: StoredReview = { ...before, ...fields, inputs: { ...before.inputs, ...inputs } };
    assertHeldComplete(ctx, after);
    updateReviewRow(ctx.db, after);
    logReview(ctx, before, after);
    return getReview(ctx, id);
  });
}

/**
 * Fills the named inputs in again from the registers. Inputs the user has edited are replaced only when
 * `replaceEdited` is set (after they confirmed); otherwise they are kept and reported.
 */
export function refreshReviewInputs(ctx: WorkbookContext, id: number, keys: readonly ReviewInputKey[], replaceEdited: boolean): RefreshResult {
  return inTransaction(ctx, () => {
    const before = requireStored(ctx, id);
    const edited = new Set(editedInputs(before));
    const kept = keys.filter((key) => edited.has(key) && !replaceEdited);
    const replace = keys.filter((key) => !kept.includes(key));
    const fresh = prefillReviewInputs(ctx.db, { asOf: figuresAsOf(before.heldOn, today(ctx)), review: before }, replace);
    const after: StoredReview = { ...before, inputs: { ...before.inputs, ...fresh }, prefilled: { ...before.prefilled, ...fresh } };
    updateReviewRow(ctx.db, after);
    logReview(ctx, before, after);
    return { review: getReview(ctx, id), kept };
  });
}

export function deleteReview(ctx: WorkbookContext, id: number): void {
  inTransaction(ctx, () => {
    const review = requireStored(ctx, id);
    const outputs = listOutputRows(ctx.db, id);
    deleteReviewRow(ctx.db, id);
    logEvent(ctx, AREA, review.ref, 'deleted', JSON.stringify({ ...review, prefilled: undefined, outputs }));
  });
}

function validateOutput(input: unknown): ReviewOutputInput {
  const parsed = reviewOutputInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Invalid output', { issues: parsed.error.issues });
  return parsed.data;
}

const outputRecord = (review: StoredReview, id: number) => `${review.ref} output ${id}`;

export function addReviewOutput(ctx: WorkbookContext, reviewId: number, input: ReviewOutputInput): ManagementReview {
  return inTransaction(ctx, () => {
    const review = requireStored(ctx, reviewId);
    const output = validateOutput(input);
    const id = insertOutputRow(ctx.db, reviewId, output);
    logEvent(ctx, OUTPUT_AREA, outputRecord(review, id), 'created', `${output.kind}: ${output.description}`);
    return getReview(ctx, reviewId);
  });
}

function requireOutput(ctx: WorkbookContext, id: number) {
  const output = getOutputRow(ctx.db, id);
  if (!output) throw new AppError('NOT_FOUND', 'That decision or action no longer exists.');
  return { output, review: requireStored(ctx, output.reviewId) };
}

export function updateReviewOutput(ctx: WorkbookContext, id: number, patch: Partial<ReviewOutputInput>): ManagementReview {
  return inTransaction(ctx, () => {
    const { output: before, review } = requireOutput(ctx, id);
    const { id: _id, reviewId: _reviewId, ...current } = before;
    const after = validateOutput({ ...current, ...patch });
    updateOutputRow(ctx.db, id, after);
    logChanges(ctx, OUTPUT_AREA, outputRecord(review, id), before, after, OUTPUT_FIELDS);
    return getReview(ctx, review.id);
  });
}

export function deleteReviewOutput(ctx: WorkbookContext, id: number): ManagementReview {
  return inTransaction(ctx, () => {
    const { output, review } = requireOutput(ctx, id);
    deleteOutputRow(ctx.db, id);
    logEvent(ctx, OUTPUT_AREA, outputRecord(review, id), 'deleted', JSON.stringify(output));
    return getReview(ctx, review.id);
  });
}
