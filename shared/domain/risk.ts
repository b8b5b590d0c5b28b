import { z } from 'zod';
import { isoDate } from './soa';

export const ASSET_TYPES = ['information', 'software', 'hardware', 'service', 'people', 'site', 'supplier'] as const;
export type AssetType = (typeof ASSET_TYPES)[number];
export const ASSET_TYPE_LABELS: Record<AssetType, string> = {
  information: 'Information',
  software: 'Software',
  hardware: 'Hardware',
  service: 'Service',
  people: 'People',
  site: 'Site',
  supplier: 'Supplier',
};

/** Value of an asset for confidentiality, integrity and availability: 1 low, 2 medium, 3 high. */
export const CIA_VALUES = [1, 2, 3] as const;
export const CIA_LABELS: Record<number, string> = { 1: 'Low', 2: 'Medium', 3: 'High' };

export const assetInputSchema = z.object({
  name: z.string().trim().min(1, 'The asset needs a name').max(200),
  type: z.enum(ASSET_TYPES),
  owner: z.string().max(120),
  classification: z.string().max(40),
  confidentiality: z.number().int().min(1).max(3),
  integrity: z.number().int().min(1).max(3),
  availability: z.number().int().min(1).max(3),
  location: z.string().max(200),
  description: z.string().max(2000),
});
export type AssetInput = z.infer<typeof assetInputSchema>;

export interface Asset extends AssetInput {
  id: number;
  /** Readable reference, e.g. AS-007. */
  ref: string;
  /** Ids of the risks that concern this asset. */
  riskIds: number[];
}

export const TREATMENT_OPTIONS = ['modify', 'retain', 'avoid', 'share'] as const;
export type TreatmentOption = (typeof TREATMENT_OPTIONS)[number];
export const TREATMENT_OPTION_LABELS: Record<TreatmentOption, string> = {
  modify: 'Modify (reduce)',
  retain: 'Retain (accept)',
  avoid: 'Avoid',
  share: 'Share (transfer)',
};

export const RISK_STATUSES = ['identified', 'assessed', 'treatment-planned', 'treated', 'accepted', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];
export const RISK_STATUS_LABELS: Record<RiskStatus, string> = {
  identified: 'Identified',
  assessed: 'Assessed',
  'treatment-planned': 'Treatment planned',
  treated: 'Treated',
  accepted: 'Accepted',
  closed: 'Closed',
};

const score = z.number().int().min(1).max(7).nullable();

export const riskInputSchema = z.object({
  title: z.string().trim().min(1, 'The risk needs a title').max(200),
  description: z.string().max(4000),
  assetIds: z.array(z.number().int().positive()).max(200),
  threat: z.string().max(1000),
  vulnerability: z.string().max(1000),
  owner: z.string().max(120),
  existingControls: z.string().max(2000),
  inherentLikelihood: score,
  inherentImpact: score,
  treatment: z.enum(TREATMENT_OPTIONS).nullable(),
  /** Annex A controls chosen to treat the risk, e.g. "8.7". */
  controlIds: z.array(z.string().regex(/^[5-8]\.\d{1,2}$/)).max(93),
  residualLikelihood: score,
  residualImpact: score,
  acceptedBy: z.string().max(120),
  acceptedOn: isoDate.nullable(),
  acceptanceRationale: z.string().max(2000),
  status: z.enum(RISK_STATUSES),
  nextReview: isoDate.nullable(),
});
export type RiskInput = z.infer<typeof riskInputSchema>;

export interface Risk extends RiskInput {
  id: number;
  /** Readable reference, e.g. R-012. */
  ref: string;
  /** Band ids the method gives for the inherent and residual scores (null until both are scored). */
  inherentLevel: string | null;
  residualLevel: string | null;
}

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const treatmentActionInputSchema = z.object({
  riskId: z.number().int().positive(),
  title: z.string().trim().min(1, 'The action needs a title').max(300),
  controlId: z.string().regex(/^[5-8]\.\d{1,2}$/).nullable(),
  owner: z.string().max(120),
  resources: z.string().max(1000),
  dueDate: isoDate.nullable(),
  status: z.enum(ACTION_STATUSES),
  completionEvidence: z.string().max(2000),
  completedOn: isoDate.nullable(),
});
export type TreatmentActionInput = z.infer<typeof treatmentActionInputSchema>;

export interface TreatmentAction extends TreatmentActionInput {
  id: number;
  /** Readable reference, e.g. A-004. */
  ref: string;
}
