import { describe, expect, it } from 'vitest';
import { listChanges } from '../repositories/change-log-repo';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { useTempDir } from '../../test/fixtures/temp-dir';
import {
  approveDocument,
  createDocument,
  createDocumentFromTemplate,
  deleteDocument,
  issueDocumentVersion,
  listDocumentRegister,
  readDocumentVersion,
  retireDocument,
  updateDocument,
} from './document-service';
import { updateOrganisation } from './organisation-service';

const tempDir = useTempDir();

function workbook() {
  const { ctx, session } = openTestWorkbook(tempDir());
  updateOrganisation(ctx, {
    legalName: 'Fenwick Payroll Ltd',
    shortName: '',
    ismsOwner: 'Ada Quinn, Security Manager',
    defaultApprover: 'Sam Ortiz, Managing Director',
    reviewCycleMonths: 12,
    classificationLabels: ['Public', 'Internal', 'Confidential'],
    defaultClassification: 'Internal',
  });
  return { ctx, session };
}

describe('document register', () => {
  it('creates a document from a template, filled with the organisation and with its title dropped from the body', () => {
    const { ctx } = workbook();
    const doc = createDocumentFromTemplate(ctx, 'backup');
    expect(doc).toMatchObject({
      documentId: 'POL-011',
      title: 'Backup Policy',
      type: 'policy',
      version: '0.1',
      status: 'draft',
      owner: 'Ada Quinn, Security Manager',
      approver: 'Sam Ortiz, Managing Director',
      classification: 'Internal',
      controls: ['8.13'],
      templateId: 'backup',
      revisions: [],
      unissuedChanges: true,
    });
    expect(doc.body).toContain('Fenwick Payroll Ltd');
    expect(doc.body).not.toContain('{{');
    expect(doc.body.startsWith('## ')).toBe(true);
    // A second copy of the same template gets the next free ID with the same prefix.
    expect(createDocumentFromTemplate(ctx, 'backup').documentId).toBe('POL-012');
  });

  it('creates blank documents with the next ID for their type, and refuses a duplicate ID whatever its case', () => {
    const { ctx } = workbook();
    expect(createDocument(ctx, { title: 'Password standard', type: 'policy' }).documentId).toBe('POL-001');
    expect(createDocument(ctx, { title: 'Key ceremony', type: 'procedure' }).documentId).toBe('PRO-001');
    expect(createDocument(ctx, { title: 'Pen test report 2026', type: 'record' }).documentId).toBe('REC-001');
    const external = createDocument(ctx, { title: 'AWS DPA', type: 'external', documentId: 'AWS-DPA' });
    expect(external).toMatchObject({ documentId: 'AWS-DPA', body: '', owner: 'Ada Quinn, Security Manager' });
    expect(() => createDocument(ctx, { title: 'Again', type: 'policy', documentId: 'pol-001' })).toThrow(/already the ID of “Password standard”/);
    expect(listDocumentRegister(ctx).map((d) => d.documentId)).toEqual(['AWS-DPA', 'POL-001', 'PRO-001', 'REC-001']);
  });

  it('updates fields, sorts clauses and controls, checks them against the standard, and logs each change', () => {
    const { ctx } = workbook();
    const doc = createDocument(ctx, { title: 'Draft', type: 'policy' });
    const updated = updateDocument(ctx, doc.id, { title: 'Clear desk policy', controls: ['7.7', '5.10', '7.7'], clauses: ['7.5.3', '5.2'], body: '## Rules\n\nClear it.' });
    expect(updated).toMatchObject({ title: 'Clear desk policy', controls: ['5.10', '7.7'], clauses: ['5.2', '7.5.3'] });
    expect(() => updateDocument(ctx, doc.id, { controls: ['5.99'] })).toThrow('5.99 is not an Annex A control');
    expect(() => updateDocument(ctx, doc.id, { clauses: ['11.1'] })).toThrow();
    expect(() => updateDocument(ctx, doc.id, { title: '  ' })).toThrow('The document needs a title');
    const changes = listChanges(ctx.db, { area: 'document', limit: 50 });
    expect(changes.map((c) => c.field)).toEqual(expect.arrayContaining(['created', 'title', 'controls', 'clauses', 'body']));
    expect(changes.find((c) => c.field === 'body')?.newValue).toMatch(/Body edited \(0 → \d+ characters\)/);
  });

  it('issues versions as snapshots, approves the one in review and schedules its review a cycle later', () => {
    const { ctx } = workbook();
    const doc = createDocumentFromTemplate(ctx, 'cryptography');
    expect(() => approveDocument(ctx, doc.id)).toThrow('Issue a version for review before approving it.');

    const issued = issueDocumentVersion(ctx, doc.id, 'major', 'First issue');
    expect(issued).toMatchObject({ version: '1.0', status: 'in-review', approvedOn: null, unissuedChanges: false });
    expect(issued.revisions).toEqual([{ id: expect.any(Number), version: '1.0', revisedOn: '2026-11-20', author: 'tester', summary: 'First issue' }]);

    const approved = approveDocument(ctx, doc.id);
    expect(approved).toMatchObject({ status: 'approved', approvedOn: '2026-11-20', nextReview: '2027-11-20' });
    expect(() => approveDocument(ctx, doc.id)).toThrow('Version 1.0 is already approved.');

    // Edits after approval are the working copy of the next version: the snapshot keeps the approved text.
    const edited = updateDocument(ctx, doc.id, { body: `${approved.body}\n\nA new rule.` });
    expect(edited).toMatchObject({ status: 'approved', unissuedChanges: true });
    expect(readDocumentVersion(ctx, edited.revisions[0]!.id).body).toBe(approved.body);

    const minor = issueDocumentVersion(ctx, doc.id, 'minor', 'Added a rule');
    expect(minor).toMatchObject({ version: '1.1', status: 'in-review', approvedOn: null, nextReview: '2027-11-20' });
    expect(readDocumentVersion(ctx, minor.revisions[1]!.id).body).toContain('A new rule.');
    expect(issueDocumentVersion(ctx, doc.id, 'major', 'Restructured').version).toBe('2.0');
  });

  it('numbers drafts 0.1, 0.2 before the first major issue', () => {
    const { ctx } = workbook();
    const doc = createDocumentFromTemplate(ctx, 'backup');
    expect(issueDocumentVersion(ctx, doc.id, 'minor', 'For comment').version).toBe('0.1');
    expect(issueDocumentVersion(ctx, doc.id, 'minor', 'Comments addressed').version).toBe('0.2');
    expect(issueDocumentVersion(ctx, doc.id, 'major', 'First approved issue').version).toBe('1.0');
  });

  it('needs a summary, a body and an approver', () => {
    const { ctx } = workbook();
    const blank = createDocument(ctx, { title: 'Empty', type: 'record' });
    expect(() => issueDocumentVersion(ctx, blank.id, 'major', 'x')).toThrow('Write the body before issuing a version.');
    const doc = createDocumentFromTemplate(ctx, 'backup');
    expect(() => issueDocumentVersion(ctx, doc.id, 'major', '  ')).toThrow('Describe what changed in this version.');
    issueDocumentVersion(ctx, doc.id, 'major', 'First issue');
    updateDocument(ctx, doc.id, { approver: '' });
    expect(() => approveDocument(ctx, doc.id)).toThrow('Name the approver before approving the document.');
    updateDocument(ctx, doc.id, { approver: 'Sam Ortiz' });
    approveDocument(ctx, doc.id);
    expect(() => updateDocument(ctx, doc.id, { approver: ' ' })).toThrow('An approved document needs the name of its approver.');
  });

  it('clamps the review date to the end of a shorter month', () => {
    const { ctx } = openTestWorkbook(tempDir(), { now: () => new Date('2026-08-31T10:00:00Z') });
    updateOrganisation(ctx, { reviewCycleMonths: 6, defaultApprover: 'Sam Ortiz' });
    const doc = createDocumentFromTemplate(ctx, 'backup');
    issueDocumentVersion(ctx, doc.id, 'major', 'First issue');
    expect(approveDocument(ctx, doc.id).nextReview).toBe('2027-02-28');
  });

  it('retires documents, keeping them read-only, and deletes only drafts never issued', () => {
    const { ctx } = workbook();
    const draft = createDocument(ctx, { title: 'Scratch', type: 'policy' });
    const issued = createDocumentFromTemplate(ctx, 'backup');
    issueDocumentVersion(ctx, issued.id, 'major', 'First issue');
    expect(() => deleteDocument(ctx, issued.id)).toThrow(/Only drafts can be deleted/);
    const retired = retireDocument(ctx, issued.id);
    expect(retired).toMatchObject({ status: 'retired', nextReview: null });
    expect(() => updateDocument(ctx, issued.id, { title: 'x' })).toThrow(/is retired/);
    expect(() => issueDocumentVersion(ctx, issued.id, 'minor', 'x')).toThrow(/is retired/);
    deleteDocument(ctx, draft.id);
    expect(listDocumentRegister(ctx).map((d) => d.documentId)).toEqual([retired.documentId]);
    expect(listChanges(ctx.db, { area: 'document', recordId: 'POL-001', limit: 10 }).map((c) => c.field)).toContain('deleted');
  });

  it('gives the sample organisation a register built from the templates, with no placeholder left', () => {
    const { ctx } = openTestWorkbook(tempDir(), { sample: true });
    const docs = listDocumentRegister(ctx);
    expect(docs.length).toBeGreaterThanOrEqual(12);
    const byStatus = (status: string) => docs.filter((d) => d.status === status).length;
    expect(byStatus('approved')).toBeGreaterThan(docs.length / 2);
    expect(byStatus('in-review')).toBeGreaterThanOrEqual(2);
    expect(docs.filter((d) => d.status === 'approved' && d.nextReview !== null && d.nextReview < '2026-11-20').map((d) => d.documentId)).toEqual(['POL-003']);
    for (const doc of docs) {
      expect(doc.body, doc.documentId).not.toMatch(/\{\{|\}\}/);
      expect(doc.body, doc.documentId).toContain('Northwind Ledger');
      if (doc.status !== 'draft') {
        expect(doc.revisions.at(-1)?.version, doc.documentId).toBe(doc.version);
        expect(doc.unissuedChanges, doc.documentId).toBe(false);
      }
      if (doc.status === 'approved') expect(doc.approvedOn, doc.documentId).not.toBeNull();
    }
  });
});
