import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { RISK_STATUS_LABELS, TREATMENT_OPTION_LABELS, type Risk } from '../../shared/domain/risk';
import type { RiskMethod } from '../../shared/domain/risk-method';
import { formatDate } from '../app/format';
import { LevelChip } from '../components/LevelChip';
import type { RegisterRow, RiskSortKey } from './risk-filter';

interface Props {
  method: RiskMethod;
  rows: RegisterRow[];
  focusedId: number | null;
  sort: { key: RiskSortKey; descending: boolean };
  problems: Map<number, string[]>;
  onSort(key: RiskSortKey): void;
  onFocus(id: number): void;
  onOpenEditor(): void;
}

const COLUMNS: { key: RiskSortKey | null; label: string; className: string }[] = [
  { key: 'ref', label: 'Ref', className: 'rc-ref' },
  { key: 'title', label: 'Risk', className: 'rc-title' },
  { key: 'owner', label: 'Owner', className: 'rc-owner' },
  { key: 'inherent', label: 'Inherent', className: 'rc-level' },
  { key: null, label: 'Treatment', className: 'rc-treatment' },
  { key: 'residual', label: 'Residual', className: 'rc-level' },
  { key: 'status', label: 'Status', className: 'rc-status' },
  { key: 'nextReview', label: 'Next review', className: 'rc-date' },
];

const score = (l: number | null, i: number | null) => (l !== null && i !== null ? `${l}×${i}` : undefined);

/** The register as a virtualised grid: only the rows on screen are rendered, so thousands stay smooth. */
export function RiskTable({ method, rows, focusedId, sort, problems, onSort, onFocus, onOpenEditor }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.kind === 'group' ? 32 : 44),
    overscan: 12,
  });
  const riskIndexes = rows.flatMap((row, index) => (row.kind === 'risk' ? [index] : []));

  useEffect(() => {
    const index = rows.findIndex((row) => row.kind === 'risk' && row.risk.id === focusedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [focusedId, rows, virtualizer]);

  const move = (delta: number) => {
    if (riskIndexes.length === 0) return;
    const current = riskIndexes.findIndex((index) => {
      const row = rows[index];
      return row?.kind === 'risk' && row.risk.id === focusedId;
    });
    const next = riskIndexes[Math.min(riskIndexes.length - 1, Math.max(0, current === -1 ? 0 : current + delta))]!;
    const row = rows[next];
    if (row?.kind === 'risk') onFocus(row.risk.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      PageDown: () => move(15),
      PageUp: () => move(-15),
      Home: () => move(-riskIndexes.length),
      End: () => move(riskIndexes.length),
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
      <div className="empty-state risk-table-empty">
        <h3>No risks match</h3>
        <p>Clear the search, the filters or the heat-map cell to see risks again.</p>
      </div>
    );
  }

  return (
    <div className="risk-table" role="grid" aria-label="Risk register" aria-rowcount={riskIndexes.length} data-testid="risk-table">
      <div className="risk-row risk-head" role="row">
        {COLUMNS.map((column) => (
          <span key={column.label} role="columnheader" className={column.className} aria-sort={column.key === sort.key ? (sort.descending ? 'descending' : 'ascending') : undefined}>
            {column.key ? (
              <button type="button" className="sort-button" onClick={() => onSort(column.key!)}>
                {column.label}
                {column.key === sort.key ? (sort.descending ? ' ▾' : ' ▴') : ''}
              </button>
            ) : (
              column.label
            )}
          </span>
        ))}
      </div>
      <div className="risk-scroll" ref={scrollRef} tabIndex={0} onKeyDown={onKeyDown} data-testid="risk-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const style = { position: 'absolute' as const, top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)`, height: item.size };
            if (row.kind === 'group') {
              return (
                <div key={`g-${row.key}`} className="risk-group" role="row" style={style}>
                  <span role="gridcell">
                    {row.label} <span className="muted">· {row.count}</span>
                  </span>
                </div>
              );
            }
            const risk: Risk = row.risk;
            const riskProblems = problems.get(risk.id);
            return (
              <div
                key={risk.id}
                role="row"
                data-risk={risk.ref}
                className={`risk-row${risk.id === focusedId ? ' focused' : ''}`}
                style={style}
                onClick={() => onFocus(risk.id)}
                onDoubleClick={onOpenEditor}
              >
                <span role="gridcell" className="rc-ref">{risk.ref}</span>
                <span role="gridcell" className="rc-title" title={risk.title}>
                  {risk.title}
                  {riskProblems && <span className="attention-dot" title={riskProblems.join('\n')} aria-label="needs attention" />}
                </span>
                <span role="gridcell" className="rc-owner">{risk.owner || <span className="muted">—</span>}</span>
                <span role="gridcell" className="rc-level"><LevelChip method={method} level={risk.inherentLevel} score={score(risk.inherentLikelihood, risk.inherentImpact)} /></span>
                <span role="gridcell" className="rc-treatment" title={risk.treatment ? TREATMENT_OPTION_LABELS[risk.treatment] : undefined}>
                  {risk.treatment ? risk.treatment.charAt(0).toUpperCase() + risk.treatment.slice(1) : <span className="muted">—</span>}
                </span>
                <span role="gridcell" className="rc-level"><LevelChip method={method} level={risk.residualLevel} score={score(risk.residualLikelihood, risk.residualImpact)} /></span>
                <span role="gridcell" className="rc-status">{RISK_STATUS_LABELS[risk.status]}</span>
                <span role="gridcell" className="rc-date">{formatDate(risk.nextReview)}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
