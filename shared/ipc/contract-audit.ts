import { z } from 'zod';
import { auditCycleSchema, auditInputSchema, findingInputSchema, type Audit, type AuditCycle, type AuditFinding } from '../domain/audit';
import { nonconformityInputSchema, type Nonconformity } from '../domain/nonconformity';
import type { AuditCoverage } from '../rules/audit-coverage';
import type { IndependenceWarning } from '../rules/auditor-independence';
import { channel, none, recordId } from './channel';

/** The audit programme as the Internal audit screen shows it: cycle, audits, findings and what they add up to. */
export interface AuditOverview {
  cycle: AuditCycle;
  audits: Audit[];
  findings: AuditFinding[];
  coverage: AuditCoverage;
  /** Auditors who would audit their own work, over all audits that are not cancelled. */
  independence: IndependenceWarning[];
  /** References of major and minor nonconformity findings with no nonconformity record linked. */
  unlinkedFindings: string[];
}

export interface RaisedNonconformity {
  finding: AuditFinding;
  nonconformity: Nonconformity;
}

/** Findings are created in an audit and stay in it: the reference names the audit. */
const findingPatch = findingInputSchema.omit({ auditId: true }).partial().strict();

/** Internal audit (9.2) and nonconformities with corrective action (10.2). */
export const auditContract = {
  'audit:overview': channel<AuditOverview>()(none),
  'audit:setCycle': channel<AuditCycle>()(z.object({ cycle: auditCycleSchema }).strict()),
  'audit:create': channel<Audit>()(z.object({ audit: auditInputSchema }).strict()),
  'audit:update': channel<Audit>()(z.object({ id: recordId, patch: auditInputSchema.partial().strict() }).strict()),
  'audit:delete': channel<null>()(z.object({ id: recordId }).strict()),

  'finding:create': channel<AuditFinding>()(z.object({ finding: findingInputSchema }).strict()),
  'finding:update': channel<AuditFinding>()(z.object({ id: recordId, patch: findingPatch }).strict()),
  'finding:delete': channel<null>()(z.object({ id: recordId }).strict()),
  'finding:raiseNonconformity': channel<RaisedNonconformity>()(z.object({ id: recordId }).strict()),

  'nonconformity:list': channel<Nonconformity[]>()(none),
  'nonconformity:create': channel<Nonconformity>()(z.object({ nonconformity: nonconformityInputSchema }).strict()),
  'nonconformity:update': channel<Nonconformity>()(
    z.object({ id: recordId, patch: nonconformityInputSchema.partial().strict() }).strict(),
  ),
  'nonconformity:delete': channel<null>()(z.object({ id: recordId }).strict()),
} as const;
