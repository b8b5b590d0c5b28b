import type { AnnexAControl, ControlTheme } from '../../shared/catalog/types';
import type { ImplementationStatus, SoaEntry } from '../../shared/domain/soa';
import { parseControlId } from '../../shared/rules/control-id';

export interface SoaFilter {
  query: string;
  theme: ControlTheme | 'all';
  /** An implementation status, or the applicability views. */
  status: ImplementationStatus | 'all' | 'not-applicable' | 'needs-attention';
  owner: string | 'all';
}

export const EMPTY_FILTER: SoaFilter = { query: '', theme: 'all', status: 'all', owner: 'all' };

export interface SoaRowView {
  control: AnnexAControl;
  entry: SoaEntry;
}

/** An applicable control without a reason, or an exclusion without a justification, needs the user. */
export function needsAttention(entry: SoaEntry): boolean {
  return entry.applicable ? entry.reasons.length === 0 || entry.owner.trim() === '' : entry.exclusionJustification.trim() === '';
}

export function matchesFilter(row: SoaRowView, filter: SoaFilter): boolean {
  const { control, entry } = row;
  if (filter.theme !== 'all' && control.theme !== filter.theme) return false;
  if (filter.owner !== 'all' && entry.owner !== filter.owner) return false;
  switch (filter.status) {
    case 'all':
      break;
    case 'not-applicable':
      if (entry.applicable) return false;
      break;
    case 'needs-attention':
      if (!needsAttention(entry)) return false;
      break;
    default:
      if (!entry.applicable || entry.status !== filter.status) return false;
  }
  const query = filter.query.trim().toLowerCase();
  if (query === '') return true;
  // A query that reads as a control number ("5.23", "A.8.1") finds that control alone.
  const asControlId = parseControlId(query);
  if (asControlId) return control.id === asControlId;
  const haystack = [
    `a.${control.id}`,
    control.title,
    entry.implementation,
    entry.owner,
    entry.exclusionJustification,
    ...entry.evidence,
  ]
    .join('\n')
    .toLowerCase();
  return query.split(/\s+/).every((word) => haystack.includes(word));
}

export interface SoaProgress {
  total: number;
  applicable: number;
  excluded: number;
  byStatus: Record<ImplementationStatus, number>;
  /** Applicable controls implemented, as a whole percentage. */
  implementedPercent: number;
  attention: number;
}

export function soaProgress(entries: SoaEntry[]): SoaProgress {
  const byStatus: Record<ImplementationStatus, number> = { 'not-started': 0, planned: 0, partial: 0, implemented: 0 };
  let applicable = 0;
  let attention = 0;
  for (const entry of entries) {
    if (needsAttention(entry)) attention += 1;
    if (!entry.applicable) continue;
    applicable += 1;
    byStatus[entry.status] += 1;
  }
  return {
    total: entries.length,
    applicable,
    excluded: entries.length - applicable,
    byStatus,
    implementedPercent: applicable === 0 ? 0 : Math.round((byStatus.implemented / applicable) * 100),
    attention,
  };
}
