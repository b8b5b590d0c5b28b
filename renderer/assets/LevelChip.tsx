import type { RiskMethod } from '../../shared/domain/risk-method';
import { bandById } from '../../shared/rules/risk-scoring';
import { readableTextOn } from './band-colour';
import './assets.css';

/** A risk level in its band colour, as the method defines it; "Not rated" until scored. */
export function LevelChip({ method, level, prefix }: { method: RiskMethod | null; level: string | null; prefix?: string }) {
  const band = method ? bandById(method, level) : null;
  if (!band) {
    return (
      <span className="band-chip band-chip-none" title={prefix ? `${prefix}: not rated yet` : 'Not rated yet'}>
        Not rated
      </span>
    );
  }
  return (
    <span
      className="band-chip"
      style={{ background: band.colour, color: readableTextOn(band.colour) }}
      title={prefix ? `${prefix}: ${band.label}` : band.label}
    >
      {band.label}
    </span>
  );
}
