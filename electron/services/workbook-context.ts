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

/** The user's calendar day (local time), as YYYY-MM-DD: an approval at 00:30 belongs to today, not to yesterday in UTC. */
export function today(ctx: WorkbookContext): string {
  const now = ctx.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
