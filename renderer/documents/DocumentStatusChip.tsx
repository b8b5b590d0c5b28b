import { DOCUMENT_STATUS_LABELS, type DocumentStatus } from '../../shared/domain/workbook';

export function DocumentStatusChip({ status }: { status: DocumentStatus }) {
  return <span className={`pill doc-status doc-status-${status}`}>{DOCUMENT_STATUS_LABELS[status]}</span>;
}

export function ReviewOverdueBadge() {
  return <span className="overdue-badge">Review overdue</span>;
}
