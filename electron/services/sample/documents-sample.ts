import { z } from 'zod';
import { DOCUMENT_STATUSES } from '../../../shared/domain/workbook';
import { DOCUMENT_TYPES, addMonths, documentInputSchema, type IsmsDocument } from '../../../shared/domain/documents';
import documentsJson from '../../../resources/sample/documents.json' with { type: 'json' };
import { getDocument, insertDocument, insertVersion, updateDocumentRow } from '../../repositories/document-repo';
import { getOrganisation } from '../../repositories/organisation-repo';
import { insertDocumentFromTemplate } from '../document-service';
import type { WorkbookContext } from '../workbook-context';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const sampleSchema = z.object({
  template: z.string().optional(),
  documentId: z.string().optional(),
  title: z.string().optional(),
  type: z.enum(DOCUMENT_TYPES).optional(),
  clauses: z.array(z.string()).optional(),
  controls: z.array(z.string()).optional(),
  body: z.string().optional(),
  owner: z.string(),
  approver: z.string(),
  classification: z.string(),
  status: z.enum(DOCUMENT_STATUSES),
  approvedOn: isoDate.nullable(),
  /** Only for documents not approved now: the review date left by their last approval. */
  nextReview: isoDate.optional(),
  versions: z.array(z.object({ version: z.string(), revisedOn: isoDate, author: z.string(), summary: z.string() })),
});

/** A document written for the sample alone (not from the template library). */
function insertOwn(ctx: WorkbookContext, sample: z.infer<typeof sampleSchema>): IsmsDocument {
  const input = documentInputSchema.parse({
    documentId: sample.documentId,
    title: sample.title,
    type: sample.type,
    owner: sample.owner,
    approver: sample.approver,
    classification: sample.classification,
    nextReview: null,
    clauses: sample.clauses ?? [],
    controls: sample.controls ?? [],
    body: sample.body,
  });
  const id = insertDocument(ctx.db, { ...input, version: '0.1', status: 'draft', approvedOn: null, templateId: null });
  return getDocument(ctx.db, id)!;
}

/**
 * Northwind Ledger's document register: the template library filled with the organisation profile (already
 * saved when this runs), each with the versions it was issued in, its status, approval and review dates.
 */
export function seedSampleDocuments(ctx: WorkbookContext): void {
  const cycle = getOrganisation(ctx.db)?.reviewCycleMonths ?? 12;
  for (const entry of documentsJson) {
    const sample = sampleSchema.parse(entry);
    const doc = sample.template ? insertDocumentFromTemplate(ctx, sample.template) : insertOwn(ctx, sample);
    for (const version of sample.versions) insertVersion(ctx.db, { documentId: doc.id, ...version, body: doc.body });
    const last = sample.versions.at(-1);
    const { id: _id, revisions: _revisions, unissuedChanges: _unissued, ...record } = doc;
    updateDocumentRow(ctx.db, doc.id, {
      ...record,
      owner: sample.owner,
      approver: sample.approver,
      classification: sample.classification,
      version: last?.version ?? '0.1',
      status: sample.status,
      approvedOn: sample.approvedOn,
      nextReview: sample.approvedOn ? addMonths(sample.approvedOn, cycle) : (sample.nextReview ?? null),
    });
  }
}
