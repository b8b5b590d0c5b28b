import { insertChange } from '../repositories/change-log-repo';
import type { WorkbookContext } from './workbook-context';

function serialise(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * Logs every field that differs between two versions of a record. Call inside the write's transaction,
 * so the record and its history change together or not at all.
 */
export function logChanges<T extends object>(
  ctx: WorkbookContext,
  area: string,
  recordId: string,
  before: T | null,
  after: T,
  fields: readonly (keyof T & string)[],
): number {
  const at = ctx.now().toISOString();
  let changed = 0;
  for (const field of fields) {
    const oldValue = before === null ? null : serialise(before[field]);
    const newValue = serialise(after[field]);
    if (oldValue === newValue) continue;
    insertChange(ctx.db, { at, actor: ctx.actor, area, recordId, field, oldValue, newValue });
    changed += 1;
  }
  return changed;
}

export function logEvent(ctx: WorkbookContext, area: string, recordId: string, field: string, newValue: string): void {
  insertChange(ctx.db, {
    at: ctx.now().toISOString(),
    actor: ctx.actor,
    area,
    recordId,
    field,
    oldValue: null,
    newValue,
  });
}
