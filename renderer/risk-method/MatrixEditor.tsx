import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { RiskMethod } from '../../shared/domain/risk-method';
import { bandById } from '../../shared/rules/risk-scoring';
import { cellCounts, cycleBand, setCell } from './method-draft';
import { readableTextOn as textOn } from '../../shared/rules/colour-contrast';

interface MatrixEditorProps {
  method: RiskMethod;
  onEdit(change: (method: RiskMethod) => RiskMethod): void;
}

/**
 * Likelihood rows (highest at the top) by impact columns. A cell moves to the next level on click, Enter or
 * Space, and back with Shift; the arrow keys, Home and End move between cells (one tab stop for the grid).
 */
export function MatrixEditor({ method, onEdit }: MatrixEditorProps) {
  const hintId = useId();
  const gridRef = useRef<HTMLTableElement>(null);
  const [focus, setFocus] = useState({ l: method.likelihood.length - 1, i: 0 });
  const rows = method.likelihood.length;
  const cols = method.impact.length;
  const active = { l: Math.min(focus.l, rows - 1), i: Math.min(focus.i, cols - 1) };
  const counts = cellCounts(method);

  const cycle = (l: number, i: number, step: 1 | -1) => {
    onEdit((m) => setCell(m, l, i, cycleBand(m.bands, m.matrix[l]?.[i] ?? '', step)));
  };

  const moveTo = (l: number, i: number) => {
    const target = { l: Math.max(0, Math.min(rows - 1, l)), i: Math.max(0, Math.min(cols - 1, i)) };
    setFocus(target);
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-cell="${target.l}-${target.i}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, l: number, i: number) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [l + 1, i],
      ArrowDown: [l - 1, i],
      ArrowLeft: [l, i - 1],
      ArrowRight: [l, i + 1],
      Home: [l, 0],
      End: [l, cols - 1],
      PageUp: [rows - 1, i],
      PageDown: [0, i],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveTo(...move);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      cycle(l, i, event.shiftKey ? -1 : 1);
    }
  };

  const rowOrder = method.likelihood.map((_, l) => rows - 1 - l);
  return (
    <section className="card rm-matrix-card" aria-labelledby="rm-matrix-title">
      <div className="rm-card-head">
        <div>
          <h2 id="rm-matrix-title">Risk matrix</h2>
          <p className="muted">
            Likelihood × impact gives the risk level. {rows} × {cols} cells.
          </p>
        </div>
      </div>
      <div className="rm-matrix">
        <span className="rm-axis rm-axis-y" aria-hidden="true">
          Likelihood →
        </span>
        <table
          className={`rm-matrix-table${cols > 5 ? ' rm-dense' : ''}`}
          ref={gridRef}
          style={{ minWidth: (cols > 5 ? 88 : 100) + cols * 46 }}
          aria-label="Risk matrix: likelihood by impact"
          aria-describedby={hintId}
        >
          <colgroup>
            <col className="rm-head-col" />
          </colgroup>
          <tbody>
            {rowOrder.map((l) => {
              const level = method.likelihood[l]!;
              return (
                <tr key={l}>
                  <th scope="row" className="rm-row-head">
                    <span className="rm-level-no">{level.value}</span>
                    <span className="rm-head-label" title={level.label}>
                      {level.label || `Level ${level.value}`}
                    </span>
                  </th>
                  {method.impact.map((impact, i) => {
                    const id = method.matrix[l]?.[i] ?? '';
                    const band = bandById(method, id);
                    const focused = active.l === l && active.i === i;
                    return (
                      <td key={i}>
                        <button
                          type="button"
                          className="rm-cell"
                          data-cell={`${l}-${i}`}
                          tabIndex={focused ? 0 : -1}
                          title={cols > 5 ? band?.label : undefined}
                          style={band ? { background: band.colour, color: textOn(band.colour) } : undefined}
                          aria-label={`Likelihood ${level.value} ${level.label}, impact ${impact.value} ${impact.label}: ${band?.label ?? 'no level'}`}
                          onFocus={() => setFocus({ l, i })}
                          onClick={(event) => cycle(l, i, event.shiftKey ? -1 : 1)}
                          onKeyDown={(event) => onKeyDown(event, l, i)}
                        >
                          {band ? band.label.trim() || '—' : '?'}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <td />
              {method.impact.map((impact) => (
                <th key={impact.value} scope="col" className="rm-col-head">
                  <span className="rm-level-no">{impact.value}</span>
                  <span className="rm-head-label" title={impact.label}>
                    {impact.label || `Level ${impact.value}`}
                  </span>
                </th>
              ))}
            </tr>
          </tfoot>
        </table>
        <span className="rm-axis rm-axis-x" aria-hidden="true">
          Impact →
        </span>
      </div>
      <p id={hintId} className="muted rm-hint">
        Click a cell for the next level, Shift+click for the previous. Arrow keys move between cells; Enter or Space changes one.
      </p>
      <ul className="rm-legend" aria-label="Cells per risk level">
        {method.bands.map((band) => (
          <li key={band.id}>
            <span className="rm-swatch" style={{ background: band.colour }} />
            {band.label || 'Unnamed'} <span className="muted">· {counts.get(band.id) ?? 0}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
