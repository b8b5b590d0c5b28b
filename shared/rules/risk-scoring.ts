import type { RiskBand, RiskMethod } from '../domain/risk-method';
import type { RiskInput } from '../domain/risk';

/** The band a likelihood × impact pair falls in, or null while either is not yet rated. */
export function levelFor(method: RiskMethod, likelihood: number | null, impact: number | null): string | null {
  if (likelihood === null || impact === null) return null;
  return method.matrix[likelihood - 1]?.[impact - 1] ?? null;
}

export function bandById(method: RiskMethod, id: string | null): RiskBand | null {
  return id === null ? null : (method.bands.find((b) => b.id === id) ?? null);
}

/** 0 for the lowest band; -1 for no level. */
export function bandRank(method: RiskMethod, id: string | null): number {
  return id === null ? -1 : method.bands.findIndex((b) => b.id === id);
}

export interface ScoredLevels {
  inherentLevel: string | null;
  residualLevel: string | null;
}

export function scoreRisk(method: RiskMethod, risk: Pick<RiskInput, 'inherentLikelihood' | 'inherentImpact' | 'residualLikelihood' | 'residualImpact'>): ScoredLevels {
  return {
    inherentLevel: levelFor(method, risk.inherentLikelihood, risk.inherentImpact),
    residualLevel: levelFor(method, risk.residualLikelihood, risk.residualImpact),
  };
}

/** A residual level above the acceptance criteria must be formally accepted (or may not be retained at all). */
export function isAboveAcceptance(method: RiskMethod, level: string | null): boolean {
  const band = bandById(method, level);
  return band !== null && band.retention !== 'within-appetite';
}

/** What is wrong with a risk's treatment and acceptance under the method; empty when it is sound. */
export function acceptanceProblems(method: RiskMethod, risk: RiskInput): string[] {
  const problems: string[] = [];
  const residual = bandById(method, levelFor(method, risk.residualLikelihood, risk.residualImpact));
  if (!residual) return problems;
  if (residual.retention === 'not-permitted' && risk.status !== 'closed') {
    problems.push(`A residual level of ${residual.label} may not be retained: plan further treatment.`);
  }
  if (residual.retention === 'requires-approval') {
    const missing = [
      risk.acceptedBy.trim() === '' ? 'who accepted it' : null,
      risk.acceptedOn === null ? 'when' : null,
      risk.acceptanceRationale.trim() === '' ? 'why' : null,
    ].filter(Boolean);
    if (missing.length > 0) {
      problems.push(
        `A residual level of ${residual.label} is above the acceptance criteria and needs formal acceptance` +
          `${residual.acceptanceAuthority ? ` by ${residual.acceptanceAuthority}` : ''}: record ${missing.join(', ')}.`,
      );
    }
  }
  return problems;
}

/** Maps a rating onto a scale with a different number of levels, keeping its relative position. */
export function rescaleValue(value: number | null, fromLevels: number, toLevels: number): number | null {
  if (value === null) return null;
  if (fromLevels === toLevels) return value;
  const position = (value - 1) / (fromLevels - 1);
  return Math.min(toLevels, Math.max(1, Math.round(position * (toLevels - 1)) + 1));
}

export interface RescoredRisk {
  riskId: number;
  ref: string;
  title: string;
  ratings: Pick<RiskInput, 'inherentLikelihood' | 'inherentImpact' | 'residualLikelihood' | 'residualImpact'>;
  before: ScoredLevels;
  after: ScoredLevels;
}

type ScoredRisk = Pick<RiskInput, 'inherentLikelihood' | 'inherentImpact' | 'residualLikelihood' | 'residualImpact' | 'title'> & {
  id: number;
  ref: string;
};

/** Every risk under the new method: ratings carried across scale changes, levels recomputed. */
export function rescore(oldMethod: RiskMethod, newMethod: RiskMethod, risks: ScoredRisk[]): RescoredRisk[] {
  const l = [oldMethod.likelihood.length, newMethod.likelihood.length] as const;
  const i = [oldMethod.impact.length, newMethod.impact.length] as const;
  return risks.map((risk) => {
    const ratings = {
      inherentLikelihood: rescaleValue(risk.inherentLikelihood, l[0], l[1]),
      inherentImpact: rescaleValue(risk.inherentImpact, i[0], i[1]),
      residualLikelihood: rescaleValue(risk.residualLikelihood, l[0], l[1]),
      residualImpact: rescaleValue(risk.residualImpact, i[0], i[1]),
    };
    return { riskId: risk.id, ref: risk.ref, title: risk.title, ratings, before: scoreRisk(oldMethod, risk), after: scoreRisk(newMethod, ratings) };
  });
}

/** Counts per matrix cell, for heat maps: cells[l - 1][i - 1]. */
export function heatMapCounts(
  method: RiskMethod,
  risks: Pick<RiskInput, 'inherentLikelihood' | 'inherentImpact' | 'residualLikelihood' | 'residualImpact'>[],
  which: 'inherent' | 'residual',
): number[][] {
  const cells = method.likelihood.map(() => method.impact.map(() => 0));
  for (const risk of risks) {
    const l = which === 'inherent' ? risk.inherentLikelihood : risk.residualLikelihood;
    const i = which === 'inherent' ? risk.inherentImpact : risk.residualImpact;
    if (l === null || i === null) continue;
    const row = cells[l - 1];
    if (row && row[i - 1] !== undefined) row[i - 1]! += 1;
  }
  return cells;
}
