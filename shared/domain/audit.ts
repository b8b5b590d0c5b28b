import { z } from 'zod';
import { isoDate } from './soa';

/** Internal audit (ISO/IEC 27001:2022 clause 9.2): the programme over the certification cycle, audits and findings. */

export const AUDIT_STATUSES = ['planned', 'in-progress', 'completed', 'cancelled'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];
export const AUDIT_STATUS_LABELS: Record<AuditStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const FINDING_TYPES = ['conformity', 'major', 'minor', 'observation', 'improvement'] as const;
export type FindingType = (typeof FINDING_TYPES)[number];
export const FINDING_TYPE_LABELS: Record<FindingType, string> = {
  conformity: 'Conformity',
  major: 'Major nonconformity',
  minor: 'Minor nonconformity',
  observation: 'Observation',
  improvement: 'Opportunity for improvement',
};
/** Short labels for chips and narrow columns. */
export const FINDING_TYPE_SHORT: Record<FindingType, string> = {
  conformity: 'Conformity',
  major: 'Major NC',
  minor: 'Minor NC',
  observation: 'Observation',
  improvement: 'Improvement',
};

/** Findings that are nonconformities and so need a nonconformity record with corrective action (10.2). */
export function isNonconformityFinding(type: FindingType): boolean {
  return type === 'major' || type === 'minor';
}

/** A management-system clause number such as "9" or "6.1.3"; whether it exists is checked against the catalogue. */
export const clauseRef = z.string().regex(/^(?:[4-9]|10)(?:\.\d{1,2}){0,2}$/, 'Use a clause number between 4 and 10, such as 9.2');
export const controlRef = z.string().regex(/^[5-8]\.\d{1,2}$/, 'Use an Annex A control number such as 5.1');
/** A person as written, "Name, Role"; blanks are dropped when the audit is saved. */
const person = z.string().max(160);

export const auditInputSchema = z.object({
  title: z.string().trim().min(1, 'The audit needs a title').max(200),
  scope: z.string().max(4000),
  criteria: z.string().max(2000),
  clauses: z.array(clauseRef).max(60),
  controls: z.array(controlRef).max(93),
  auditors: z.array(person).max(20),
  auditees: z.array(person).max(60),
  plannedStart: isoDate.nullable(),
  plannedEnd: isoDate.nullable(),
  status: z.enum(AUDIT_STATUSES),
  conclusion: z.string().max(6000),
});
export type AuditInput = z.infer<typeof auditInputSchema>;

export interface Audit extends AuditInput {
  id: number;
  /** Readable reference, e.g. IA-2026-01. */
  ref: string;
}

export const findingInputSchema = z.object({
  auditId: z.number().int().positive(),
  type: z.enum(FINDING_TYPES),
  clause: clauseRef.nullable(),
  control: controlRef.nullable(),
  description: z.string().trim().min(1, 'Describe the finding').max(4000),
  evidence: z.string().max(4000),
  /** The nonconformity that deals with this finding, if any. */
  nonconformityId: z.number().int().positive().nullable(),
});
export type FindingInput = z.infer<typeof findingInputSchema>;

export interface AuditFinding extends FindingInput {
  id: number;
  /** Readable reference: the audit's, then F and a number, e.g. IA-2026-01-F03. */
  ref: string;
}

/** The certification cycle the audit programme covers (isms_setting 'cycle.start' and 'cycle.end'). */
export const auditCycleSchema = z
  .object({ start: isoDate.nullable(), end: isoDate.nullable() })
  .strict()
  .refine((c) => c.start === null || c.end === null || c.start <= c.end, {
    message: 'The cycle must end after it starts',
    path: ['end'],
  });
export type AuditCycle = z.infer<typeof auditCycleSchema>;

export const BLANK_AUDIT: AuditInput = {
  title: '',
  scope: '',
  criteria: '',
  clauses: [],
  controls: [],
  auditors: [],
  auditees: [],
  plannedStart: null,
  plannedEnd: null,
  status: 'planned',
  conclusion: '',
};

/** What an audit is usually judged against; the editor offers it for a new audit. */
export const DEFAULT_AUDIT_CRITERIA =
  'ISO/IEC 27001:2022 clauses 4 to 10 and the applicable Annex A controls; the Statement of Applicability; the organisation’s information security policies and procedures; legal, regulatory and contractual requirements in scope.';
