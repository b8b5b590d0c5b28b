import type { Database } from 'better-sqlite3';

/** What every service needs: the open workbook, who is making the change, and the clock. */
export interface WorkbookContext {
  db: Database;
  actor: string;
  now: () => Date;
}

/** Runs a use-case in one transaction; better-sqlite3 transactions are synchronous, so is the body. */
export function inTransaction<T>(ctx: WorkbookContext, body: () => T): T {
  return ctx.db.transaction(body).immediate();
}

export function today(ctx: WorkbookContext): string {
  return ctx.now().toISOString().slice(0, 10);
}
