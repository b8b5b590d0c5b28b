import { z } from 'zod';
import { isoDate } from './soa';
import type { DocumentStatus } from './workbook';

/** Documents and policies (clauses 5.2 and 7.5): the register of documented information and its versions. */

export const DOCUMENT_TYPES = ['policy', 'procedure', 'record', 'external'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  policy: 'Policy',
  procedure: 'Procedure',
  record: 'Record',
  external: 'External origin',
};
/** The prefix of the IDs the app proposes for each type: POL-001, PRO-001, REC-001, EXT-001. */
export const DOCUMENT_ID_PREFIXES: Record<DocumentType, string> = {
  policy: 'POL',
  procedure: 'PRO',
  record: 'REC',
  external: 'EXT',
};

export const documentIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'Use letters, digits, dots and dashes for the document ID, e.g. POL-001');

const clauseId = z.string().regex(/^(4|5|6|7|8|9|10)(\.\d{1,2}){0,2}$/, 'Use a clause number such as 7.5.2');
const controlId = z.string().regex(/^[5-8]\.\d{1,2}$/, 'Use an Annex A control number such as 5.1');

/** 200,000 characters: far beyond any policy, small enough to keep the workbook quick. */
export const MAX_BODY_LENGTH = 200_000;

/** What the user edits directly; version, status and approval move only through the workflow. */
export const documentInputSchema = z.object({
  documentId: documentIdSchema,
  title: z.string().trim().min(1, 'The document needs a title').max(200),
  type: z.enum(DOCUMENT_TYPES),
  owner: z.string().max(120),
  approver: z.string().max(120),
  classification: z.string().max(40),
  nextReview: isoDate.nullable(),
  clauses: z.array(clauseId).max(60),
  controls: z.array(controlId).max(93),
  body: z.string().max(MAX_BODY_LENGTH, 'The body is too long (200,000 characters at most)'),
});
export type DocumentInput = z.infer<typeof documentInputSchema>;
export const documentPatchSchema = documentInputSchema.partial().strict();
export type DocumentPatch = z.infer<typeof documentPatchSchema>;

/** A new blank document: the rest comes from the organisation profile. */
export const newDocumentSchema = z
  .object({
    title: z.string().trim().min(1, 'The document needs a title').max(200),
    type: z.enum(DOCUMENT_TYPES),
    documentId: documentIdSchema.optional(),
  })
  .strict();
export type NewDocument = z.infer<typeof newDocumentSchema>;

export const VERSION_LEVELS = ['major', 'minor'] as const;
export type VersionLevel = (typeof VERSION_LEVELS)[number];

/** One issued version in the revision history (the body is fetched on its own). */
export interface DocumentRevisionEntry {
  id: number;
  version: string;
  revisedOn: string;
  author: string;
  summary: string;
}

export interface DocumentVersion extends DocumentRevisionEntry {
  documentId: number;
  body: string;
}

export interface IsmsDocument extends DocumentInput {
  id: number;
  version: string;
  status: DocumentStatus;
  approvedOn: string | null;
  /** The template it was created from, if any. */
  templateId: string | null;
  /** Issued versions, oldest first. */
  revisions: DocumentRevisionEntry[];
  /** The body differs from the last issued version (or nothing has been issued yet). */
  unissuedChanges: boolean;
}

/** A template of the library (resources/templates/index.json). */
export interface DocumentTemplate {
  id: string;
  title: string;
  type: DocumentType;
  documentId: string;
  clauses: string[];
  controls: string[];
  summary: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Rules

function versionParts(version: string): [number, number] {
  const [major = 0, minor = 0] = version.split('.').map((part) => Number(part) || 0);
  return [major, minor];
}

/** The version an issue would give: major 1.3 → 2.0, minor 1.3 → 1.4; the first issue is 1.0 or 0.1. */
export function nextVersion(lastIssued: string | null, level: VersionLevel): string {
  if (lastIssued === null) return level === 'major' ? '1.0' : '0.1';
  const [major, minor] = versionParts(lastIssued);
  return level === 'major' ? `${major + 1}.0` : `${major}.${minor + 1}`;
}

export function compareVersions(a: string, b: string): number {
  const [a1, a2] = versionParts(a);
  const [b1, b2] = versionParts(b);
  return a1 - b1 || a2 - b2;
}

/** A YYYY-MM-DD date plus whole months; the 31st becomes the last day of a shorter month. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/** A document in force (approved or in review) whose review date has passed. */
export function isReviewOverdue(doc: Pick<IsmsDocument, 'status' | 'nextReview'>, today: string): boolean {
  return (doc.status === 'approved' || doc.status === 'in-review') && doc.nextReview !== null && doc.nextReview < today;
}

/** The first free ID with the prefix, one past the highest number in use: POL-001, POL-002… */
export function proposeDocumentId(prefix: string, taken: readonly string[]): string {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)$`, 'i');
  const highest = taken.reduce((max, id) => Math.max(max, Number(pattern.exec(id)?.[1] ?? 0)), 0);
  return `${prefix}-${String(highest + 1).padStart(3, '0')}`;
}

/** The ID a template proposes, or the next free one with its prefix when that ID is taken. */
export function templateDocumentId(preferred: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((id) => id.toLowerCase()));
  if (!lower.has(preferred.toLowerCase())) return preferred;
  const prefix = /^(.*)-\d+$/.exec(preferred)?.[1] ?? preferred;
  return proposeDocumentId(prefix, taken);
}
