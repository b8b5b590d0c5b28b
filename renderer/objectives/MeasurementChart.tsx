import { formatMeasure, formatTarget, type Measurement, type Objective } from '../../shared/domain/objectives';
import { chartScale, meetsTarget, sortMeasurements } from '../../shared/rules/objective-status';
import { formatDate } from '../app/format';

const W = 360;
const H = 150;
const PAD = { left: 40, right: 12, top: 10, bottom: 22 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

const dayNumber = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / 86_400_000;
};

const shortDate = (iso: string) => {
  const [y, m] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { month: 'short', year: '2-digit' }).format(new Date(y!, m! - 1, 1));
};

export interface ChartPoint {
  measurement: Measurement;
  x: number;
  y: number;
  met: boolean | null;
}

/** Where each result sits: x by date (evenly spread in time), y from 0 at the bottom to the scale at the top. */
export function chartPoints(objective: Pick<Objective, 'measurements' | 'targetValue' | 'targetDirection' | 'unit'>): { points: ChartPoint[]; scale: number } {
  const sorted = sortMeasurements(objective.measurements);
  const scale = chartScale(
    sorted.map((m) => m.value),
    objective.targetValue,
    objective.unit,
  );
  const first = sorted.length > 0 ? dayNumber(sorted[0]!.measuredOn) : 0;
  const span = sorted.length > 1 ? dayNumber(sorted.at(-1)!.measuredOn) - first : 0;
  const points = sorted.map((measurement) => ({
    measurement,
    x: PAD.left + (span === 0 ? PLOT_W / 2 : ((dayNumber(measurement.measuredOn) - first) / span) * PLOT_W),
    y: PAD.top + PLOT_H - (Math.max(0, Math.min(measurement.value, scale)) / scale) * PLOT_H,
    met:
      objective.targetValue !== null && objective.targetDirection !== null
        ? meetsTarget(measurement.value, objective.targetValue, objective.targetDirection)
        : null,
  }));
  return { points, scale };
}

/** The results over time as a small line chart, with the target as a dashed line and the side that misses it shaded. */
export function MeasurementChart({ objective }: { objective: Objective }) {
  const { points, scale } = chartPoints(objective);
  const { targetValue: target, targetDirection: direction, unit } = objective;
  const yOf = (value: number) => PAD.top + PLOT_H - (Math.min(value, scale) / scale) * PLOT_H;
  const targetY = target !== null && direction !== null ? yOf(Math.max(0, target)) : null;
  const last = points.at(-1);
  const summary =
    points.length === 0
      ? 'No results recorded yet.'
      : `${points.length} results from ${formatDate(points[0]!.measurement.measuredOn)} to ${formatDate(last!.measurement.measuredOn)}; ` +
        `latest ${formatMeasure(last!.measurement.value, unit)}${formatTarget(objective) ? `, target ${formatTarget(objective).toLowerCase()}` : ''}.`;

  return (
    <figure className="objectives-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Results over time: ${summary}`} data-testid="measurement-chart">
        <title>{summary}</title>
        {targetY !== null && (
          <rect
            className="objectives-chart-miss"
            x={PAD.left}
            width={PLOT_W}
            y={direction === 'at-most' ? PAD.top : targetY}
            height={direction === 'at-most' ? targetY - PAD.top : PAD.top + PLOT_H - targetY}
          />
        )}
        {[0, scale / 2, scale].map((tick) => (
          <g key={tick} className="objectives-chart-tick">
            <line x1={PAD.left} x2={W - PAD.right} y1={yOf(tick)} y2={yOf(tick)} />
            <text x={PAD.left - 5} y={yOf(tick) + 3} textAnchor="end">
              {formatMeasure(Math.round(tick * 100) / 100, unit === '%' ? '%' : '')}
            </text>
          </g>
        ))}
        {targetY !== null && (
          <g className="objectives-chart-target" data-testid="chart-target">
            <line x1={PAD.left} x2={W - PAD.right} y1={targetY} y2={targetY} />
            <text x={PAD.left + 4} y={targetY - 4} textAnchor="start">
              Target {formatMeasure(target, unit)}
            </text>
          </g>
        )}
        {points.length > 1 && <polyline className="objectives-chart-line" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />}
        {points.map((p) => (
          <circle
            key={p.measurement.id}
            className={`objectives-chart-point ${p.met === null ? 'neutral' : p.met ? 'met' : 'missed'}`}
            cx={p.x}
            cy={p.y}
            r={p === last ? 4.5 : 3.2}
          >
            <title>{`${formatDate(p.measurement.measuredOn)}: ${formatMeasure(p.measurement.value, unit)}${p.met === null ? '' : p.met ? ' (met)' : ' (missed)'}`}</title>
          </circle>
        ))}
        {points.length > 0 && (
          <g className="objectives-chart-axis">
            <text x={points[0]!.x} y={H - 6} textAnchor={points.length > 1 ? 'start' : 'middle'}>
              {shortDate(points[0]!.measurement.measuredOn)}
            </text>
            {points.length > 1 && (
              <text x={last!.x} y={H - 6} textAnchor="end">
                {shortDate(last!.measurement.measuredOn)}
              </text>
            )}
          </g>
        )}
      </svg>
    </figure>
  );
}
