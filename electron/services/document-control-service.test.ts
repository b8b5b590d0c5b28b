import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { addRevision, readDocumentControl, updateDocumentControl } from './document-control-service';
import { updateOrganisation } from './organisation-service';

const tempDir = useTempDir();

describe('document control', () => {
  it('starts from the organisation defaults without writing anything', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    updateOrganisation(ctx, { defaultApprover: 'Jane Doe, CEO', ismsOwner: 'Sam Lee, CISO', defaultClassification: 'Confidential' });
    expect(readDocumentControl(ctx, 'soa')).toMatchObject({
      documentId: 'ISMS-SOA',
      version: '0.1',
      status: 'draft',
      owner: 'Sam Lee, CISO',
      approver: 'Jane Doe, CEO',
      classification: 'Confidential',
      revisions: [],
    });
    expect(ctx.db.prepare('SELECT count(*) AS n FROM document_control').get()).toEqual({ n: 0 });
    session.close();
  });

  it('issues versions in order and stamps the approval date on approval', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    updateDocumentControl(ctx, 'soa', { approver: 'Jane Doe' });
    addRevision(ctx, 'soa', '1.0', 'First issue');
    expect(() => addRevision(ctx, 'soa', '0.9', 'Older')).toThrowError(/must come after/);
    expect(readDocumentControl(ctx, 'soa')).toMatchObject({ version: '1.0', status: 'in-review', approvedOn: null });
    const approved = updateDocumentControl(ctx, 'soa', { status: 'approved' });
    expect(approved).toMatchObject({ version: '1.0', status: 'approved', approvedOn: '2026-11-20' });
    expect(approved.revisions).toEqual([{ version: '1.0', date: '2026-11-20', author: 'tester', summary: 'First issue' }]);
    addRevision(ctx, 'soa', '1.1', 'Second issue');
    expect(readDocumentControl(ctx, 'soa')).toMatchObject({ version: '1.1', status: 'in-review', approvedOn: null });
    session.close();
  });

  it('refuses approval without an approver, and unknown documents', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    expect(() => updateDocumentControl(ctx, 'soa', { status: 'approved', approver: '' })).toThrowError(/approver/);
    expect(() => readDocumentControl(ctx, 'budget')).toThrowError(/no document/);
    session.close();
  });
});

describe('organisation profile', () => {
  it('validates the profile and keeps the default classification among the labels', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    expect(() => updateOrganisation(ctx, { legalName: '  ' })).toThrowError(/legal name/i);
    expect(() => updateOrganisation(ctx, { defaultClassification: 'Top Secret' })).toThrowError(/must be one of the labels/);
    const org = updateOrganisation(ctx, { legalName: 'Acme Ltd', size: '51-200' });
    expect(org).toMatchObject({ legalName: 'Acme Ltd', size: '51-200', hasLogo: false });
    session.close();
  });
});
