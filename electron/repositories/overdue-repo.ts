import type { Database } from 'better-sqlite3';
import type { OverdueKind } from '../../shared/ipc/contract-dashboard';
import { cached } from './statement-cache';

export interface OverdueRow {
  kind: Exclude<OverdueKind, 'management-review'>;
  ref: string;
  title: string;
  owner: string;
  due: string;
  days: number;
}

/*
 * Everything with a date that has passed and work still open, across the registers, as one query so a
 * workbook of thousands of risks is read in one pass per table (dates are stored as YYYY-MM-DD, so text
 * comparison is date order). The lead auditor (the first one named) owns a planned audit.
 *
 * Treatment actions, nonconformities, documents and objectives have a shared predicate the screens and the
 * readiness check use (isOverdue, isNonconformityOverdue, isReviewOverdue, isPastDue); the conditions here
 * must say the same, and overdue-repo.test.ts holds them to it for every status.
 */
const OVERDUE = `
  SELECT 'treatment-action' AS kind, ref, title, owner, due_date AS due FROM treatment_action
    WHERE due_date < @today AND status NOT IN ('done', 'cancelled')
  UNION ALL
  SELECT 'nonconformity', ref, description, owner, due_date FROM nonconformity
    WHERE due_date < @today AND status IN ('open', 'action-planned')
  UNION ALL
  SELECT 'document-review', document_id, title, owner, next_review FROM isms_document
    WHERE next_review < @today AND status IN ('approved', 'in-review')
  UNION ALL
  SELECT 'risk-review', ref, title, owner, next_review FROM risk
    WHERE next_review < @today AND status <> 'closed'
  UNION ALL
  SELECT 'objective', ref, objective, owner, due_date FROM objective
    WHERE due_date < @today AND status = 'active'
  UNION ALL
  SELECT 'internal-audit', ref, title, coalesce(json_extract(auditors, '$[0]'), ''), planned_end FROM audit
    WHERE planned_end < @today AND status IN ('planned', 'in-progress')`;

/** The most overdue first (earliest date), at most `limit`. */
export function listOverdueRows(db: Database, today: string, limit: number): OverdueRow[] {
  return cached(
    db,
    `SELECT kind, ref, title, owner, due, CAST(julianday(@today) - julianday(due) AS INTEGER) AS days
     FROM (${OVERDUE}) ORDER BY due, kind, ref LIMIT @limit`,
  ).all({ today, limit }) as OverdueRow[];
}

export function countOverdueByKind(db: Database, today: string): { kind: OverdueRow['kind']; count: number }[] {
  return cached(db, `SELECT kind, count(*) AS count FROM (${OVERDUE}) GROUP BY kind`).all({ today }) as {
    kind: OverdueRow['kind'];
    count: number;
  }[];
}

/** The date of the last management review held, or null when none has been. */
export function lastManagementReview(db: Database): { ref: string; heldOn: string } | null {
  const row = cached(
    db,
    `SELECT ref, held_on AS heldOn FROM management_review WHERE status = 'held' AND held_on IS NOT NULL ORDER BY held_on DESC, id DESC LIMIT 1`,
  ).get() as { ref: string; heldOn: string } | undefined;
  return row ?? null;
}
