import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../../test/fixtures/workbook';
import {
  approveDocument,
  createDocument,
  createDocumentFromTemplate,
  issueDocumentVersion,
  updateDocument,
} from '../../services/document-service';
import { findExportKind, listExportKinds } from '../export-registry';
import { documentsJson } from '../json/documents-json';
import { readPolicyExportData } from './documents-exports';

const tempDir = useTempDir();

describe('document exports', () => {
  it('lists one Word export per document of the register, by document ID', () => {
    const { ctx } = openTestWorkbook(tempDir());
    createDocumentFromTemplate(ctx, 'backup');
    const kinds = listExportKinds(ctx).filter((k) => k.kind.startsWith('document:'));
    expect(kinds).toEqual([
      { kind: 'document:POL-011', title: 'Document from the register (Word): Backup Policy', format: 'docx', clause: '7.5', defaultFileName: 'POL-011 Backup Policy.docx' },
    ]);
    expect(findExportKind('document:POL-011').argument).toBe('POL-011');
    expect(() => findExportKind('document')).toThrow('Name the document ID');
  });

  it('prints the last issued text once a version is issued, and the working draft before that', async () => {
    const { ctx } = openTestWorkbook(tempDir());
    const doc = createDocument(ctx, { title: 'Clear desk', type: 'policy' });
    updateDocument(ctx, doc.id, { body: '## Rules\n\nFirst wording.', approver: 'Board' });
    expect(readPolicyExportData(ctx, 'POL-001').body).toContain('First wording.');
    issueDocumentVersion(ctx, doc.id, 'major', 'First issue');
    approveDocument(ctx, doc.id);
    updateDocument(ctx, doc.id, { body: '## Rules\n\nSecond wording, not yet issued.' });
    const data = readPolicyExportData(ctx, 'pol-001');
    expect(data.body).toContain('First wording.');
    expect(data.document).toMatchObject({ version: '1.0', status: 'approved', unissuedChanges: true });
    const xml = strFromU8(unzipSync(await findExportKind('document:POL-001').kind.build(ctx, 'POL-001'))['word/document.xml']!);
    expect(xml).toContain('First wording.');
    expect(xml).not.toContain('Second wording');
    expect(() => readPolicyExportData(ctx, 'POL-999')).toThrow('There is no document "POL-999" in the register.');
  });

  it('puts every document and every issued version, with its body, in the json export', () => {
    const { ctx } = openTestWorkbook(tempDir());
    const doc = createDocumentFromTemplate(ctx, 'backup');
    issueDocumentVersion(ctx, doc.id, 'minor', 'For comment');
    const { documents } = documentsJson(ctx) as { documents: Record<string, unknown>[] };
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ documentId: 'POL-011', version: '0.1', status: 'in-review', templateId: 'backup' });
    expect(documents[0]!.versions).toEqual([{ version: '0.1', revisedOn: '2026-11-20', author: 'tester', summary: 'For comment', body: doc.body }]);
    expect(documents[0]).not.toHaveProperty('revisions');
  });
});
