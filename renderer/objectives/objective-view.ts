import type { Objective, ObjectiveStatus } from '../../shared/domain/objectives';
import { assessObjective, type ObjectiveAssessment } from '../../shared/rules/objective-status';

/** What the list shows: a search, a status, and optionally only the objectives that need attention. */
export interface ObjectiveFilter {
  query: string;
  status: ObjectiveStatus | 'all';
  attentionOnly: boolean;
}

export const EMPTY_OBJECTIVE_FILTER: ObjectiveFilter = { query: '', status: 'all', attentionOnly: false };

export function isObjectiveFiltered(filter: ObjectiveFilter): boolean {
  return filter.query.trim() !== '' || filter.status !== 'all' || filter.attentionOnly;
}

/** Off target, past due, or active without a result yet: what an owner should look at first. */
export function needsAttention(a: ObjectiveAssessment): boolean {
  return a.standing === 'off-target' || a.standing === 'not-measured' || a.pastDue;
}

export function matchesObjectiveFilter(objective: Objective, filter: ObjectiveFilter, asOf: string): boolean {
  if (filter.status !== 'all' && objective.status !== filter.status) return false;
  if (filter.attentionOnly && !needsAttention(assessObjective(objective, asOf))) return false;
  const words = filter.query.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = [objective.ref, objective.objective, objective.measure, objective.owner, objective.evaluation].join(' ').toLocaleLowerCase();
  return words.every((word) => text.includes(word));
}

export interface ObjectiveRow {
  objective: Objective;
  assessment: ObjectiveAssessment;
}

export function visibleObjectives(objectives: readonly Objective[], filter: ObjectiveFilter, asOf: string): ObjectiveRow[] {
  return objectives
    .filter((o) => matchesObjectiveFilter(o, filter, asOf))
    .map((objective) => ({ objective, assessment: assessObjective(objective, asOf) }));
}

/** Distinct non-empty values, sorted, for owner suggestions. */
export function distinctOwners(objectives: readonly Objective[]): string[] {
  return [...new Set(objectives.map((o) => o.owner.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
