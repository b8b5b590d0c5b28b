import { CLAUSES, clauseById } from '../../shared/catalog/clauses';
import {
  auditCycleSchema,
  auditInputSchema,
  findingInputSchema,
  isNonconformityFinding,
  type Audit,
  type AuditCycle,
  type AuditFinding,
  type AuditInput,
  type FindingInput,
} from '../../shared/domain/audit';
import type { AuditOverview } from '../../shared/ipc/contract-audit';
import { AppError } from '../../shared/ipc/result';
import { auditCoverage } from '../../shared/rules/audit-coverage';
import { independenceWarnings, type IndependenceContext } from '../../shared/rules/auditor-independence';
import { compareControlIds, isAnnexAControlId } from '../../shared/rules/control-id';
import {
  deleteAuditRow,
  deleteFindingRow,
  getAudit,
  getFinding,
  insertAudit,
  insertFinding,
  listAudits,
  listFindings,
  listRoleHolders,
  nextAuditRef,
  nextFindingRef,
  readCycle,
  saveCycle,
  updateAuditRow,
  updateFindingRow,
} from '../repositories/audit-repo';
import { getNonconformity } from '../repositories/nonconformity-repo';
import { getOrganisation } from '../repositories/organisation-repo';
import { listSoaEntries } from '../repositories/soa-repo';
import { logChanges, logEvent } from './change-log';
import { inTransaction, today, type WorkbookContext } from './workbook-context';

const AUDIT_FIELDS = Object.keys(auditInputSchema.shape) as (keyof AuditInput)[];
const FINDING_FIELDS = Object.keys(findingInputSchema.shape) as (keyof FindingInput)[];
const CLAUSE_ORDER = new Map(CLAUSES.map((clause, index) => [clause.id, index]));

function invalid(message: string, issues?: unknown): never {
  throw new AppError('INVALID_INPUT', message, issues === undefined ? undefined : { issues });
}

const unique = (values: readonly string[]) => [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];

export function readAuditCycle(ctx: WorkbookContext): AuditCycle {
  return readCycle(ctx.db);
}

/** The people context of the independence check: SoA owners, ISMS role holders and the ISMS owner. */
export function independenceContext(ctx: WorkbookContext): IndependenceContext {
  return {
    controlOwners: new Map(listSoaEntries(ctx.db).map((entry) => [entry.controlId, entry.owner])),
    roles: listRoleHolders(ctx.db),
    ismsOwner: getOrganisation(ctx.db)?.ismsOwner ?? '',
  };
}

export function readAuditOverview(ctx: WorkbookContext): AuditOverview {
  const cycle = readCycle(ctx.db);
  const audits = listAudits(ctx.db);
  const findings = listFindings(ctx.db);
  const applicable = listSoaEntries(ctx.db).filter((e) => e.applicable).map((e) => e.controlId);
  const people = independenceContext(ctx);
  return {
    cycle,
    audits,
    findings,
    coverage: auditCoverage(audits, applicable, cycle),
    independence: audits.filter((a) => a.status !== 'cancelled').flatMap((a) => independenceWarnings(a, people)),
    unlinkedFindings: findings.filter((f) => isNonconformityFinding(f.type) && f.nonconformityId === null).map((f) => f.ref),
  };
}

export function setAuditCycle(ctx: WorkbookContext, input: AuditCycle): AuditCycle {
  return inTransaction(ctx, () => {
    const parsed = auditCycleSchema.safeParse(input);
    if (!parsed.success) invalid(parsed.error.issues[0]?.message ?? 'Invalid cycle', parsed.error.issues);
    const before = readCycle(ctx.db);
    saveCycle(ctx.db, parsed.data);
    logChanges(ctx, 'audit-programme', 'cycle', before, parsed.data, ['start', 'end']);
    return readCycle(ctx.db);
  });
}

function validateAudit(input: unknown): AuditInput {
  const parsed = auditInputSchema.safeParse(input);
  if (!parsed.success) invalid(parsed.error.issues[0]?.message ?? 'Invalid audit', parsed.error.issues);
  const audit = parsed.data;
  const unknownClause = audit.clauses.find((id) => !clauseById(id));
  if (unknownClause) invalid(`Clause ${unknownClause} is not a clause of ISO/IEC 27001:2022.`);
  const unknownControl = audit.controls.find((id) => !isAnnexAControlId(id));
  if (unknownControl) invalid(`${unknownControl} is not an Annex A control.`);
  if (audit.plannedStart && audit.plannedEnd && audit.plannedEnd < audit.plannedStart) {
    invalid('The audit cannot end before it starts.');
  }
  if (audit.status === 'completed' && (audit.plannedStart === null || audit.auditors.length === 0)) {
    invalid('A completed audit needs its dates and at least one auditor.');
  }
  return {
    ...audit,
    clauses: unique(audit.clauses).sort((a, b) => (CLAUSE_ORDER.get(a) ?? 0) - (CLAUSE_ORDER.get(b) ?? 0)),
    controls: unique(audit.controls).sort(compareControlIds),
    auditors: unique(audit.auditors),
    auditees: unique(audit.auditees),
  };
}

