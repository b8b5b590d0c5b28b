import { useEffect, useState, type FocusEvent, type KeyboardEvent } from 'react';
import {
  COST_FIGURE_IDS,
  COST_FIGURE_INFO,
  DEFAULT_COST_FIGURES,
  EDITED_NOTE,
  TYPICAL_RANGE_NOTE,
  figureRangeSchema,
  sameRange,
  type CostFigureId,
  type CostFigures,
  type CostFiguresPatch,
  type FigureRange,
  type FigureUnit,
} from '../../shared/domain/advisor';
import { formatFigureInput, formatRange, parseFigure } from './figure-format';

interface Props {
  figures: CostFigures;
  edited: readonly CostFigureId[];
  onSave(patch: CostFiguresPatch): Promise<boolean>;
}

const UNIT_SUFFIX: Record<FigureUnit, string> = { months: 'months', usd: 'US$', percent: '%' };

/** The figures the plan is computed from, each editable, with its source or "edited by you" and a reset. */
export function CostTable({ figures, edited, onSave }: Props) {
  return (
    <section className="card advisor-costs" aria-label="Typical durations and costs">
      <header className="advisor-costs-head">
        <h2>Typical durations and costs</h2>
        <p className="muted">
          Ranges from public 2026 market guides, in US dollars. Replace them with figures from your own quotes and the plan follows; each
          figure can go back to its default.
        </p>
      </header>
      <table className="plain-table advisor-cost-table">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Range</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        {COST_FIGURE_IDS.map((id) => (
          <FigureRow key={id} id={id} range={figures[id]} edited={edited.includes(id)} onSave={onSave} />
        ))}
      </table>
    </section>
  );
}

interface RowProps {
  id: CostFigureId;
  range: FigureRange;
  edited: boolean;
  onSave: Props['onSave'];
}

function FigureRow({ id, range, edited, onSave }: RowProps) {
  const info = COST_FIGURE_INFO[id];
  const [low, setLow] = useState(formatFigureInput(range.low));
  const [high, setHigh] = useState(formatFigureInput(range.high));
  /** What is wrong, and which end it is wrong at. */
  const [error, setError] = useState<{ message: string; end: 'low' | 'high' } | null>(null);
  const reset = () => {
    setLow(formatFigureInput(range.low));
    setHigh(formatFigureInput(range.high));
    setError(null);
  };
  // Follows the saved figure (a reset, or the server's answer), dropping any half-typed edit.
  useEffect(() => {
    setLow(formatFigureInput(range.low));
    setHigh(formatFigureInput(range.high));
    setError(null);
  }, [range.low, range.high]);

  const save = (next: FigureRange) => {
    const parsed = figureRangeSchema(info.unit).safeParse(next);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setError({ message: issue?.message ?? 'Check this figure', end: issue?.path[0] === 'low' ? 'low' : 'high' });
    }
    setError(null);
    if (!sameRange(parsed.data, range)) void onSave({ [id]: parsed.data });
  };
  const commit = () => {
    const lowValue = parseFigure(low);
    const highValue = parseFigure(high);
    if (lowValue === null || highValue === null) {
      setError({
        message: `Enter the ${lowValue === null ? 'lower' : 'upper'} end as a number, for example ${info.unit === 'usd' ? '15000 or 15k' : '6'}`,
        end: lowValue === null ? 'low' : 'high',
      });
      return;
    }
    save({ low: lowValue, high: highValue, plus: range.plus });
  };
  // Saved when focus leaves the row, so the lower end can pass the old upper end while the user types both.
  const onBlur = (e: FocusEvent<HTMLTableSectionElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) commit();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    else if (e.key === 'Escape') reset();
  };
  const errorId = `advisor-figure-${id}-error`;
  const input = (end: 'low' | 'high', value: string, setValue: (v: string) => void) => (
    <span className="advisor-figure-input">
      {info.unit === 'usd' && <span className="muted">{UNIT_SUFFIX.usd}</span>}
      <input
        inputMode="decimal"
        value={value}
        aria-label={`${info.label}: ${end === 'low' ? 'lower' : 'upper'} end`}
        aria-invalid={error?.end === end}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {info.unit !== 'usd' && <span className="muted">{UNIT_SUFFIX[info.unit]}</span>}
    </span>
  );

  return (
    <tbody className={`advisor-figure${edited ? ' edited' : ''}`} data-figure={id} onBlur={onBlur}>
      <tr>
        <th scope="row">
          {info.label}
          <span className="advisor-figure-note">{info.note}</span>
        </th>
        <td>{input('low', low, setLow)}</td>
        <td>
          {input('high', high, setHigh)}
          {info.unit === 'usd' && (
            <label className="advisor-plus">
              <input type="checkbox" checked={range.plus} onChange={(e) => save({ ...range, plus: e.target.checked })} />
              or more
            </label>
          )}
        </td>
        <td className="nowrap advisor-figure-range" data-testid={`figure-range-${id}`}>
          {formatRange(range, info.unit)}
        </td>
        <td>
          {edited ? (
            <span className="advisor-source">
              <span className="advisor-edited">{EDITED_NOTE}</span>
              <button
                type="button"
                className="link-button"
                aria-label={`Reset ${info.label} to the default, ${formatRange(DEFAULT_COST_FIGURES[id], info.unit)}`}
                onClick={() => void onSave({ [id]: null })}
              >
                Reset to {formatRange(DEFAULT_COST_FIGURES[id], info.unit, { compact: true })}
              </button>
            </span>
          ) : (
            <span className="advisor-typical">{TYPICAL_RANGE_NOTE}</span>
          )}
        </td>
      </tr>
      {error && (
        <tr className="advisor-figure-error">
          <td colSpan={5} id={errorId} role="alert">
            {error.message}
          </td>
        </tr>
      )}
    </tbody>
  );
}
