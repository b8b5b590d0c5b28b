import { describe, expect, it } from 'vitest';
import { objectivesMeasurable, objectivesMonitored } from './objective-rules';
import { checkWith, objective } from './test-snapshot';

describe('objective.measurable (6.2 b)', () => {
  it('passes when active objectives have a measure and a target; closed ones are not judged', () => {
    expect(checkWith(objectivesMeasurable, (s) => s.objectives.push(objective(2, { status: 'achieved', measure: '' })))).toEqual([]);
  });

  it('fails on an active objective without a numeric target', () => {
    const findings = checkWith(objectivesMeasurable, (s) => s.objectives.push(objective(2, { targetValue: null, objective: 'Be certified by June.' })));
    expect(findings).toEqual([
      { message: 'OBJ-002 Be certified by June has no measure or no numeric target.', link: { screen: 'objectives', record: 'OBJ-002', label: 'Open OBJ-002 in Objectives' } },
    ]);
  });
});

describe('objective.monitored (9.1)', () => {
  it('passes when every measurable active objective has a result; unmeasurable ones are left to 6.2', () => {
    expect(checkWith(objectivesMonitored, (s) => s.objectives.push(objective(2, { measure: '', measurements: [] })))).toEqual([]);
  });

  it('fails on a measurable active objective never measured', () => {
    const findings = checkWith(objectivesMonitored, (s) => s.objectives.push(objective(2, { measurements: [] })));
    expect(findings).toEqual([
      { message: 'OBJ-002 Objective 2 has no measurement recorded.', link: { screen: 'objectives', record: 'OBJ-002', label: 'Open OBJ-002 in Objectives' } },
    ]);
  });
});
