import type { Database } from 'better-sqlite3';

/** The next readable reference in a table (R-001, AS-014…): one past the highest number in use. */
/** Tables whose records carry a readable reference numbered within a prefix. */
export type ReferencedTable = 'risk' | 'asset' | 'treatment_action' | 'context_issue' | 'interested_party' | 'objective' | 'nonconformity';

export function nextRef(db: Database, table: ReferencedTable, prefix: string): string {
  const row = db
    .prepare(`SELECT max(CAST(substr(ref, ?) AS INTEGER)) AS n FROM ${table} WHERE ref LIKE ?`)
    .get(prefix.length + 2, `${prefix}-%`) as { n: number | null };
  return formatRef(prefix, (row.n ?? 0) + 1);
}

export function formatRef(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(3, '0')}`;
}
