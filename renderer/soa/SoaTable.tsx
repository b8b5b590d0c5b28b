import { useEffect, useRef, type KeyboardEvent } from 'react';
import { CONTROL_THEMES } from '../../shared/catalog/annex-a';
import { formatDate } from '../app/format';
import { needsAttention, type SoaRowView } from './soa-filter';
import { StatusPill } from './StatusPill';

interface Props {
  rows: SoaRowView[];
  focusedId: string | null;
  selected: string[];
  /** Controls the SoA excludes although risks rely on them. */
  conflicts?: Set<string>;
  onFocus(controlId: string): void;
  onToggle(controlId: string): void;
  onSelect(controlIds: string[]): void;
  onOpenEditor(): void;
}

/** The 93 controls grouped by theme; arrow keys move, Space selects, Enter edits. */
export function SoaTable({ rows, focusedId, selected, conflicts, onFocus, onToggle, onSelect, onOpenEditor }: Props) {
  const bodyRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!focusedId) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-control="${focusedId}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [focusedId]);

  const move = (delta: number) => {
    if (rows.length === 0) return;
    const index = rows.findIndex((r) => r.control.id === focusedId);
    const next = index === -1 ? 0 : Math.min(rows.length - 1, Math.max(0, index + delta));
    onFocus(rows[next]!.control.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      PageDown: () => move(10),
      PageUp: () => move(-10),
      Home: () => move(-rows.length),
      End: () => move(rows.length),
      ' ': () => focusedId && onToggle(focusedId),
      Enter: onOpenEditor,
      Escape: () => onSelect([]),
    };
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      onSelect(rows.map((r) => r.control.id));
      return;
    }
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const allShownSelected = rows.length > 0 && rows.every((r) => selected.includes(r.control.id));

  if (rows.length === 0) {
    return (
      <div className="empty-state">
        <h3>No controls match</h3>
        <p>Change the search or the filters to see controls again.</p>
      </div>
    );
  }

  return (
    <div
      className="soa-table"
      role="grid"
      aria-label="Statement of Applicability"
      aria-rowcount={rows.length}
      aria-multiselectable="true"
      tabIndex={0}
      onKeyDown={onKeyDown}
      ref={bodyRef}
      data-testid="soa-table"
    >
      <div className="soa-row soa-head" role="row">
        <span role="columnheader" className="col-check">
          <input
            type="checkbox"
            aria-label="Select all shown controls"
            checked={allShownSelected}
            onChange={() => onSelect(allShownSelected ? [] : rows.map((r) => r.control.id))}
          />
        </span>
        <span role="columnheader" className="col-id">Control</span>
        <span role="columnheader" className="col-title">Title</span>
        <span role="columnheader" className="col-status">Status</span>
        <span role="columnheader" className="col-owner">Owner</span>
        <span role="columnheader" className="col-date">Reviewed</span>
      </div>
      {CONTROL_THEMES.map((theme) => {
        const group = rows.filter((r) => r.control.theme === theme.id);
        if (group.length === 0) return null;
        return (
          <div key={theme.id} role="rowgroup">
            <div className="soa-group" role="row">
              <span role="gridcell">
                {theme.clause} {theme.title}
                <span className="muted"> · {group.length}</span>
              </span>
            </div>
            {group.map(({ control, entry }) => {
              const isFocused = control.id === focusedId;
              const isSelected = selected.includes(control.id);
              return (
                <div
                  key={control.id}
                  role="row"
                  aria-selected={isSelected}
                  data-control={control.id}
                  className={`soa-row${isFocused ? ' focused' : ''}${isSelected ? ' selected' : ''}${entry.applicable ? '' : ' excluded'}`}
                  onClick={() => onFocus(control.id)}
                  onDoubleClick={onOpenEditor}
                >
                  <span role="gridcell" className="col-check">
                    <input
                      type="checkbox"
                      aria-label={`Select A.${control.id}`}
                      checked={isSelected}
                      onClick={(e) => e.stopPropagation()}
                      onChange={() => onToggle(control.id)}
                      tabIndex={-1}
                    />
                  </span>
                  <span role="gridcell" className="col-id">
                    A.{control.id}
                  </span>
                  <span role="gridcell" className="col-title">
                    {control.title}
                    {conflicts?.has(control.id) && (
                      <span className="conflict-flag" title="Excluded, yet risks in the register rely on this control" aria-label="excluded but relied on by risks">
                        ⚑
                      </span>
                    )}
                    {needsAttention(entry) && (
                      <span className="attention-dot" title="Needs a reason, an owner or a justification" aria-label="needs attention" />
                    )}
                  </span>
                  <span role="gridcell" className="col-status">
                    <StatusPill entry={entry} />
                  </span>
                  <span role="gridcell" className="col-owner">
                    {entry.owner || <span className="muted">—</span>}
                  </span>
                  <span role="gridcell" className="col-date">
                    {formatDate(entry.lastReviewed)}
                  </span>
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
