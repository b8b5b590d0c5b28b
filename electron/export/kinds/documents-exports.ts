import { AppError } from '../../../shared/ipc/result';
import { findDocumentByDocumentId, lastIssuedBody, listDocuments } from '../../repositories/document-repo';
import { getLogo } from '../../repositories/organisation-repo';
import { readOrganisation } from '../../services/organisation-service';
import type { WorkbookContext } from '../../services/workbook-context';
import { buildPolicyDocx, type PolicyExportData } from '../docx/policy-docx';
import type { ExportKind } from '../export-kind';

/**
 * What the Word export of one register document prints. Once a version has been issued, the text is that
 * version's, so the version, status and approval on the page always describe the words beneath them; edits made
 * since are the working copy of the next version. A draft never issued prints its working text, marked as a draft.
 */
export function readPolicyExportData(ctx: WorkbookContext, documentId: string): PolicyExportData {
  const document = findDocumentByDocumentId(ctx.db, documentId);
  if (!document) throw new AppError('NOT_FOUND', `There is no document "${documentId}" in the register.`);
  const { hasLogo: _hasLogo, ...organisation } = readOrganisation(ctx);
  const latest = ctx.db.prepare('SELECT max(at) AS at FROM change_log').get() as { at: string | null };
  const issued = document.status === 'draft' ? null : lastIssuedBody(ctx.db, document.id);
  return {
    organisation,
    logo: getLogo(ctx.db),
    document,
    body: issued ?? document.body,
    asOf: (latest.at ?? '1970-01-01').slice(0, 10),
  };
}

export const documentsExports: readonly ExportKind[] = [
  {
    kind: 'document',
    title: 'Document from the register (Word)',
    format: 'docx',
    clause: '7.5',
    defaultFileName: 'Document.docx',
    parameter: {
      name: 'document ID',
      instances: (ctx) => listDocuments(ctx.db).map((doc) => ({ value: doc.documentId, title: doc.title })),
    },
    build: (ctx, argument) => buildPolicyDocx(readPolicyExportData(ctx, argument ?? '')),
  },
];