function requireAudit(ctx: WorkbookContext, id: number): Audit {
  const audit = getAudit(ctx.db, id);
  if (!audit) throw new AppError('NOT_FOUND', 'That audit no longer exists.');
  return audit;
}

/** Adds audits inside the caller's transaction; the reference takes the year the audit starts (or this year). */
export function insertAudits(ctx: WorkbookContext, inputs: AuditInput[]): Audit[] {
  return inputs.map((input) => {
    const audit = validateAudit(input);
    const year = Number((audit.plannedStart ?? audit.plannedEnd ?? today(ctx)).slice(0, 4));
    const ref = nextAuditRef(ctx.db, year);
    const id = insertAudit(ctx.db, ref, audit);
    logEvent(ctx, 'audit', ref, 'created', audit.title);
    return requireAudit(ctx, id);
  });
}

export function createAudit(ctx: WorkbookContext, input: AuditInput): Audit {
  return inTransaction(ctx, () => insertAudits(ctx, [input])[0]!);
}

export function updateAudit(ctx: WorkbookContext, id: number, patch: Partial<AuditInput>): Audit {
  return inTransaction(ctx, () => {
    const { id: _id, ref: _ref, ...before } = requireAudit(ctx, id);
    const after = validateAudit({ ...before, ...patch });
    updateAuditRow(ctx.db, id, after);
    logChanges(ctx, 'audit', _ref, before, after, AUDIT_FIELDS);
    return requireAudit(ctx, id);
  });
}

/** Deletes an audit and its findings; nonconformities raised from them stay in the register. */
export function deleteAudit(ctx: WorkbookContext, id: number): void {
  inTransaction(ctx, () => {
    const audit = requireAudit(ctx, id);
    const findings = listFindings(ctx.db, id);
    deleteAuditRow(ctx.db, id);
    logEvent(ctx, 'audit', audit.ref, 'deleted', JSON.stringify({ ...audit, findings: findings.map((f) => f.ref) }));
  });
}

function validateFinding(ctx: WorkbookContext, input: unknown): FindingInput {
  const parsed = findingInputSchema.safeParse(input);
  if (!parsed.success) invalid(parsed.error.issues[0]?.message ?? 'Invalid finding', parsed.error.issues);
  const finding = parsed.data;
  requireAudit(ctx, finding.auditId);
  if (finding.clause === null && finding.control === null) invalid('Tie the finding to a clause, an Annex A control, or both.');
  if (finding.clause !== null && !clauseById(finding.clause)) invalid(`Clause ${finding.clause} is not a clause of ISO/IEC 27001:2022.`);
  if (finding.control !== null && !isAnnexAControlId(finding.control)) invalid(`${finding.control} is not an Annex A control.`);
  if (finding.nonconformityId !== null && !getNonconformity(ctx.db, finding.nonconformityId)) {
    invalid('The linked nonconformity does not exist.');
  }
  return { ...finding, evidence: finding.evidence.trim() };
}

export function requireFinding(ctx: WorkbookContext, id: number): AuditFinding {
  const finding = getFinding(ctx.db, id);
  if (!finding) throw new AppError('NOT_FOUND', 'That finding no longer exists.');
  return finding;
}

/** Adds findings inside the caller's transaction, each numbered within its audit. */
export function insertFindings(ctx: WorkbookContext, inputs: FindingInput[]): AuditFinding[] {
  return inputs.map((input) => {
    const finding = validateFinding(ctx, input);
    const ref = nextFindingRef(ctx.db, requireAudit(ctx, finding.auditId));
    const id = insertFinding(ctx.db, ref, finding);
    logEvent(ctx, 'audit-finding', ref, 'created', finding.description);
    return requireFinding(ctx, id);
  });
}

export function createFinding(ctx: WorkbookContext, input: FindingInput): AuditFinding {
  return inTransaction(ctx, () => insertFindings(ctx, [input])[0]!);
}

export function updateFinding(ctx: WorkbookContext, id: number, patch: Partial<Omit<FindingInput, 'auditId'>>): AuditFinding {
  return inTransaction(ctx, () => {
    const { id: _id, ref, ...before } = requireFinding(ctx, id);
    const after = validateFinding(ctx, { ...before, ...patch, auditId: before.auditId });
    updateFindingRow(ctx.db, id, after);
    logChanges(ctx, 'audit-finding', ref, before, after, FINDING_FIELDS);
    return requireFinding(ctx, id);
  });
}

export function deleteFinding(ctx: WorkbookContext, id: number): void {
  inTransaction(ctx, () => {
    const finding = requireFinding(ctx, id);
    deleteFindingRow(ctx.db, id);
    logEvent(ctx, 'audit-finding', finding.ref, 'deleted', JSON.stringify(finding));
  });
}
