import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import type { RiskMethod } from '../../shared/domain/risk-method';
import { controlLabel } from '../../shared/catalog/annex-a';
import { formatDate, plural } from '../app/format';
import { LevelChip } from '../components/LevelChip';
import { ActionStatusPill, OverdueBadge } from './ActionStatusPill';
import type { PlanGroup, PlanRow } from './plan-grouping';

const ROW_HEIGHT = 40;
const GROUP_HEIGHT = 42;
const HEAD_HEIGHT = 34;

interface Props {
  rows: PlanRow[];
  method: RiskMethod | null;
  focusedId: number | null;
  onFocus(actionId: number): void;
  onOpenEditor(): void;
  onAddFor(riskId: number): void;
  onClearFilters(): void;
}

/** Actions grouped under their risk, virtualised; the arrow keys move between actions. */
export function PlanTable({ rows, method, focusedId, onFocus, onOpenEditor, onAddFor, onClearFilters }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]!.kind === 'group' ? GROUP_HEIGHT : ROW_HEIGHT),
    paddingStart: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
    overscan: 10,
    getItemKey: (index) => rows[index]!.key,
  });
  // Indexes of the action rows: the keyboard skips the group rows.
  const actionIndexes = useMemo(() => rows.flatMap((row, index) => (row.kind === 'action' ? [index] : [])), [rows]);
  const focusedIndex = rows.findIndex((r) => r.kind === 'action' && r.action.id === focusedId);

  useEffect(() => {
    if (focusedIndex < 0) return;
    // Bring the first action of a group into view with its group row above it.
    const previous = rows[focusedIndex - 1];
    virtualizer.scrollToIndex(previous?.kind === 'group' ? focusedIndex - 1 : focusedIndex, { align: 'auto' });
  }, [focusedIndex, rows, virtualizer]);

  const move = (delta: number) => {
    if (actionIndexes.length === 0) return;
    const position = actionIndexes.indexOf(focusedIndex);
    const next = position === -1 ? 0 : Math.min(actionIndexes.length - 1, Math.max(0, position + delta));
    const row = rows[actionIndexes[next]!];
    if (row?.kind === 'action') onFocus(row.action.id);
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
      <div className="empty-state plan-table-empty">
        <h3>No actions match</h3>
        <p>Change the search or the filters to see actions again.</p>
        <button type="button" className="link-button" onClick={onClearFilters}>
          Clear filters
        </button>
      </div>
    );
  }

  return (
    <div ref={scrollRef} className="plan-table" role="grid" aria-label="Treatment plan" tabIndex={0} onKeyDown={onKeyDown} data-testid="plan-table">
      <div className="plan-table-inner" style={{ height: virtualizer.getTotalSize() }}>
        <div className="plan-row plan-head" role="row">
          <span role="columnheader">Action</span>
          <span role="columnheader">Title</span>
          <span role="columnheader">Control</span>
          <span role="columnheader">Owner</span>
          <span role="columnheader">Due</span>
          <span role="columnheader">Status</span>
        </div>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const style = { transform: `translateY(${item.start}px)`, height: item.size };
          if (row.kind === 'group') {
            return <GroupRow key={item.key} group={row.group} method={method} style={style} onAdd={() => onAddFor(row.group.riskId)} />;
          }
          const { action, overdue } = row;
          const isFocused = action.id === focusedId;
          return (
            <div
              key={item.key}
              role="row"
              aria-selected={isFocused}
              data-action={action.ref}
              className={`plan-row action-row${isFocused ? ' focused' : ''}${overdue ? ' overdue' : ''}${action.status === 'cancelled' ? ' cancelled' : ''}`}
              style={style}
              onClick={() => onFocus(action.id)}
              onDoubleClick={onOpenEditor}
            >
              <span role="gridcell" className="col-ref">
                {action.ref}
              </span>
              <span role="gridcell" className="col-title" title={action.title}>
                {action.title}
              </span>
              <span role="gridcell" className="col-control" title={action.controlId ? controlLabel(action.controlId) : 'No control'}>
                {action.controlId ? `A.${action.controlId}` : <span className="muted">—</span>}
              </span>
              <span role="gridcell" className="col-owner" title={action.owner}>
                {action.owner || <span className="muted">—</span>}
              </span>
              <span role="gridcell" className={`col-due${overdue ? ' due-late' : ''}`}>
                {action.dueDate ? formatDate(action.dueDate) : <span className="muted">No date</span>}
              </span>
              <span role="gridcell" className="col-status">
                <ActionStatusPill status={action.status} />
                {overdue && <OverdueBadge />}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}

function GroupRow({ group, method, style, onAdd }: { group: PlanGroup; method: RiskMethod | null; style: CSSProperties; onAdd(): void }) {
  const { risk } = group;
  return (
    <div className="plan-row plan-group" role="row" data-risk={risk?.ref ?? group.riskId} style={style}>
      <span role="gridcell" className="group-cell">
        <span className="group-ref">{risk?.ref ?? '—'}</span>
        <span className="group-title" title={risk?.title}>
          {risk?.title ?? 'Risk not found'}
        </span>
        {risk?.owner && <span className="group-owner muted">{risk.owner}</span>}
        <LevelChip method={method} level={risk?.residualLevel ?? null} prefix="Residual level" />
        <span className="group-count muted">
          {plural(group.actions.length, 'action')}
          {group.overdue > 0 && <span className="group-overdue"> · {group.overdue} overdue</span>}
        </span>
        {risk && (
          <button type="button" className="link-button group-add" tabIndex={-1} onClick={onAdd} aria-label={`Add an action to ${risk.ref}`}>
            + Add action
          </button>
        )}
      </span>
    </div>
  );
}
