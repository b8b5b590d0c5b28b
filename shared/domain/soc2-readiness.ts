import { z } from 'zod';
import type { TrustServicesCategory } from '../catalog/types';
import type { ImplementationStatus } from './soa';

/** Security (the common criteria) is always in scope of a SOC 2 report; these may be added. */
export const OPTIONAL_TSC_CATEGORIES = ['availability', 'confidentiality', 'processing-integrity', 'privacy'] as const;
export type OptionalTscCategory = (typeof OPTIONAL_TSC_CATEGORIES)[number];

export const soc2ScopeSchema = z
  .object({ categories: z.array(z.enum(OPTIONAL_TSC_CATEGORIES)).max(OPTIONAL_TSC_CATEGORIES.length) })
  .strict();
export type Soc2Scope = z.infer<typeof soc2ScopeSchema>;

/** The user's statement that what SOC 2 expects beyond the mapped ISO controls is in place for one criterion. */
export const soc2ExpectationInputSchema = z
  .object({ criterionId: z.string().trim().regex(/^(CC|A|C|PI|P)\d\.\d{1,2}$/, 'Use a SOC 2 criterion id such as CC1.2'), inPlace: z.boolean() })
  .strict();
export type Soc2ExpectationInput = z.infer<typeof soc2ExpectationInputSchema>;

export type CriterionReadinessStatus = 'ready' | 'partial' | 'gap';

/** What SOC 2 expects for a criterion beyond its mapped Annex A controls, and whether the user says it is in place. */
export interface BeyondIsoExpectation {
  text: string;
  /** "little": the mapped controls only support a SOC 2-specific practice, so the expectation weighs as much as all of them. */
  isoCovers: 'most' | 'little';
  inPlace: boolean;
}

/** One Annex A control mapped to a criterion, with its SoA decision. */
export interface MappedControlStatus {
  controlId: string;
  title: string;
  applicable: boolean;
  status: ImplementationStatus;
  /** The control's contribution, 0–1 (implemented 1, partial 0.5, planned 0.25, otherwise 0). */
  credit: number;
  /** The crosswalk's one-line rationale for the link. */
  rationale: string;
  /** What to do about the control to give it full credit (decide, implement, finish, reconsider); null when none is needed. */
  action: string | null;
}

export interface Soc2CriterionReadiness {
  id: string;
  title: string;
  category: TrustServicesCategory;
  series: string;
  /** 0–100 */
  readiness: number;
  status: CriterionReadinessStatus;
  controls: MappedControlStatus[];
  /** What to add or finish to close the gap, in plain words; empty when ready. */
  gaps: string[];
  /** Null where the mapped controls cover the criterion in substance. */
  beyondIso: BeyondIsoExpectation | null;
}

/** One Annex A control seen from the SOC 2 side: its SoA decision and the criteria in scope it serves. */
export interface Soc2ControlView extends Omit<MappedControlStatus, 'rationale'> {
  criteria: { id: string; title: string; category: TrustServicesCategory; status: CriterionReadinessStatus; rationale: string }[];
}

export interface Soc2CategoryReadiness {
  category: TrustServicesCategory;
  label: string;
  /** 0–100 */
  readiness: number;
  criteria: number;
  ready: number;
}

export interface Soc2Readiness {
  /** Always starts with "security". */
  categories: TrustServicesCategory[];
  /** 0–100 over the criteria in scope. */
  overall: number;
  byCategory: Soc2CategoryReadiness[];
  /** The criteria in scope, in catalogue order. */
  criteria: Soc2CriterionReadiness[];
}
