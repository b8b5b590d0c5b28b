import { describe, expect, it } from 'vitest';
import type { IsmsDocument } from '../../shared/domain/documents';
import { EMPTY_DOCUMENT_FILTER, isDocumentFiltered, matchesDocumentFilter, parseClauseList, registerSummary } from './document-filter';

const doc = (over: Partial<IsmsDocument>): IsmsDocument => ({
  id: 1,
  documentId: 'POL-001',
  title: 'Information Security Policy',
  type: 'policy',
  version: '1.0',
  status: 'approved',
  owner: 'Siobhan Kerr',
  approver: 'Eleanor Marsh',
  approvedOn: '2026-03-12',
  nextReview: '2027-03-12',
  classification: 'Public',
  clauses: ['5.2'],
  controls: ['5.1'],
  templateId: null,
  body: '',
  revisions: [],
  unissuedChanges: false,
  ...over,
});

const TODAY = '2026-11-23';

describe('document filter', () => {
  it('hides retired documents unless asked, and filters by type, status and overdue review', () => {
    const retired = doc({ status: 'retired' });
    expect(matchesDocumentFilter(retired, EMPTY_DOCUMENT_FILTER, TODAY)).toBe(false);
    expect(matchesDocumentFilter(retired, { ...EMPTY_DOCUMENT_FILTER, status: 'all' }, TODAY)).toBe(true);
    expect(matchesDocumentFilter(doc({}), { ...EMPTY_DOCUMENT_FILTER, type: 'procedure' }, TODAY)).toBe(false);
    expect(matchesDocumentFilter(doc({}), { ...EMPTY_DOCUMENT_FILTER, status: 'in-review' }, TODAY)).toBe(false);
    expect(matchesDocumentFilter(doc({}), { ...EMPTY_DOCUMENT_FILTER, overdueOnly: true }, TODAY)).toBe(false);
    expect(matchesDocumentFilter(doc({ nextReview: '2026-10-10' }), { ...EMPTY_DOCUMENT_FILTER, overdueOnly: true }, TODAY)).toBe(true);
  });

  it('searches ID, title, owner, clauses and controls, every word', () => {
    const match = (query: string) => matchesDocumentFilter(doc({}), { ...EMPTY_DOCUMENT_FILTER, query }, TODAY);
    expect(match('pol-001')).toBe(true);
    expect(match('security kerr')).toBe(true);
    expect(match('A.5.1')).toBe(true);
    expect(match('5.2')).toBe(true);
    expect(match('backup')).toBe(false);
    expect(isDocumentFiltered({ ...EMPTY_DOCUMENT_FILTER, query: ' ' })).toBe(false);
  });

  it('counts the register by status and overdue reviews, leaving retired documents out of the total', () => {
    const docs = [doc({}), doc({ id: 2, status: 'in-review', nextReview: '2026-01-01' }), doc({ id: 3, status: 'draft', nextReview: null }), doc({ id: 4, status: 'retired' })];
    expect(registerSummary(docs, TODAY)).toEqual({ total: 3, approved: 1, inReview: 1, draft: 1, overdue: 1 });
  });

  it('reads clause lists as people type them', () => {
    const known = new Set(['5.2', '7.5.3', '10']);
    expect(parseClauseList('5.2, clause 7.5.3; 10 5.2', (id) => known.has(id))).toEqual({ ids: ['5.2', '7.5.3', '10'], invalid: [] });
    expect(parseClauseList('5.2, 12.1', (id) => known.has(id))).toEqual({ ids: ['5.2'], invalid: ['12.1'] });
  });
});
