import type { RiskMethod } from '../../shared/domain/risk-method';
import { readableTextOn } from '../../shared/rules/colour-contrast';
import { bandById } from '../../shared/rules/risk-scoring';
import './components.css';

interface Props {
  method: RiskMethod | null;
  level: string | null;
  /** "L×I", shown after the label. */
  score?: string;
  /** What the level is of ("Residual"), for the tooltip. */
  prefix?: string;
}

/** A risk level in its band colour, as the method defines it; "Not rated" until scored. */
export function LevelChip({ method, level, score, prefix }: Props) {
  const band = method ? bandById(method, level) : null;
  if (!band) {
    return (
      <span className="level-chip level-none" title={prefix ? `${prefix}: not rated yet` : 'Not rated yet'}>
        Not rated
      </span>
    );
  }
  const label = `${prefix ? `${prefix}: ` : ''}${band.label}${score ? ` (${score})` : ''}`;
  return (
    <span className="level-chip" style={{ background: band.colour, color: readableTextOn(band.colour) }} title={label}>
      {band.label}
      {score && <span className="level-score">{score}</span>}
    </span>
  );
}
