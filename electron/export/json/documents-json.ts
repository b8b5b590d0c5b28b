import { listDocuments } from '../../repositories/document-repo';
import type { WorkbookContext } from '../../services/workbook-context';

interface VersionRow {
  document_id: number;
  version: string;
  revised_on: string;
  author: string;
  summary: string;
  body: string;
}

/**
 * This area's top-level keys in the `json` export (see docs/json-export.md): `documents`, the register in
 * document ID order, each with its current body and every issued version (oldest first) with that version's body.
 */
export function documentsJson(ctx: WorkbookContext): Record<string, unknown> {
  const versions = new Map<number, Omit<VersionRow, 'document_id'>[]>();
  const rows = ctx.db.prepare('SELECT * FROM isms_document_version ORDER BY document_id, id').all() as VersionRow[];
  for (const { document_id: documentId, ...row } of rows) {
    const list = versions.get(documentId) ?? [];
    list.push(row);
    versions.set(documentId, list);
  }
  return {
    documents: listDocuments(ctx.db).map(({ revisions: _revisions, ...doc }) => ({
      ...doc,
      versions: (versions.get(doc.id) ?? []).map((v) => ({
        version: v.version,
        revisedOn: v.revised_on,
        author: v.author,
        summary: v.summary,
        body: v.body,
      })),
    })),
  };
}
