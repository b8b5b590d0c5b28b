import { ACTION_STATUSES, ACTION_STATUS_LABELS } from '../../shared/domain/risk';
import { EMPTY_PLAN_FILTER, isPlanFiltered, type PlanFilter } from './plan-grouping';

interface Props {
  filter: PlanFilter;
  owners: string[];
  shown: number;
  total: number;
  onChange(patch: Partial<PlanFilter>): void;
}

export function PlanToolbar({ filter, owners, shown, total, onChange }: Props) {
  return (
    <div className="toolbar" role="search">
      <input
        type="search"
        className="search"
        placeholder="Search actions, risks, owners, controls"
        aria-label="Search actions"
        value={filter.query}
        onChange={(e) => onChange({ query: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onChange({ query: '' });
        }}
      />
      <select aria-label="Filter by status" value={filter.status} onChange={(e) => onChange({ status: e.target.value as PlanFilter['status'] })}>
        <option value="all">Any status</option>
        <option value="open">Open (planned or in progress)</option>
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {ACTION_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <select aria-label="Filter by owner" value={filter.owner} onChange={(e) => onChange({ owner: e.target.value })}>
        <option value="all">Any owner</option>
        {owners.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
        <option value="">(no owner)</option>
      </select>
      <label className="check-filter">
        <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => onChange({ overdueOnly: e.target.checked })} />
        Overdue only
      </label>
      <span className="muted shown-count" aria-live="polite">
        {shown === total ? `${total.toLocaleString()} ${total === 1 ? 'action' : 'actions'}` : `${shown.toLocaleString()} of ${total.toLocaleString()} shown`}
      </span>
      {isPlanFiltered(filter) && (
        <button type="button" className="link-button" onClick={() => onChange(EMPTY_PLAN_FILTER)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
