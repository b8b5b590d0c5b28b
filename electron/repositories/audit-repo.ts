import { readSetting, writeSetting } from './setting-repo';
import type { Database } from 'better-sqlite3';
import type { Audit, AuditCycle, AuditFinding, AuditInput, FindingInput } from '../../shared/domain/audit';
import { cached } from './statement-cache';

interface AuditRow {
  id: number;
  ref: string;
  title: string;
  scope: string;
  criteria: string;
  clauses: string;
  controls: string;
  auditors: string;
  auditees: string;
  planned_start: string | null;
  planned_end: string | null;
  status: Audit['status'];
  conclusion: string;
}

interface FindingRow {
  id: number;
  audit_id: number;
  ref: string;
  type: AuditFinding['type'];
  clause: string | null;
  control: string | null;
  description: string;
  evidence: string;
  nonconformity_id: number | null;
}

const list = (json: string): string[] => JSON.parse(json) as string[];

function toAudit(row: AuditRow): Audit {
  return {
    id: row.id,
    ref: row.ref,
    title: row.title,
    scope: row.scope,
    criteria: row.criteria,
    clauses: list(row.clauses),
    controls: list(row.controls),
    auditors: list(row.auditors),
    auditees: list(row.auditees),
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    status: row.status,
    conclusion: row.conclusion,
  };
}

function toFinding(row: FindingRow): AuditFinding {
  return {
    id: row.id,
    auditId: row.audit_id,
    ref: row.ref,
    type: row.type,
    clause: row.clause,
    control: row.control,
    description: row.description,
    evidence: row.evidence,
    nonconformityId: row.nonconformity_id,
  };
}

function auditParams(audit: AuditInput) {
  return {
    title: audit.title,
    scope: audit.scope,
    criteria: audit.criteria,
    clauses: JSON.stringify(audit.clauses),
    controls: JSON.stringify(audit.controls),
    auditors: JSON.stringify(audit.auditors),
    auditees: JSON.stringify(audit.auditees),
    plannedStart: audit.plannedStart,
    plannedEnd: audit.plannedEnd,
    status: audit.status,
    conclusion: audit.conclusion,
  };
}

/** Audits in programme order: by planned start (undated last), then reference. */
export function listAudits(db: Database): Audit[] {
  return (db.prepare('SELECT * FROM audit ORDER BY planned_start IS NULL, planned_start, ref').all() as AuditRow[]).map(toAudit);
}

export function getAudit(db: Database, id: number): Audit | null {
  const row = db.prepare('SELECT * FROM audit WHERE id = ?').get(id) as AuditRow | undefined;
  return row ? toAudit(row) : null;
}

export function getAuditByRef(db: Database, ref: string): Audit | null {
  const row = db.prepare('SELECT * FROM audit WHERE ref = ?').get(ref) as AuditRow | undefined;
  return row ? toAudit(row) : null;
}

/** The next audit reference for a year: IA-2027-01, IA-2027-02… */
export function nextAuditRef(db: Database, year: number): string {
  const prefix = `IA-${year}-`;
  const row = db
    .prepare('SELECT max(CAST(substr(ref, ?) AS INTEGER)) AS n FROM audit WHERE ref LIKE ?')
    .get(prefix.length + 1, `${prefix}%`) as { n: number | null };
  return `${prefix}${String((row.n ?? 0) + 1).padStart(2, '0')}`;
}

export function insertAudit(db: Database, ref: string, audit: AuditInput): number {
  return Number(
    cached(
      db,
      `INSERT INTO audit (ref, title, scope, criteria, clauses, controls, auditors, auditees, planned_start, planned_end, status, conclusion)
       VALUES (@ref, @title, @scope, @criteria, @clauses, @controls, @auditors, @auditees, @plannedStart, @plannedEnd, @status, @conclusion)`,
    ).run({ ...auditParams(audit), ref }).lastInsertRowid,
  );
}

export function updateAuditRow(db: Database, id: number, audit: AuditInput): void {
  db.prepare(
    `UPDATE audit SET title = @title, scope = @scope, criteria = @criteria, clauses = @clauses, controls = @controls,
       auditors = @auditors, auditees = @auditees, planned_start = @plannedStart, planned_end = @plannedEnd,
       status = @status, conclusion = @conclusion
     WHERE id = @id`,
  ).run({ ...auditParams(audit), id });
}

export function deleteAuditRow(db: Database, id: number): void {
  db.prepare('DELETE FROM audit WHERE id = ?').run(id);
}

/** Findings of every audit, or of one, in reference order. */
export function listFindings(db: Database, auditId?: number): AuditFinding[] {
  const rows =
    auditId === undefined
      ? (db.prepare('SELECT * FROM audit_finding ORDER BY audit_id, id').all() as FindingRow[])
      : (db.prepare('SELECT * FROM audit_finding WHERE audit_id = ? ORDER BY id').all(auditId) as FindingRow[]);
  return rows.map(toFinding);
}

export function getFinding(db: Database, id: number): AuditFinding | null {
  const row = db.prepare('SELECT * FROM audit_finding WHERE id = ?').get(id) as FindingRow | undefined;
  return row ? toFinding(row) : null;
}

/** The next finding reference of an audit: IA-2026-01-F01, -F02… (two digits, more when needed). */
export function nextFindingRef(db: Database, audit: Pick<Audit, 'id' | 'ref'>): string {
  const prefix = `${audit.ref}-F`;
  const row = db
    .prepare('SELECT max(CAST(substr(ref, ?) AS INTEGER)) AS n FROM audit_finding WHERE ref LIKE ?')
    .get(prefix.length + 1, `${prefix}%`) as { n: number | null };
  return `${prefix}${String((row.n ?? 0) + 1).padStart(2, '0')}`;
}

export function insertFinding(db: Database, ref: string, finding: FindingInput): number {
  return Number(
    cached(
      db,
      `INSERT INTO audit_finding (audit_id, ref, type, clause, control, description, evidence, nonconformity_id)
       VALUES (@auditId, @ref, @type, @clause, @control, @description, @evidence, @nonconformityId)`,
    ).run({ ...finding, ref }).lastInsertRowid,
  );
}

export function updateFindingRow(db: Database, id: number, finding: FindingInput): void {
  db.prepare(
    `UPDATE audit_finding SET audit_id = @auditId, type = @type, clause = @clause, control = @control,
       description = @description, evidence = @evidence, nonconformity_id = @nonconformityId
     WHERE id = @id`,
  ).run({ ...finding, id });
}

export function deleteFindingRow(db: Database, id: number): void {
  db.prepare('DELETE FROM audit_finding WHERE id = ?').run(id);
}

const CYCLE_START = 'cycle.start';
const CYCLE_END = 'cycle.end';

/** The certification cycle (isms_setting 'cycle.start' and 'cycle.end', YYYY-MM-DD); unset parts are null. */
export function readCycle(db: Database): AuditCycle {
  return { start: readSetting(db, CYCLE_START), end: readSetting(db, CYCLE_END) };
}

export function saveCycle(db: Database, cycle: AuditCycle): void {
  writeSetting(db, CYCLE_START, cycle.start);
  writeSetting(db, CYCLE_END, cycle.end);
}

/** Who holds which ISMS role (5.3), for the auditor-independence check. */
export function listRoleHolders(db: Database): { title: string; holder: string }[] {
  return db.prepare('SELECT title, holder FROM isms_role ORDER BY position, id').all() as { title: string; holder: string }[];
}
