import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { ASSET_TYPE_LABELS, type Asset } from '../../shared/domain/risk';
import { ciaDescription, type AssetSort, type AssetSortKey } from './asset-filter';

export const ASSET_ROW_HEIGHT = 38;
const HEAD_HEIGHT = 36;

interface Props {
  rows: Asset[];
  riskCounts: Map<number, number>;
  focusedId: number | null;
  sort: AssetSort;
  onSort(key: AssetSortKey): void;
  onFocus(id: number): void;
  onOpenEditor(): void;
  /** Shown when no asset matches the filters. */
  onClearFilters(): void;
}

const COLUMNS: { key: AssetSortKey | null; label: string; className: string }[] = [
  { key: 'ref', label: 'Ref', className: 'col-ref' },
  { key: 'name', label: 'Name', className: 'col-name' },
  { key: 'type', label: 'Type', className: 'col-type' },
  { key: 'owner', label: 'Owner', className: 'col-owner' },
  { key: null, label: 'Classification', className: 'col-class' },
  { key: null, label: 'C·I·A', className: 'col-cia' },
  { key: null, label: 'Risks', className: 'col-risks' },
];

export function CiaValues({ asset }: { asset: Pick<Asset, 'confidentiality' | 'integrity' | 'availability'> }) {
  const label = ciaDescription(asset);
  return (
    <span className="cia" title={label} aria-label={label}>
      {[asset.confidentiality, asset.integrity, asset.availability].map((value, i) => (
        <span key={i} className={`cia-value cia-${value}`} aria-hidden="true">
          {value}
        </span>
      ))}
    </span>
  );
}

/** The inventory, virtualised: only the rows in view are in the DOM, so thousands of assets stay smooth. */
export function AssetTable({ rows, riskCounts, focusedId, sort, onSort, onFocus, onOpenEditor, onClearFilters }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ASSET_ROW_HEIGHT,
    paddingStart: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
    overscan: 12,
    getItemKey: (index) => rows[index]!.id,
  });
  const focusedIndex = rows.findIndex((r) => r.id === focusedId);

  useEffect(() => {
    if (focusedIndex >= 0) virtualizer.scrollToIndex(focusedIndex, { align: 'auto' });
  }, [focusedIndex, virtualizer]);

  const move = (delta: number) => {
    if (rows.length === 0) return;
    const next = focusedIndex === -1 ? 0 : Math.min(rows.length - 1, Math.max(0, focusedIndex + delta));
    onFocus(rows[next]!.id);
  };
  const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEAD_HEIGHT) / ASSET_ROW_HEIGHT) - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      PageDown: () => move(page),
      PageUp: () => move(-page),
      Home: () => move(-rows.length),
      End: () => move(rows.length),
      Enter: onOpenEditor,
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  if (rows.length === 0) {
    return (
      <div className="empty-state asset-table-empty">
        <h3>No assets match</h3>
        <p>Change the search or the filters to see assets again.</p>
        <button type="button" className="link-button" onClick={onClearFilters}>
          Clear filters
        </button>
      </div>
    );
  }

  return (
    <div
      ref={scrollRef}
      className="asset-table"
      role="grid"
      aria-label="Asset inventory"
      aria-rowcount={rows.length + 1}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="asset-table"
    >
      <div className="asset-table-inner" style={{ height: virtualizer.getTotalSize() }}>
        <div className="asset-row asset-head" role="row" aria-rowindex={1}>
          {COLUMNS.map((col) => {
            const active = col.key !== null && sort.key === col.key;
            return (
              <span
                key={col.label}
                role="columnheader"
                className={col.className}
                aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {col.key ? (
                  <button type="button" className="col-sort" tabIndex={-1} onClick={() => onSort(col.key!)}>
                    {col.label}
                    <span className="sort-arrow" aria-hidden="true">
                      {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                ) : (
                  col.label
                )}
              </span>
            );
          })}
        </div>
        {virtualizer.getVirtualItems().map((item) => {
          const asset = rows[item.index]!;
          const count = riskCounts.get(asset.id) ?? 0;
          const isFocused = asset.id === focusedId;
          return (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={isFocused}
              data-asset={asset.ref}
              className={`asset-row${isFocused ? ' focused' : ''}`}
              style={{ transform: `translateY(${item.start}px)`, height: ASSET_ROW_HEIGHT }}
              onClick={() => onFocus(asset.id)}
              onDoubleClick={onOpenEditor}
            >
              <span role="gridcell" className="col-ref">
                {asset.ref}
              </span>
              <span role="gridcell" className="col-name" title={asset.name}>
                {asset.name}
              </span>
              <span role="gridcell" className="col-type">
                {ASSET_TYPE_LABELS[asset.type]}
              </span>
              <span role="gridcell" className="col-owner" title={asset.owner}>
                {asset.owner || <span className="muted">—</span>}
              </span>
              <span role="gridcell" className="col-class">
                {asset.classification ? <span className="class-tag">{asset.classification}</span> : <span className="muted">—</span>}
              </span>
              <span role="gridcell" className="col-cia">
                <CiaValues asset={asset} />
              </span>
              <span role="gridcell" className={`col-risks${count === 0 ? ' muted' : ''}`}>
                {count}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
