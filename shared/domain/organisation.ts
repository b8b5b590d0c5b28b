import { z } from 'zod';

export const ORGANISATION_SIZES = ['1-10', '11-50', '51-200', '201-500', '501-1000', '1000+'] as const;

export const organisationSchema = z.object({
  legalName: z.string().trim().min(1, 'The legal name is required').max(200),
  shortName: z.string().trim().max(80),
  address: z.string().max(500),
  industry: z.string().max(120),
  size: z.enum(ORGANISATION_SIZES).nullable(),
  ismsOwner: z.string().max(120),
  /** Document classification labels, most open first, e.g. Public, Internal, Confidential, Restricted. */
  classificationLabels: z.array(z.string().trim().min(1).max(40)).min(1).max(8),
  /** Label printed on exported documents by default. */
  defaultClassification: z.string().max(40),
  defaultApprover: z.string().max(120),
  /** Months between document reviews. */
  reviewCycleMonths: z.number().int().min(1).max(60),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationPatchSchema = organisationSchema.partial().strict();
export type OrganisationPatch = z.infer<typeof organisationPatchSchema>;

export const DEFAULT_CLASSIFICATION_LABELS = ['Public', 'Internal', 'Confidential', 'Restricted'];
