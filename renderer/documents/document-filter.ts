import type { DocumentType, IsmsDocument } from '../../shared/domain/documents';
import { isReviewOverdue } from '../../shared/domain/documents';
import type { DocumentStatus } from '../../shared/domain/workbook';

export interface DocumentFilter {
  query: string;
  type: DocumentType | 'all';
  /** A status, 'current' (everything but retired) or 'all'. */
  status: DocumentStatus | 'current' | 'all';
  overdueOnly: boolean;
}

export const EMPTY_DOCUMENT_FILTER: DocumentFilter = { query: '', type: 'all', status: 'current', overdueOnly: false };

export function isDocumentFiltered(filter: DocumentFilter): boolean {
  return filter.query.trim() !== '' || filter.type !== 'all' || filter.status !== 'current' || filter.overdueOnly;
}

/** Every word of the query must appear in the ID, title, owner, approver, clauses or controls. */
export function matchesDocumentFilter(doc: IsmsDocument, filter: DocumentFilter, today: string): boolean {
  if (filter.type !== 'all' && doc.type !== filter.type) return false;
  if (filter.status === 'current' && doc.status === 'retired') return false;
  if (filter.status !== 'current' && filter.status !== 'all' && doc.status !== filter.status) return false;
  if (filter.overdueOnly && !isReviewOverdue(doc, today)) return false;
  const query = filter.query.trim().toLowerCase();
  if (query === '') return true;
  const haystack = [doc.documentId, doc.title, doc.owner, doc.approver, ...doc.clauses, ...doc.controls.map((c) => `A.${c}`)].join('\n').toLowerCase();
  return query.split(/\s+/).every((word) => haystack.includes(word));
}

export interface RegisterSummary {
  total: number;
  approved: number;
  inReview: number;
  draft: number;
  overdue: number;
}

export function registerSummary(docs: readonly IsmsDocument[], today: string): RegisterSummary {
  return {
    total: docs.filter((d) => d.status !== 'retired').length,
    approved: docs.filter((d) => d.status === 'approved').length,
    inReview: docs.filter((d) => d.status === 'in-review').length,
    draft: docs.filter((d) => d.status === 'draft').length,
    overdue: docs.filter((d) => isReviewOverdue(d, today)).length,
  };
}

/** Clauses as people type them: "5.2, 7.5.3; 10" → ["5.2", "7.5.3", "10"], and the parts that are not clauses. */
export function parseClauseList(text: string, isClause: (id: string) => boolean): { ids: string[]; invalid: string[] } {
  const ids: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[,;\s]+/)) {
    const id = part.trim().replace(/^clause\s*/i, '');
    if (id === '') continue;
    if (isClause(id)) {
      if (!ids.includes(id)) ids.push(id);
    } else invalid.push(id);
  }
  return { ids, invalid };
}
