import { NC_SOURCE_LABELS, NC_STATUSES, isNonconformityOverdue, type Nonconformity, type NonconformityStatus } from '../../shared/domain/nonconformity';

export interface NcFilter {
  query: string;
  status: NonconformityStatus | 'all' | 'not-closed';
  overdueOnly: boolean;
}

export const EMPTY_NC_FILTER: NcFilter = { query: '', status: 'all', overdueOnly: false };

export const isNcFiltered = (filter: NcFilter) => filter.query.trim() !== '' || filter.status !== 'all' || filter.overdueOnly;

export function matchesNcFilter(nc: Nonconformity, filter: NcFilter, today: string): boolean {
  if (filter.status === 'not-closed' ? nc.status === 'closed' : filter.status !== 'all' && nc.status !== filter.status) return false;
  if (filter.overdueOnly && !isNonconformityOverdue(nc, today)) return false;
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [
    nc.ref,
    nc.sourceRef,
    NC_SOURCE_LABELS[nc.source],
    nc.description,
    nc.correction,
    nc.rootCause,
    nc.correctiveAction,
    nc.owner,
    ...nc.findingRefs,
  ]
    .join(' ')
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}

export interface NcSummary {
  total: number;
  byStatus: Record<NonconformityStatus, number>;
  overdue: number;
  /** Implemented, with no effectiveness review recorded yet: the next thing to do. */
  awaitingReview: number;
}

export function summariseNonconformities(ncs: readonly Nonconformity[], today: string): NcSummary {
  const byStatus = Object.fromEntries(NC_STATUSES.map((s) => [s, 0])) as Record<NonconformityStatus, number>;
  for (const nc of ncs) byStatus[nc.status] += 1;
  return {
    total: ncs.length,
    byStatus,
    overdue: ncs.filter((nc) => isNonconformityOverdue(nc, today)).length,
    awaitingReview: ncs.filter((nc) => nc.status === 'implemented' && nc.effectivenessResult === null).length,
  };
}
