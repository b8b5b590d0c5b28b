import type { RiskMethod } from '../../shared/domain/risk-method';
import { readableTextOn as textOn } from '../../shared/rules/colour-contrast';

interface Props {
  method: RiskMethod;
  title: string;
  counts: number[][];
  selected: { likelihood: number; impact: number } | null;
  onSelect(cell: { likelihood: number; impact: number } | null): void;
}

/** Likelihood up the side (highest first), impact along the bottom; a click filters the register. */
export function HeatMap({ method, title, counts, selected, onSelect }: Props) {
  const bands = new Map(method.bands.map((b) => [b.id, b]));
  const rows = [...method.likelihood].reverse();
  return (
    <figure className="heat-map" aria-label={`${title} heat map`}>
      <figcaption>{title}</figcaption>
      <div className="heat-grid" style={{ gridTemplateColumns: `auto repeat(${method.impact.length}, minmax(34px, 1fr))` }}>
        {rows.map((likelihood) => [
          <span key={`l${likelihood.value}`} className="axis axis-y" title={likelihood.label}>
            {likelihood.value} {likelihood.label}
          </span>,
          ...method.impact.map((impact) => {
            const band = bands.get(method.matrix[likelihood.value - 1]?.[impact.value - 1] ?? '');
            const count = counts[likelihood.value - 1]?.[impact.value - 1] ?? 0;
            const isSelected = selected?.likelihood === likelihood.value && selected.impact === impact.value;
            return (
              <button
                key={`${likelihood.value}-${impact.value}`}
                type="button"
                className={`heat-cell${isSelected ? ' selected' : ''}${count === 0 ? ' empty' : ''}`}
                style={{ background: band?.colour ?? '#eee', color: textOn(band?.colour ?? '#eeeeee') }}
                aria-label={`${title}: likelihood ${likelihood.label}, impact ${impact.label}, ${count} risks`}
                aria-pressed={isSelected}
                onClick={() => onSelect(isSelected ? null : { likelihood: likelihood.value, impact: impact.value })}
              >
                {count > 0 ? count : ''}
              </button>
            );
          }),
        ])}
        <span />
        {method.impact.map((impact) => (
          <span key={`i${impact.value}`} className="axis axis-x" title={impact.label}>
            {impact.value} {impact.label}
          </span>
        ))}
      </div>
      <div className="heat-axes muted">Likelihood ↑ · Impact →</div>
    </figure>
  );
}
