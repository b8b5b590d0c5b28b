import { RISK_STATUSES, RISK_STATUS_LABELS, TREATMENT_OPTIONS, TREATMENT_OPTION_LABELS } from '../../shared/domain/risk';
import type { RiskMethod } from '../../shared/domain/risk-method';
import type { RiskFilter, RiskGroupKey } from './risk-filter';

interface Props {
  method: RiskMethod;
  filter: RiskFilter;
  owners: string[];
  group: RiskGroupKey;
  shown: number;
  total: number;
  onFilter(patch: Partial<RiskFilter>): void;
  onGroup(group: RiskGroupKey): void;
}

export function RiskToolbar({ method, filter, owners, group, shown, total, onFilter, onGroup }: Props) {
  const filtered = shown !== total;
  return (
    <div className="toolbar" role="search">
      <input
        type="search"
        className="search"
        aria-label="Search risks"
        placeholder="Search risks, threats, owners, assets, controls"
        value={filter.query}
        onChange={(e) => onFilter({ query: e.target.value })}
        onKeyDown={(e) => e.key === 'Escape' && onFilter({ query: '' })}
      />
      <select aria-label="Filter by residual level" value={filter.residualLevel} onChange={(e) => onFilter({ residualLevel: e.target.value })}>
        <option value="all">Any residual level</option>
        {method.bands.map((b) => (
          <option key={b.id} value={b.id}>
            Residual {b.label}
          </option>
        ))}
      </select>
      <select aria-label="Filter by risk owner" value={filter.owner} onChange={(e) => onFilter({ owner: e.target.value })}>
        <option value="all">Any owner</option>
        {owners.map((o) => (
          <option key={o} value={o}>
            {o || '(no owner)'}
          </option>
        ))}
      </select>
      <select aria-label="Filter by risk status" value={filter.status} onChange={(e) => onFilter({ status: e.target.value as RiskFilter['status'] })}>
        <option value="all">Any status</option>
        {RISK_STATUSES.map((s) => (
          <option key={s} value={s}>
            {RISK_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <select aria-label="Filter by treatment" value={filter.treatment} onChange={(e) => onFilter({ treatment: e.target.value as RiskFilter['treatment'] })}>
        <option value="all">Any treatment</option>
        {TREATMENT_OPTIONS.map((t) => (
          <option key={t} value={t}>
            {TREATMENT_OPTION_LABELS[t]}
          </option>
        ))}
        <option value="none">Not decided</option>
      </select>
      <select aria-label="Group by" value={group} onChange={(e) => onGroup(e.target.value as RiskGroupKey)}>
        <option value="none">No grouping</option>
        <option value="residual">Group by residual level</option>
        <option value="owner">Group by owner</option>
        <option value="status">Group by status</option>
        <option value="treatment">Group by treatment</option>
      </select>
      <span className="muted shown-count" aria-live="polite">
        {filtered ? `${shown.toLocaleString()} of ${total.toLocaleString()} shown` : `${total.toLocaleString()} risks`}
      </span>
      {(filtered || filter.cell) && (
        <button type="button" className="link-button" onClick={() => onFilter({ query: '', residualLevel: 'all', owner: 'all', status: 'all', treatment: 'all', cell: null })}>
          Clear filters
        </button>
      )}
    </div>
  );
}
