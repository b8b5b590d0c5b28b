import { z } from 'zod';
import { certificationPlanSchema, type CertificationPlan } from '../domain/certification';
import type { RecordLink } from '../domain/record-link';
import { channel, none } from './channel';

/** The kinds of record the dashboard lists as overdue, in the order the ISMS usually meets them. */
export const OVERDUE_KINDS = [
  'treatment-action',
  'nonconformity',
  'document-review',
  'risk-review',
  'objective',
  'management-review',
  'internal-audit',
] as const;
export type OverdueKind = (typeof OVERDUE_KINDS)[number];

/** What is late, in the words of the list ("Treatment action", "Risk review"). */
export const OVERDUE_KIND_LABELS: Record<OverdueKind, string> = {
  'treatment-action': 'Treatment action',
  nonconformity: 'Nonconformity',
  'document-review': 'Document review',
  'risk-review': 'Risk review',
  objective: 'Objective',
  'management-review': 'Management review',
  'internal-audit': 'Internal audit',
};

/** One thing past its date, with the link that opens it. */
export interface OverdueItem {
  kind: OverdueKind;
  /** The record's readable reference ("A-041", "POL-003"); null for a management review never held. */
  ref: string | null;
  title: string;
  /** The day it fell due (YYYY-MM-DD); null when there is no date to count from (no management review ever held). */
  dueOn: string | null;
  /** Whole days past `dueOn` on the day of the report; null with `dueOn`. */
  daysOverdue: number | null;
  owner: string;
  link: RecordLink;
}

export interface OverdueReport {
  /** The local day the report was made for. */
  asOf: string;
  /** Every overdue item, including those beyond the limit. */
  total: number;
  byKind: Record<OverdueKind, number>;
  /** The most overdue first (a review never held leads), at most `limit` of them. */
  items: OverdueItem[];
}

/** The dashboard: what is overdue, and the certification cycle's dates. */
export const dashboardContract = {
  'dashboard:overdue': channel<OverdueReport>()(
    z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
  ),
  'certification:get': channel<CertificationPlan>()(none),
  'certification:update': channel<CertificationPlan>()(z.object({ plan: certificationPlanSchema }).strict()),
} as const;
