import { forwardRef } from 'react';
import { ASSET_TYPES, ASSET_TYPE_LABELS, type AssetType } from '../../shared/domain/risk';
import { EMPTY_ASSET_FILTER, isFiltered, type AssetFilter } from './asset-filter';

interface Props {
  filter: AssetFilter;
  owners: string[];
  classifications: string[];
  shown: number;
  total: number;
  onChange(patch: Partial<AssetFilter>): void;
}

export const AssetsToolbar = forwardRef<HTMLInputElement, Props>(function AssetsToolbar(props, searchRef) {
  const { filter, onChange } = props;
  return (
    <div className="toolbar" role="search">
      <input
        ref={searchRef}
        type="search"
        className="search"
        placeholder="Search name, ref, owner, location, description"
        aria-label="Search assets"
        value={filter.query}
        onChange={(e) => onChange({ query: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onChange({ query: '' });
        }}
      />
      <select aria-label="Filter by type" value={filter.type} onChange={(e) => onChange({ type: e.target.value as AssetType | 'all' })}>
        <option value="all">All types</option>
        {ASSET_TYPES.map((t) => (
          <option key={t} value={t}>
            {ASSET_TYPE_LABELS[t]}
          </option>
        ))}
      </select>
      <select aria-label="Filter by owner" value={filter.owner} onChange={(e) => onChange({ owner: e.target.value })}>
        <option value="all">Any owner</option>
        {props.owners.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
        <option value="">(no owner)</option>
      </select>
      <select
        aria-label="Filter by classification"
        value={filter.classification}
        onChange={(e) => onChange({ classification: e.target.value })}
      >
        <option value="all">Any classification</option>
        {props.classifications.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
        <option value="">(not classified)</option>
      </select>
      <span className="muted shown-count" aria-live="polite">
        {props.shown === props.total
          ? `${props.total.toLocaleString()} ${props.total === 1 ? 'asset' : 'assets'}`
          : `${props.shown.toLocaleString()} of ${props.total.toLocaleString()} shown`}
      </span>
      {isFiltered(filter) && (
        <button type="button" className="link-button" onClick={() => onChange(EMPTY_ASSET_FILTER)}>
          Clear filters
        </button>
      )}
    </div>
  );
});
