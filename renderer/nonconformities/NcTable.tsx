import { useEffect, useRef, type KeyboardEvent } from 'react';
import { NC_SOURCE_LABELS, NC_STATUS_LABELS, isNonconformityOverdue, type Nonconformity, type NonconformityStatus } from '../../shared/domain/nonconformity';
import { formatDate } from '../app/format';

interface Props {
  rows: Nonconformity[];
  today: string;
  focusedId: number | null;
  onFocus(id: number): void;
  onOpenEditor(): void;
  onClearFilters(): void;
}

export function NcStatusPill({ status }: { status: NonconformityStatus }) {
  return <span className={`pill nc-status-${status}`}>{NC_STATUS_LABELS[status]}</span>;
}

/** The register, newest last as raised; overdue corrective actions stand out. Arrow keys move, Enter edits. */
export function NcTable({ rows, today, focusedId, onFocus, onOpenEditor, onClearFilters }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const index = rows.findIndex((r) => r.id === focusedId);

  useEffect(() => {
    ref.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [focusedId]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || rows.length === 0) return;
    const move = (to: number) => onFocus(rows[Math.max(0, Math.min(rows.length - 1, to))]!.id);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(index + 1),
      ArrowUp: () => move(index - 1),
      Home: () => move(0),
      End: () => move(rows.length - 1),
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
      <div className="empty-state nc-table-empty">
        <h3>No nonconformities match</h3>
        <p>Change the search or the filters to see the register again.</p>
        <button type="button" className="link-button" onClick={onClearFilters}>
          Clear filters
        </button>
      </div>
    );
  }

  return (
    <div ref={ref} className="nc-table" role="grid" aria-label="Nonconformity register" tabIndex={0} onKeyDown={onKeyDown} data-testid="nc-table">
      <div className="nc-row nc-head" role="row">
        <span role="columnheader">Ref</span>
        <span role="columnheader">Nonconformity</span>
        <span role="columnheader">Due</span>
        <span role="columnheader">Status</span>
      </div>
      {rows.map((nc) => {
        const overdue = isNonconformityOverdue(nc, today);
        const focused = nc.id === focusedId;
        const source = `${NC_SOURCE_LABELS[nc.source]}${nc.sourceRef ? ` ${nc.sourceRef}` : ''}`;
        return (
          <div
            key={nc.id}
            role="row"
            aria-selected={focused}
            data-nc={nc.ref}
            className={`nc-row${focused ? ' focused' : ''}${overdue ? ' overdue' : ''}${nc.status === 'closed' ? ' closed' : ''}`}
            onClick={() => onFocus(nc.id)}
            onDoubleClick={onOpenEditor}
          >
            <span role="gridcell" className="nc-ref">
              {nc.ref}
            </span>
            <span role="gridcell" className="nc-main">
              <span className="nc-description" title={nc.description}>
                {nc.description}
              </span>
              <span className="nc-meta muted">
                Raised {formatDate(nc.raisedOn)} · {source} · {nc.owner || 'no owner'}
              </span>
            </span>
            <span role="gridcell" className={`nc-small${overdue ? ' due-late' : ''}`}>
              {nc.dueDate ? formatDate(nc.dueDate) : <span className="muted">No date</span>}
            </span>
            <span role="gridcell" className="nc-status-cell">
              <NcStatusPill status={nc.status} />
              {overdue && <span className="overdue-badge">Overdue</span>}
            </span>
          </div>
        );
      })}
    </div>
  );
}
