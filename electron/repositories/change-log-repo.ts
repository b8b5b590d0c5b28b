import type { Database } from 'better-sqlite3';
import type { ChangeLogEntry } from '../../shared/domain/workbook';
import { cached } from './statement-cache';

export interface NewChange {
  at: string;
  actor: string;
  area: string;
  recordId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export function insertChange(db: Database, change: NewChange): void {
  cached(
    db,
    `INSERT INTO change_log (at, actor, area, record_id, field, old_value, new_value)
     VALUES (@at, @actor, @area, @recordId, @field, @oldValue, @newValue)`,
  ).run(change);
}

interface ChangeRow {
  id: number;
  at: string;
  actor: string;
  area: string;
  record_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
}

export function listChanges(
  db: Database,
  filter: { area?: string | undefined; recordId?: string | undefined; limit: number },
): ChangeLogEntry[] {
  const rows = db
    .prepare(
      `SELECT * FROM change_log
       WHERE (@area IS NULL OR area = @area) AND (@recordId IS NULL OR record_id = @recordId)
       ORDER BY id DESC LIMIT @limit`,
    )
    .all({ area: filter.area ?? null, recordId: filter.recordId ?? null, limit: filter.limit }) as ChangeRow[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    area: r.area,
    recordId: r.record_id,
    field: r.field,
    oldValue: r.old_value,
    newValue: r.new_value,
  }));
}

export function countChangesSince(db: Database, area: string, sinceId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM change_log WHERE area = ? AND id > ?').get(area, sinceId) as { n: number })
    .n;
}
