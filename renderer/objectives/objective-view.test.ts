import { describe, expect, it } from 'vitest';
import { BLANK_OBJECTIVE, type Objective } from '../../shared/domain/objectives';
import { distinctOwners, isObjectiveFiltered, matchesObjectiveFilter, visibleObjectives, EMPTY_OBJECTIVE_FILTER } from './objective-view';

const objective = (id: number, over: Partial<Objective>): Objective => ({
  ...BLANK_OBJECTIVE,
  id,
  ref: `OBJ-00${id}`,
  objective: `Objective ${id}`,
  measure: 'Monthly report',
  targetValue: 95,
  targetDirection: 'at-least',
  unit: '%',
  measurements: [],
  ...over,
});

const m = (value: number) => ({ id: value, objectiveId: 1, measuredOn: '2026-05-31', value, note: '' });
const list = [
  objective(1, { objective: 'Patch fast', owner: 'Head of Engineering', measurements: [m(97)] }),
  objective(2, { objective: 'Train everyone', owner: 'Head of People', measurements: [m(90)] }),
  objective(3, { objective: 'Measure later', owner: '' }),
  objective(4, { objective: 'Old one', status: 'retired', measurements: [m(10)] }),
];

describe('objective list filters', () => {
  it('searches every word across the text fields', () => {
    const rows = visibleObjectives(list, { ...EMPTY_OBJECTIVE_FILTER, query: 'people train' }, '2026-06-01');
    expect(rows.map((r) => r.objective.ref)).toEqual(['OBJ-002']);
  });

  it('keeps to a status, or to the objectives needing attention: off target, not measured, past due', () => {
    expect(list.filter((o) => matchesObjectiveFilter(o, { ...EMPTY_OBJECTIVE_FILTER, status: 'retired' }, '2026-06-01')).map((o) => o.id)).toEqual([4]);
    expect(list.filter((o) => matchesObjectiveFilter(o, { ...EMPTY_OBJECTIVE_FILTER, attentionOnly: true }, '2026-06-01')).map((o) => o.id)).toEqual([2, 3]);
    expect(isObjectiveFiltered(EMPTY_OBJECTIVE_FILTER)).toBe(false);
    expect(isObjectiveFiltered({ ...EMPTY_OBJECTIVE_FILTER, attentionOnly: true })).toBe(true);
  });

  it('carries each objective’s assessment, and lists owners once', () => {
    expect(visibleObjectives(list, EMPTY_OBJECTIVE_FILTER, '2026-06-01').map((r) => r.assessment.standing)).toEqual(['on-target', 'off-target', 'not-measured', 'closed']);
    expect(distinctOwners(list)).toEqual(['Head of Engineering', 'Head of People']);
  });
});
