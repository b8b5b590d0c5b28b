import { z } from 'zod';
import { isoDate } from './soa';

/** Nonconformities and corrective action (ISO/IEC 27001:2022 clause 10.2). */

export const NC_SOURCES = ['audit', 'incident', 'review', 'complaint', 'other'] as const;
export type NonconformitySource = (typeof NC_SOURCES)[number];
export const NC_SOURCE_LABELS: Record<NonconformitySource, string> = {
  audit: 'Audit finding',
  incident: 'Security incident',
  review: 'Management review',
  complaint: 'Complaint',
  other: 'Other',
};

export const NC_STATUSES = ['open', 'action-planned', 'implemented', 'closed'] as const;
export type NonconformityStatus = (typeof NC_STATUSES)[number];
export const NC_STATUS_LABELS: Record<NonconformityStatus, string> = {
  open: 'Open',
  'action-planned': 'Action planned',
  implemented: 'Implemented',
  closed: 'Closed',
};

export const EFFECTIVENESS_RESULTS = ['effective', 'not-effective'] as const;
export type EffectivenessResult = (typeof EFFECTIVENESS_RESULTS)[number];
export const EFFECTIVENESS_RESULT_LABELS: Record<EffectivenessResult, string> = {
  effective: 'Effective',
  'not-effective': 'Not effective',
};

export const nonconformityInputSchema = z.object({
  source: z.enum(NC_SOURCES),
  /** What raised it: an audit finding, an incident or review reference, a complaint number. */
  sourceRef: z.string().max(80),
  raisedOn: isoDate,
  description: z.string().trim().min(1, 'Describe the nonconformity').max(4000),
  /** The immediate fix (10.2 a). */
  correction: z.string().max(4000),
  rootCause: z.string().max(4000),
  correctiveAction: z.string().max(4000),
  owner: z.string().max(160),
  dueDate: isoDate.nullable(),
  status: z.enum(NC_STATUSES),
  effectivenessReviewedOn: isoDate.nullable(),
  effectivenessResult: z.enum(EFFECTIVENESS_RESULTS).nullable(),
  effectivenessNote: z.string().max(4000),
});
export type NonconformityInput = z.infer<typeof nonconformityInputSchema>;

export interface Nonconformity extends NonconformityInput {
  id: number;
  /** Readable reference, e.g. NC-001. */
  ref: string;
  /** References of the audit findings linked to it, e.g. IA-2026-01-F03. */
  findingRefs: string[];
}

export const BLANK_NONCONFORMITY: Omit<NonconformityInput, 'raisedOn' | 'description'> = {
  source: 'other',
  sourceRef: '',
  correction: '',
  rootCause: '',
  correctiveAction: '',
  owner: '',
  dueDate: null,
  status: 'open',
  effectivenessReviewedOn: null,
  effectivenessResult: null,
  effectivenessNote: '',
};

/**
 * Why a nonconformity may not be closed yet, or null when it may: 10.2 asks for the effectiveness of the
 * corrective action to be reviewed, so closing needs a dated review that found it effective.
 */
export function closureProblem(nc: Pick<NonconformityInput, 'effectivenessReviewedOn' | 'effectivenessResult' | 'correctiveAction'>): string | null {
  if (nc.effectivenessReviewedOn === null || nc.effectivenessResult === null) {
    return 'Record the effectiveness review (date and result) before closing the nonconformity.';
  }
  if (nc.effectivenessResult !== 'effective') {
    return 'The corrective action was found not effective: plan a new action and review it again before closing.';
  }
  if (nc.correctiveAction.trim() === '') return 'Record the corrective action taken before closing the nonconformity.';
  return null;
}

/** A nonconformity whose corrective action is still to be done and is past its due date, as of a YYYY-MM-DD day. */
export function isNonconformityOverdue(nc: Pick<NonconformityInput, 'status' | 'dueDate'>, asOf: string): boolean {
  return (nc.status === 'open' || nc.status === 'action-planned') && nc.dueDate !== null && nc.dueDate < asOf;
}
