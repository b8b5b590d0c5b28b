import { IMPLEMENTATION_STATUS_LABELS, SOA_REASON_LABELS } from '../../shared/domain/soa';
import { DOCUMENT_STATUS_LABELS } from '../../shared/domain/workbook';
import {
  BUYER_REGION_LABELS,
  CUSTOMER_ASK_LABELS,
  REGULATED_BUYER_LABELS,
  SCOPE_LABELS,
  STAGE_LABELS,
  URGENCY_LABELS,
} from '../../shared/domain/advisor';
import { CERTIFICATION_MILESTONE_LABELS } from '../../shared/domain/certification';
import { TSC_CATEGORY_LABELS } from '../../shared/catalog/soc2';

const FIELD_LABELS: Record<string, string> = {
  applicable: 'Applicable',
  reasons: 'Reasons for inclusion',
  exclusionJustification: 'Justification for exclusion',
  status: 'Status',
  implementation: 'How implemented',
  owner: 'Owner',
  evidence: 'Evidence',
  lastReviewed: 'Last reviewed',
  legalName: 'Legal name',
  shortName: 'Short name',
  ismsOwner: 'ISMS owner',
  classificationLabels: 'Classification labels',
  defaultClassification: 'Default classification',
  defaultApprover: 'Default approver',
  reviewCycleMonths: 'Review cycle (months)',
  documentId: 'Document ID',
  approvedOn: 'Approved on',
  approver: 'Approver',
  classification: 'Classification',
  revision: 'New version',
  // Framework advisor answers
  buyerRegions: 'Where the buyers are',
  regulatedBuyers: 'Regulated buyers',
  urgency: 'Trust signal needed',
  customerAsk: 'Customers ask for',
  stage: 'Company stage',
  // SOC 2 readiness
  categories: 'Trust Services Categories in scope',
  inPlace: 'In place beyond ISO',
  // Certification cycle
  ...CERTIFICATION_MILESTONE_LABELS,
  certificationBody: 'Certification body',
};

const VALUE_LABELS: Record<string, string> = {
  ...SOA_REASON_LABELS,
  ...IMPLEMENTATION_STATUS_LABELS,
  ...DOCUMENT_STATUS_LABELS,
  ...TSC_CATEGORY_LABELS,
  ...BUYER_REGION_LABELS,
  ...REGULATED_BUYER_LABELS,
  ...URGENCY_LABELS,
  ...SCOPE_LABELS,
  ...CUSTOMER_ASK_LABELS,
  ...STAGE_LABELS,
  true: 'Yes',
  false: 'No',
};

/** A known label, else the stored name made readable: "effectivenessResult" → "Effectiveness result". */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/[:_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Values are stored as text or JSON; show them as a person would write them. */
export function formatChangeValue(value: string | null): string {
  if (value === null || value === '') return '—';
  let shown: string;
  if (value.startsWith('[')) {
    try {
      const list = JSON.parse(value) as unknown[];
      shown = list.length === 0 ? '—' : list.map((v) => VALUE_LABELS[String(v)] ?? String(v)).join('; ');
    } catch {
      shown = value;
    }
  } else {
    shown = VALUE_LABELS[value] ?? value;
  }
  return shown.length > 90 ? `${shown.slice(0, 87)}…` : shown;
}
