import { nextRef } from './readable-ref';
import type { Database } from 'better-sqlite3';
import type { Nonconformity, NonconformityInput } from '../../shared/domain/nonconformity';
import { cached } from './statement-cache';

interface NonconformityRow {
  id: number;
  ref: string;
  source: Nonconformity['source'];
  source_ref: string;
  raised_on: string;
  description: string;
  correction: string;
  root_cause: string;
  corrective_action: string;
  owner: string;
  due_date: string | null;
  status: Nonconformity['status'];
  effectiveness_reviewed_on: string | null;
  effectiveness_result: Nonconformity['effectivenessResult'];
  effectiveness_note: string;
}

function findingRefsByNonconformity(db: Database): Map<number, string[]> {
  const map = new Map<number, string[]>();
  const rows = db
    .prepare('SELECT nonconformity_id, ref FROM audit_finding WHERE nonconformity_id IS NOT NULL ORDER BY nonconformity_id, audit_id, id')
    .raw()
    .all() as [number, string][];
  for (const [id, ref] of rows) {
    const refs = map.get(id);
    if (refs) refs.push(ref);
    else map.set(id, [ref]);
  }
  return map;
}

function toNonconformity(row: NonconformityRow, findingRefs: string[]): Nonconformity {
  return {
    id: row.id,
    ref: row.ref,
    source: row.source,
    sourceRef: row.source_ref,
    raisedOn: row.raised_on,
    description: row.description,
    correction: row.correction,
    rootCause: row.root_cause,
    correctiveAction: row.corrective_action,
    owner: row.owner,
    dueDate: row.due_date,
    status: row.status,
    effectivenessReviewedOn: row.effectiveness_reviewed_on,
    effectivenessResult: row.effectiveness_result,
    effectivenessNote: row.effectiveness_note,
    findingRefs,
  };
}

export function listNonconformities(db: Database): Nonconformity[] {
  const links = findingRefsByNonconformity(db);
  return (db.prepare('SELECT * FROM nonconformity ORDER BY id').all() as NonconformityRow[]).map((row) =>
    toNonconformity(row, links.get(row.id) ?? []),
  );
}

export function getNonconformity(db: Database, id: number): Nonconformity | null {
  const row = db.prepare('SELECT * FROM nonconformity WHERE id = ?').get(id) as NonconformityRow | undefined;
  if (!row) return null;
  const refs = db.prepare('SELECT ref FROM audit_finding WHERE nonconformity_id = ? ORDER BY audit_id, id').pluck().all(id) as string[];
  return toNonconformity(row, refs);
}

/** The next reference: NC-001, NC-002… one past the highest in use. */
export function nextNonconformityRef(db: Database): string {
  return nextRef(db, 'nonconformity', 'NC');
}

function params(nc: NonconformityInput) {
  return {
    source: nc.source,
    sourceRef: nc.sourceRef,
    raisedOn: nc.raisedOn,
    description: nc.description,
    correction: nc.correction,
    rootCause: nc.rootCause,
    correctiveAction: nc.correctiveAction,
    owner: nc.owner,
    dueDate: nc.dueDate,
    status: nc.status,
    effectivenessReviewedOn: nc.effectivenessReviewedOn,
    effectivenessResult: nc.effectivenessResult,
    effectivenessNote: nc.effectivenessNote,
  };
}

export function insertNonconformity(db: Database, ref: string, nc: NonconformityInput): number {
  return Number(
    cached(
      db,
      `INSERT INTO nonconformity (ref, source, source_ref, raised_on, description, correction, root_cause, corrective_action,
         owner, due_date, status, effectiveness_reviewed_on, effectiveness_result, effectiveness_note)
       VALUES (@ref, @source, @sourceRef, @raisedOn, @description, @correction, @rootCause, @correctiveAction,
         @owner, @dueDate, @status, @effectivenessReviewedOn, @effectivenessResult, @effectivenessNote)`,
    ).run({ ...params(nc), ref }).lastInsertRowid,
  );
}

export function updateNonconformityRow(db: Database, id: number, nc: NonconformityInput): void {
  db.prepare(
    `UPDATE nonconformity SET source = @source, source_ref = @sourceRef, raised_on = @raisedOn, description = @description,
       correction = @correction, root_cause = @rootCause, corrective_action = @correctiveAction, owner = @owner,
       due_date = @dueDate, status = @status, effectiveness_reviewed_on = @effectivenessReviewedOn,
       effectiveness_result = @effectivenessResult, effectiveness_note = @effectivenessNote
     WHERE id = @id`,
  ).run({ ...params(nc), id });
}

export function deleteNonconformityRow(db: Database, id: number): void {
  db.prepare('DELETE FROM nonconformity WHERE id = ?').run(id);
}
