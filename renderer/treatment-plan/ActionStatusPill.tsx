import { ACTION_STATUS_LABELS, type ActionStatus } from '../../shared/domain/risk';

export function ActionStatusPill({ status }: { status: ActionStatus }) {
  return <span className={`pill action-${status}`}>{ACTION_STATUS_LABELS[status]}</span>;
}

export function OverdueBadge() {
  return <span className="overdue-badge">Overdue</span>;
}
