import type { RiskMethod } from '../../shared/domain/risk-method';
import { bandById } from '../../shared/rules/risk-scoring';

/** Black or white text, whichever reads better on the band colour. */
export function textOn(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const luminance = (0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
  return luminance > 0.6 ? '#1d2733' : '#ffffff';
}

export function LevelChip({ method, level, score }: { method: RiskMethod; level: string | null; score?: string }) {
  const band = bandById(method, level);
  if (!band) return <span className="level-chip level-none">Not rated</span>;
  return (
    <span className="level-chip" style={{ background: band.colour, color: textOn(band.colour) }} title={score ? `${band.label} (${score})` : band.label}>
      {band.label}
      {score && <span className="level-score">{score}</span>}
    </span>
  );
}
