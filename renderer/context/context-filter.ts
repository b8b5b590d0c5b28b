import {
  isUnaddressed,
  type ContextIssue,
  type InterestedParty,
  type IssueCategory,
  type IssueKind,
} from '../../shared/domain/context';

export interface IssueFilter {
  query: string;
  kind: IssueKind | 'all';
  category: IssueCategory | 'all';
}
export const EMPTY_ISSUE_FILTER: IssueFilter = { query: '', kind: 'all', category: 'all' };

export interface PartyFilter {
  query: string;
  unaddressedOnly: boolean;
}
export const EMPTY_PARTY_FILTER: PartyFilter = { query: '', unaddressedOnly: false };

const contains = (haystack: readonly string[], query: string) => {
  const q = query.trim().toLowerCase();
  return q === '' || haystack.some((text) => text.toLowerCase().includes(q));
};

export function matchesIssueFilter(issue: ContextIssue, filter: IssueFilter): boolean {
  return (
    (filter.kind === 'all' || issue.kind === filter.kind) &&
    (filter.category === 'all' || issue.category === filter.category) &&
    contains([issue.ref, issue.title, issue.description, issue.effect], filter.query)
  );
}

export const isIssueFiltered = (filter: IssueFilter) => filter.query.trim() !== '' || filter.kind !== 'all' || filter.category !== 'all';

/** Internal issues first, each kind in reference order. */
export function sortIssues(issues: readonly ContextIssue[]): ContextIssue[] {
  return [...issues].sort((a, b) => (a.kind === b.kind ? a.ref.localeCompare(b.ref, undefined, { numeric: true }) : a.kind === 'internal' ? -1 : 1));
}

/** The issues to show, in list order. */
export function visibleIssues(issues: readonly ContextIssue[], filter: IssueFilter): ContextIssue[] {
  return sortIssues(issues).filter((issue) => matchesIssueFilter(issue, filter));
}

export function unaddressedCount(party: InterestedParty): number {
  return party.requirements.filter(isUnaddressed).length;
}

export function matchesPartyFilter(party: InterestedParty, filter: PartyFilter): boolean {
  if (filter.unaddressedOnly && unaddressedCount(party) === 0) return false;
  return contains([party.ref, party.name, party.needs, ...party.requirements.map((r) => r.requirement)], filter.query);
}

export const isPartyFiltered = (filter: PartyFilter) => filter.query.trim() !== '' || filter.unaddressedOnly;

export function visibleParties(parties: readonly InterestedParty[], filter: PartyFilter): InterestedParty[] {
  return parties.filter((party) => matchesPartyFilter(party, filter));
}

/** The id a list moves to after `id` goes: the next one, else the previous, else none. */
export function neighbourAfterRemoval(ids: readonly number[], id: number): number | null {
  const index = ids.indexOf(id);
  if (index === -1) return ids[0] ?? null;
  return ids[index + 1] ?? ids[index - 1] ?? null;
}
