import { useEffect, useRef, type KeyboardEvent } from 'react';
import { DOCUMENT_TYPE_LABELS, isReviewOverdue, type IsmsDocument } from '../../shared/domain/documents';
import { formatDate } from '../app/format';
import { DocumentStatusChip, ReviewOverdueBadge } from './DocumentStatusChip';

interface Props {
  documents: IsmsDocument[];
  selectedId: number | null;
  today: string;
  onSelect(id: number): void;
  onOpen(): void;
  onClearFilters(): void;
}

/** The register: one row per document; the arrow keys move the selection, Enter opens the editor. */
export function DocumentTable({ documents, selectedId, today, onSelect, onOpen, onClearFilters }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const index = documents.findIndex((d) => d.id === selectedId);

  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || documents.length === 0) return;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -documents.length, End: documents.length };
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpen();
    } else if (event.key in moves) {
      event.preventDefault();
      const next = Math.min(documents.length - 1, Math.max(0, (index === -1 ? 0 : index) + moves[event.key]!));
      onSelect(documents[next]!.id);
    }
  };

  if (documents.length === 0) {
    return (
      <div className="empty-state doc-table-empty">
        <h3>No documents match</h3>
        <p>Change the search or the filters to see documents again.</p>
        <button type="button" className="link-button" onClick={onClearFilters}>
          Clear filters
        </button>
      </div>
    );
  }

  return (
    <div ref={listRef} className="doc-table" role="grid" aria-label="Document register" tabIndex={0} onKeyDown={onKeyDown} data-testid="doc-table">
      <div className="doc-row doc-head" role="row">
        <span role="columnheader">ID</span>
        <span role="columnheader">Title</span>
        <span role="columnheader" className="col-type">
          Type
        </span>
        <span role="columnheader" title="Version">
          Ver.
        </span>
        <span role="columnheader">Status</span>
        <span role="columnheader" className="col-owner">
          Owner
        </span>
        <span role="columnheader">Next review</span>
      </div>
      {documents.map((doc) => {
        const overdue = isReviewOverdue(doc, today);
        const selected = doc.id === selectedId;
        return (
          <div
            key={doc.id}
            role="row"
            aria-selected={selected}
            data-document={doc.documentId}
            className={`doc-row${selected ? ' focused' : ''}${overdue ? ' overdue' : ''}${doc.status === 'retired' ? ' retired' : ''}`}
            onClick={() => onSelect(doc.id)}
            onDoubleClick={onOpen}
          >
            <span role="gridcell" className="col-ref">
              {doc.documentId}
            </span>
            <span role="gridcell" className="col-title" title={doc.title}>
              <span className="col-title-text">{doc.title}</span>
              {/* In a narrow register the type and owner columns fold under the title. */}
              <span className="col-sub muted">
                {DOCUMENT_TYPE_LABELS[doc.type]}
                {doc.owner && ` · ${doc.owner}`}
              </span>
            </span>
            <span role="gridcell" className="col-type">
              {DOCUMENT_TYPE_LABELS[doc.type]}
            </span>
            <span role="gridcell" className="col-version">
              {doc.version}
            </span>
            <span role="gridcell" className="col-status">
              <DocumentStatusChip status={doc.status} />
            </span>
            <span role="gridcell" className="col-owner" title={doc.owner}>
              {doc.owner || <span className="muted">—</span>}
            </span>
            <span role="gridcell" className={`col-review${overdue ? ' due-late' : ''}`}>
              {doc.nextReview ? formatDate(doc.nextReview) : <span className="muted">—</span>}
              {overdue && <ReviewOverdueBadge />}
            </span>
          </div>
        );
      })}
    </div>
  );
}
