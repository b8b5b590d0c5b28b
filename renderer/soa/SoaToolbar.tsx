import { forwardRef } from 'react';
import { CONTROL_THEMES } from '../../shared/catalog/annex-a';
import { IMPLEMENTATION_STATUSES, IMPLEMENTATION_STATUS_LABELS } from '../../shared/domain/soa';
import type { SoaFilter } from './soa-filter';

interface Props {
  filter: SoaFilter;
  owners: string[];
  shown: number;
  total: number;
  onChange(patch: Partial<SoaFilter>): void;
  canUndo: boolean;
  undoLabel: string;
  onUndo(): void;
}

export const SoaToolbar = forwardRef<HTMLInputElement, Props>(function SoaToolbar(props, searchRef) {
  const { filter, owners, onChange } = props;
  const filtered = filter.query !== '' || filter.theme !== 'all' || filter.status !== 'all' || filter.owner !== 'all';
  return (
    <div className="toolbar" role="search">
      <input
        ref={searchRef}
        type="search"
        className="search"
        placeholder="Search controls, text, owners, evidence (Ctrl+F)"
        aria-label="Search controls"
        value={filter.query}
        onChange={(e) => onChange({ query: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onChange({ query: '' });
        }}
      />
      <select aria-label="Filter by theme" value={filter.theme} onChange={(e) => onChange({ theme: e.target.value as SoaFilter['theme'] })}>
        <option value="all">All themes</option>
        {CONTROL_THEMES.map((t) => (
          <option key={t.id} value={t.id}>
            {t.clause} {t.title}
          </option>
        ))}
      </select>
      <select aria-label="Filter by status" value={filter.status} onChange={(e) => onChange({ status: e.target.value as SoaFilter['status'] })}>
        <option value="all">Any status</option>
        {IMPLEMENTATION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {IMPLEMENTATION_STATUS_LABELS[s]}
          </option>
        ))}
        <option value="not-applicable">Not applicable</option>
        <option value="needs-attention">Needs attention</option>
      </select>
      <select aria-label="Filter by owner" value={filter.owner} onChange={(e) => onChange({ owner: e.target.value })}>
        <option value="all">Any owner</option>
        {owners.map((o) => (
          <option key={o} value={o}>
            {o || '(no owner)'}
          </option>
        ))}
      </select>
      <span className="muted shown-count" aria-live="polite">
        {props.shown === props.total ? `${props.total} controls` : `${props.shown} of ${props.total} shown`}
      </span>
      {filtered && (
        <button type="button" className="link-button" onClick={() => onChange({ query: '', theme: 'all', status: 'all', owner: 'all' })}>
          Clear filters
        </button>
      )}
      <span className="spacer" />
      <button
        type="button"
        disabled={!props.canUndo}
        onClick={props.onUndo}
        title={props.canUndo ? `Undo: ${props.undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
        aria-label={props.canUndo ? `Undo: ${props.undoLabel}` : 'Undo'}
      >
        ↶ Undo
      </button>
    </div>
  );
});
