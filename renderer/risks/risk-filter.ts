import type { Asset, Risk, RiskStatus, TreatmentOption } from '../../shared/domain/risk';
import { RISK_STATUS_LABELS, TREATMENT_OPTION_LABELS } from '../../shared/domain/risk';
import type { RiskMethod } from '../../shared/domain/risk-method';
import { bandById, bandRank } from '../../shared/rules/risk-scoring';

export interface RiskFilter {
  query: string;
  residualLevel: string | 'all';
  owner: string | 'all';
  status: RiskStatus | 'all';
  treatment: TreatmentOption | 'all' | 'none';
  /** A heat-map cell: only risks rated at this likelihood × impact. */
  cell: { which: 'inherent' | 'residual'; likelihood: number; impact: number } | null;
}

export const EMPTY_RISK_FILTER: RiskFilter = { query: '', residualLevel: 'all', owner: 'all', status: 'all', treatment: 'all', cell: null };

export type RiskSortKey = 'ref' | 'title' | 'owner' | 'inherent' | 'residual' | 'status' | 'nextReview';
export type RiskGroupKey = 'none' | 'owner' | 'status' | 'residual' | 'treatment';

export function matchesRiskFilter(risk: Risk, filter: RiskFilter, assetNames: Map<number, string>): boolean {
  if (filter.residualLevel !== 'all' && risk.residualLevel !== filter.residualLevel) return false;
  if (filter.owner !== 'all' && risk.owner !== filter.owner) return false;
  if (filter.status !== 'all' && risk.status !== filter.status) return false;
  if (filter.treatment === 'none' ? risk.treatment !== null : filter.treatment !== 'all' && risk.treatment !== filter.treatment) return false;
  if (filter.cell) {
    const l = filter.cell.which === 'inherent' ? risk.inherentLikelihood : risk.residualLikelihood;
    const i = filter.cell.which === 'inherent' ? risk.inherentImpact : risk.residualImpact;
    if (l !== filter.cell.likelihood || i !== filter.cell.impact) return false;
  }
  const query = filter.query.trim().toLowerCase();
  if (query === '') return true;
  const haystack = [
    risk.ref,
    risk.title,
    risk.description,
    risk.threat,
    risk.vulnerability,
    risk.owner,
    risk.existingControls,
    ...risk.controlIds.map((c) => `a.${c}`),
    ...risk.assetIds.map((id) => assetNames.get(id) ?? ''),
  ]
    .join('\n')
    .toLowerCase();
  return query.split(/\s+/).every((word) => haystack.includes(word));
}

export function sortRisks(risks: Risk[], key: RiskSortKey, descending: boolean, method: RiskMethod): Risk[] {
  const refNumber = (ref: string) => Number(ref.replace(/\D/g, '')) || 0;
  const compare: Record<RiskSortKey, (a: Risk, b: Risk) => number> = {
    ref: (a, b) => refNumber(a.ref) - refNumber(b.ref),
    title: (a, b) => a.title.localeCompare(b.title),
    owner: (a, b) => a.owner.localeCompare(b.owner),
    inherent: (a, b) => bandRank(method, a.inherentLevel) - bandRank(method, b.inherentLevel),
    residual: (a, b) => bandRank(method, a.residualLevel) - bandRank(method, b.residualLevel),
    status: (a, b) => a.status.localeCompare(b.status),
    nextReview: (a, b) => (a.nextReview ?? '9999').localeCompare(b.nextReview ?? '9999'),
  };
  const sorted = [...risks].sort((a, b) => compare[key](a, b) || refNumber(a.ref) - refNumber(b.ref));
  return descending ? sorted.reverse() : sorted;
}

export type RegisterRow = { kind: 'group'; key: string; label: string; count: number } | { kind: 'risk'; risk: Risk };

/** Flattens sorted risks into rows with a header row per group, for the virtualised table. */
export function groupRisks(risks: Risk[], group: RiskGroupKey, method: RiskMethod): RegisterRow[] {
  if (group === 'none') return risks.map((risk) => ({ kind: 'risk', risk }));
  const labelOf = (risk: Risk): [string, string] => {
    switch (group) {
      case 'owner':
        return [risk.owner, risk.owner || 'No owner'];
      case 'status':
        return [risk.status, RISK_STATUS_LABELS[risk.status]];
      case 'treatment':
        return [risk.treatment ?? 'none', risk.treatment ? TREATMENT_OPTION_LABELS[risk.treatment] : 'No treatment decided'];
      case 'residual': {
        const band = bandById(method, risk.residualLevel);
        return [String(99 - bandRank(method, risk.residualLevel)).padStart(3, '0'), band ? `Residual ${band.label}` : 'Residual not rated'];
      }
    }
  };
  const groups = new Map<string, { label: string; risks: Risk[] }>();
  for (const risk of risks) {
    const [key, label] = labelOf(risk);
    const entry = groups.get(key) ?? { label, risks: [] };
    entry.risks.push(risk);
    groups.set(key, entry);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([key, g]) => [{ kind: 'group' as const, key, label: g.label, count: g.risks.length }, ...g.risks.map((risk) => ({ kind: 'risk' as const, risk }))]);
}

export function assetNameMap(assets: Asset[]): Map<number, string> {
  return new Map(assets.map((a) => [a.id, `${a.ref} ${a.name}`]));
}
