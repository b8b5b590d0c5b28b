import { z } from 'zod';

/** Why a control is included in the Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d). */
export const SOA_REASONS = ['risk-treatment', 'legal-regulatory', 'contractual', 'business-best-practice'] as const;
export type SoaReason = (typeof SOA_REASONS)[number];

export const SOA_REASON_LABELS: Record<SoaReason, string> = {
  'risk-treatment': 'Risk treatment',
  'legal-regulatory': 'Legal or regulatory',
  contractual: 'Contractual',
  'business-best-practice': 'Business requirement / best practice',
};

export const IMPLEMENTATION_STATUSES = ['not-started', 'planned', 'partial', 'implemented'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export const IMPLEMENTATION_STATUS_LABELS: Record<ImplementationStatus, string> = {
  'not-started': 'Not started',
  planned: 'Planned',
  partial: 'Partially implemented',
  implemented: 'Implemented',
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD');

/** One row of the Statement of Applicability: the organisation's decision on one Annex A control. */
export const soaEntrySchema = z.object({
  controlId: z.string(),
  applicable: z.boolean(),
  reasons: z.array(z.enum(SOA_REASONS)),
  exclusionJustification: z.string(),
  status: z.enum(IMPLEMENTATION_STATUSES),
  implementation: z.string(),
  owner: z.string(),
  evidence: z.array(z.string()),
  lastReviewed: isoDate.nullable(),
});
export type SoaEntry = z.infer<typeof soaEntrySchema>;

/** The fields a user may change on an SoA entry; every field optional. */
export const soaPatchSchema = soaEntrySchema.omit({ controlId: true }).partial().strict();
export type SoaPatch = z.infer<typeof soaPatchSchema>;

export { isoDate };
