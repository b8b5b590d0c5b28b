import type { Database } from 'better-sqlite3';
import {
  REVIEW_INPUT_KEYS,
  attendeeSchema,
  emptyInputs,
  type Attendee,
  type ManagementReview,
  type ReviewInputKey,
  type ReviewInputs,
  type ReviewOutput,
  type ReviewOutputInput,
  type ReviewStatus,
} from '../../shared/domain/management-review';

interface ReviewRow {
  id: number;
  ref: string;
  held_on: string | null;
  attendees: string;
  inputs: string;
  prefilled: string;
  status: ReviewStatus;
}

interface OutputRow {
  id: number;
  review_id: number;
  kind: ReviewOutput['kind'];
  description: string;
  owner: string;
  due_date: string | null;
  status: ReviewOutput['status'];
}

/** A review as stored, before its outputs are attached. */
export interface StoredReview extends Omit<ManagementReview, 'editedInputs' | 'outputs'> {
  /** Per input, the text it was last filled with from the registers. */
  prefilled: Partial<ReviewInputs>;
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Known input keys with string values; anything else in the stored JSON is ignored. */
function inputsFrom(text: string): Partial<ReviewInputs> {
  const stored = parseObject(text);
  const out: Partial<ReviewInputs> = {};
  for (const key of REVIEW_INPUT_KEYS) if (typeof stored[key] === 'string') out[key] = stored[key];
  return out;
}

function attendeesFrom(text: string): Attendee[] {
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value.flatMap((item) => {
      const parsed = attendeeSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  } catch {
    return [];
  }
}

function toReview(row: ReviewRow): StoredReview {
  return {
    id: row.id,
    ref: row.ref,
    heldOn: row.held_on,
    status: row.status,
    attendees: attendeesFrom(row.attendees),
    inputs: { ...emptyInputs(), ...inputsFrom(row.inputs) },
    prefilled: inputsFrom(row.prefilled),
  };
}

function toOutput(row: OutputRow): ReviewOutput {
  return {
    id: row.id,
    reviewId: row.review_id,
    kind: row.kind,
    description: row.description,
    owner: row.owner,
    dueDate: row.due_date,
    status: row.status,
  };
}

/** Oldest meeting first; reviews without a date (being planned) last. */
export function listReviewRows(db: Database): StoredReview[] {
  return (db.prepare('SELECT * FROM management_review ORDER BY held_on IS NULL, held_on, ref').all() as ReviewRow[]).map(toReview);
}

export function getReviewRow(db: Database, id: number): StoredReview | null {
  const row = db.prepare('SELECT * FROM management_review WHERE id = ?').get(id) as ReviewRow | undefined;
  return row ? toReview(row) : null;
}

export function getReviewRowByRef(db: Database, ref: string): StoredReview | null {
  const row = db.prepare('SELECT * FROM management_review WHERE ref = ?').get(ref) as ReviewRow | undefined;
  return row ? toReview(row) : null;
}

export function listReviewRefs(db: Database): string[] {
  return (db.prepare('SELECT ref FROM management_review').all() as { ref: string }[]).map((r) => r.ref);
}

export function insertReviewRow(db: Database, review: Omit<StoredReview, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO management_review (ref, held_on, attendees, inputs, prefilled, status)
         VALUES (@ref, @heldOn, @attendees, @inputs, @prefilled, @status)`,
      )
      .run({
        ref: review.ref,
        heldOn: review.heldOn,
        attendees: JSON.stringify(review.attendees),
        inputs: JSON.stringify(review.inputs),
        prefilled: JSON.stringify(review.prefilled),
        status: review.status,
      }).lastInsertRowid,
  );
}

export function updateReviewRow(db: Database, review: StoredReview): void {
  db.prepare(
    `UPDATE management_review SET held_on = @heldOn, attendees = @attendees, inputs = @inputs, prefilled = @prefilled,
       status = @status WHERE id = @id`,
  ).run({
    id: review.id,
    heldOn: review.heldOn,
    attendees: JSON.stringify(review.attendees),
    inputs: JSON.stringify(review.inputs),
    prefilled: JSON.stringify(review.prefilled),
    status: review.status,
  });
}

export function deleteReviewRow(db: Database, id: number): void {
  db.prepare('DELETE FROM management_review WHERE id = ?').run(id);
}

/** Decisions first, then actions, each in the order recorded. */
export function listOutputRows(db: Database, reviewId?: number): ReviewOutput[] {
  const rows =
    reviewId === undefined
      ? db.prepare("SELECT * FROM review_output ORDER BY review_id, kind = 'action', id").all()
      : db.prepare("SELECT * FROM review_output WHERE review_id = ? ORDER BY kind = 'action', id").all(reviewId);
  return (rows as OutputRow[]).map(toOutput);
}

export function getOutputRow(db: Database, id: number): ReviewOutput | null {
  const row = db.prepare('SELECT * FROM review_output WHERE id = ?').get(id) as OutputRow | undefined;
  return row ? toOutput(row) : null;
}

export function insertOutputRow(db: Database, reviewId: number, output: ReviewOutputInput): number {
  return Number(
    db
      .prepare(
        `INSERT INTO review_output (review_id, kind, description, owner, due_date, status)
         VALUES (@reviewId, @kind, @description, @owner, @dueDate, @status)`,
      )
      .run({ ...output, reviewId }).lastInsertRowid,
  );
}

export function updateOutputRow(db: Database, id: number, output: ReviewOutputInput): void {
  db.prepare(
    `UPDATE review_output SET kind = @kind, description = @description, owner = @owner, due_date = @dueDate,
       status = @status WHERE id = @id`,
  ).run({ ...output, id });
}

export function deleteOutputRow(db: Database, id: number): void {
  db.prepare('DELETE FROM review_output WHERE id = ?').run(id);
}

/** Inputs whose text differs from what the registers last filled in (an empty input counts as not edited). */
export function editedInputs(review: Pick<StoredReview, 'inputs' | 'prefilled'>): ReviewInputKey[] {
  return REVIEW_INPUT_KEYS.filter((key) => {
    const text = review.inputs[key].trim();
    return text !== '' && text !== (review.prefilled[key] ?? '').trim();
  });
}
