import { isMeasurable } from '../objective-status';
import { capFindings, inline } from './findings';
import { objectiveLink, screenLink } from './links';
import type { ReadinessRule } from './rule';

/** Information security objectives (6.2) and their monitoring (9.1). */

const OBJECTIVES = screenLink('objectives', 'Open Objectives');

export const objectivesMeasurable: ReadinessRule = {
  id: 'objective.measurable',
  title: 'Every active objective is measurable',
  clause: '6.2 b',
  severity: 'warning',
  why: 'An objective must be measurable where practicable: without a measure and a target nobody can tell whether it was met.',
  check: (s) =>
    capFindings(
      s.objectives
        .filter((o) => o.status === 'active' && !isMeasurable(o))
        .map((o) => ({ message: `${o.ref} ${inline(o.objective)} has no measure or no numeric target.`, link: objectiveLink(o.ref) })),
      OBJECTIVES,
    ),
};

export const objectivesMonitored: ReadinessRule = {
  id: 'objective.monitored',
  title: 'Every measurable active objective has results recorded',
  clause: '9.1',
  severity: 'warning',
  why: 'Monitoring means results are actually taken and kept; a measure defined but never measured is not evaluated.',
  check: (s) =>
    capFindings(
      s.objectives
        .filter((o) => o.status === 'active' && isMeasurable(o) && o.measurements.length === 0)
        .map((o) => ({ message: `${o.ref} ${inline(o.objective)} has no measurement recorded.`, link: objectiveLink(o.ref) })),
      OBJECTIVES,
    ),
};
