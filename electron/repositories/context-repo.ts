import type { Database } from 'better-sqlite3';
import type { ContextIssue, ContextIssueInput } from '../../shared/domain/context';

interface IssueRow {
  id: number;
  ref: string;
  kind: ContextIssue['kind'];
  category: ContextIssue['category'];
  title: string;
  description: string;
  effect: string;
}

/** The next readable reference in one of this area's tables (CI-001, IP-001): one past the highest in use. */
function riskIdsByIssue(db: Database): Map<number, number[]> {
  const map = new Map<number, number[]>();
  const rows = db.prepare('SELECT issue_id, risk_id FROM context_issue_risk ORDER BY issue_id, risk_id').raw().all() as [number, number][];
  for (const [issueId, riskId] of rows) {
    const list = map.get(issueId);
    if (list) list.push(riskId);
    else map.set(issueId, [riskId]);
  }
  return map;
}

const toIssue = (row: IssueRow, riskIds: number[]): ContextIssue => ({ ...row, riskIds });

/** Internal issues first, then external, each in reference order. */
export function listContextIssues(db: Database): ContextIssue[] {
  const links = riskIdsByIssue(db);
  return (db.prepare("SELECT * FROM context_issue ORDER BY kind = 'external', id").all() as IssueRow[]).map((row) =>
    toIssue(row, links.get(row.id) ?? []),
  );
}

export function getContextIssue(db: Database, id: number): ContextIssue | null {
  const row = db.prepare('SELECT * FROM context_issue WHERE id = ?').get(id) as IssueRow | undefined;
  if (!row) return null;
  const riskIds = db.prepare('SELECT risk_id FROM context_issue_risk WHERE issue_id = ? ORDER BY risk_id').pluck().all(id) as number[];
  return toIssue(row, riskIds);
}

export function insertContextIssue(db: Database, ref: string, issue: ContextIssueInput): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO context_issue (ref, kind, category, title, description, effect)
         VALUES (@ref, @kind, @category, @title, @description, @effect)`,
      )
      .run({ ref, kind: issue.kind, category: issue.category, title: issue.title, description: issue.description, effect: issue.effect })
      .lastInsertRowid,
  );
  setIssueRisks(db, id, issue.riskIds);
  return id;
}

export function updateContextIssueRow(db: Database, id: number, issue: ContextIssueInput): void {
  db.prepare(
    `UPDATE context_issue SET kind = @kind, category = @category, title = @title, description = @description, effect = @effect
     WHERE id = @id`,
  ).run({ id, kind: issue.kind, category: issue.category, title: issue.title, description: issue.description, effect: issue.effect });
  setIssueRisks(db, id, issue.riskIds);
}

export function setIssueRisks(db: Database, issueId: number, riskIds: readonly number[]): void {
  db.prepare('DELETE FROM context_issue_risk WHERE issue_id = ?').run(issueId);
  const insert = db.prepare('INSERT OR IGNORE INTO context_issue_risk (issue_id, risk_id) VALUES (?, ?)');
  for (const riskId of riskIds) insert.run(issueId, riskId);
}

export function deleteContextIssueRow(db: Database, id: number): void {
  db.prepare('DELETE FROM context_issue WHERE id = ?').run(id);
}

export function existingRiskIds(db: Database, ids: readonly number[]): Set<number> {
  if (ids.length === 0) return new Set();
  const found = db.prepare(`SELECT id FROM risk WHERE id IN (${ids.map(() => '?').join(',')})`).pluck().all(...ids) as number[];
  return new Set(found);
}
