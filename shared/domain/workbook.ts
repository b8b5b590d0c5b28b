import { z } from 'zod';
import { isoDate } from './soa';

/** What the window title and the status bar show about the open workbook. */
export interface WorkbookInfo {
  path: string;
  fileName: string;
  organisationName: string;
  schemaVersion: number;
}

export interface WorkbookCounts {
  organisation: string;
  schemaVersion: number;
  counts: Record<string, number>;
}

export interface RecentWorkbook {
  path: string;
  organisationName: string;
  openedAt: string;
}

/** Areas of the workbook; a write announces the areas it changed so each store refetches only its own. */
export const WORKBOOK_AREAS = [
  'workbook',
  'organisation',
  'soa',
  'document-control',
  'change-log',
  'risk-method',
  'assets',
  'risks',
  'treatment-plan',
  'context',
  'scope',
  'objectives',
  'competence',
  'documents',
  'audits',
  'nonconformities',
  'management-reviews',
  'soc2-scope',
  'advisor',
  'certification',
] as const;
export type WorkbookArea = (typeof WORKBOOK_AREAS)[number];

export const DOCUMENT_STATUSES = ['draft', 'in-review', 'approved', 'retired'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  retired: 'Retired',
};

/** The document-control block printed on every exported document. */
export const documentControlSchema = z.object({
  docKey: z.string(),
  documentId: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1).max(200),
  version: z.string().trim().regex(/^\d+\.\d+$/, 'Use a version like 1.0 or 2.3'),
  status: z.enum(DOCUMENT_STATUSES),
  owner: z.string().max(120),
  approver: z.string().max(120),
  approvedOn: isoDate.nullable(),
  classification: z.string().max(40),
});
export type DocumentControl = z.infer<typeof documentControlSchema>;
export const documentControlPatchSchema = documentControlSchema.omit({ docKey: true }).partial().strict();
export type DocumentControlPatch = z.infer<typeof documentControlPatchSchema>;

export interface DocumentRevision {
  version: string;
  date: string;
  author: string;
  summary: string;
}

export interface DocumentControlWithHistory extends DocumentControl {
  revisions: DocumentRevision[];
}

export interface ChangeLogEntry {
  id: number;
  at: string;
  actor: string;
  area: string;
  recordId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}
