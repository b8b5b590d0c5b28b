import { describe, expect, it } from 'vitest';
import { BLANK_OBJECTIVE, formatMeasure, formatTarget, type Measurement, type Objective } from '../domain/objectives';
import {
  assessObjective,
  isMeasurable,
  isPastDue,
  latestMeasurement,
  meetsTarget,
  sortMeasurements,
  summariseObjectives,
  trendOf,
} from './objective-status';

let nextId = 1;
const m = (measuredOn: string, value: number, id = nextId++): Measurement => ({ id, objectiveId: 1, measuredOn, value, note: '' });

const objective = (over: Partial<Objective> = {}): Objective => ({
  ...BLANK_OBJECTIVE,
  id: 1,
  ref: 'OBJ-001',
  objective: 'Keep the phishing click rate low',
  measure: 'Share of recipients who click in the monthly simulation',
  targetValue: 5,
  targetDirection: 'at-most',
  unit: '%',
  measurements: [],
  ...over,
});

describe('isMeasurable', () => {
  it('needs a measure and a numeric target with a direction', () => {
    expect(isMeasurable(objective())).toBe(true);
    expect(isMeasurable(objective({ measure: '  ' }))).toBe(false);
    expect(isMeasurable(objective({ targetValue: null }))).toBe(false);
    expect(isMeasurable(objective({ targetDirection: null }))).toBe(false);
    expect(isMeasurable(objective({ targetValue: 0 }))).toBe(true);
  });
});

describe('latest measurement and order', () => {
  it('takes the latest date, whatever the order recorded, and the later entry on the same day', () => {
    const list = [m('2026-03-31', 4, 10), m('2026-05-31', 6, 11), m('2026-04-30', 3, 12), m('2026-05-31', 2, 9)];
    expect(latestMeasurement(list)).toMatchObject({ id: 11, value: 6 });
    expect(sortMeasurements(list).map((x) => x.id)).toEqual([10, 12, 9, 11]);
    expect(latestMeasurement([])).toBeNull();
  });
});

describe('meetsTarget', () => {
  it('reads the direction: at least reaches from below, at most stays under, and the target itself counts', () => {
    expect(meetsTarget(95, 95, 'at-least')).toBe(true);
    expect(meetsTarget(94.9, 95, 'at-least')).toBe(false);
    expect(meetsTarget(5, 5, 'at-most')).toBe(true);
    expect(meetsTarget(5.1, 5, 'at-most')).toBe(false);
  });
});

describe('trendOf', () => {
  it('judges the last two results by the direction of the target', () => {
    const falling = [m('2026-01-31', 8), m('2026-02-28', 6)];
    expect(trendOf(falling, 'at-most')).toBe('improving');
    expect(trendOf(falling, 'at-least')).toBe('worsening');
    expect(trendOf([m('2026-01-31', 6), m('2026-02-28', 6)], 'at-least')).toBe('steady');
    expect(trendOf([m('2026-01-31', 6)], 'at-least')).toBeNull();
    expect(trendOf(falling, null)).toBeNull();
  });

  it('uses dates, not the order the results were entered in', () => {
    expect(trendOf([m('2026-02-28', 6), m('2026-01-31', 8)], 'at-most')).toBe('improving');
  });
});

describe('isPastDue', () => {
  it('flags only active objectives whose due day has gone by', () => {
    expect(isPastDue({ status: 'active', dueDate: '2026-06-30' }, '2026-07-01')).toBe(true);
    expect(isPastDue({ status: 'active', dueDate: '2026-06-30' }, '2026-06-30')).toBe(false);
    expect(isPastDue({ status: 'achieved', dueDate: '2026-06-30' }, '2026-07-01')).toBe(false);
    expect(isPastDue({ status: 'active', dueDate: null }, '2026-07-01')).toBe(false);
  });
});

describe('assessObjective', () => {
  it('is off target when the latest result misses, even if an earlier one met it', () => {
    const a = assessObjective(objective({ measurements: [m('2026-01-31', 4), m('2026-02-28', 7)] }), '2026-03-01');
    expect(a).toMatchObject({ measurable: true, onTarget: false, trend: 'worsening', standing: 'off-target', pastDue: false });
    expect(a.latest?.value).toBe(7);
  });

  it('tells apart not measured, no target and closed objectives', () => {
    expect(assessObjective(objective(), '2026-03-01').standing).toBe('not-measured');
    expect(assessObjective(objective({ targetValue: null, measurements: [m('2026-01-31', 4)] }), '2026-03-01')).toMatchObject({
      standing: 'no-target',
      onTarget: null,
      measurable: false,
    });
    expect(assessObjective(objective({ status: 'retired', measurements: [m('2026-01-31', 9)] }), '2026-03-01')).toMatchObject({
      standing: 'closed',
      onTarget: false,
    });
  });
});

describe('summariseObjectives', () => {
  it('counts active objectives by standing, and the closed ones apart', () => {
    const list = [
      objective({ id: 1, measurements: [m('2026-01-31', 3)] }),
      objective({ id: 2, measurements: [m('2026-01-31', 9)], dueDate: '2026-01-01' }),
      objective({ id: 3 }),
      objective({ id: 4, measure: '', targetValue: null }),
      objective({ id: 5, status: 'achieved' }),
      objective({ id: 6, status: 'retired', measurements: [m('2026-01-31', 9)] }),
    ];
    expect(summariseObjectives(list, '2026-02-01')).toEqual({
      total: 6,
      active: 4,
      onTarget: 1,
      offTarget: 1,
      notMeasured: 1,
      notMeasurable: 1,
      pastDue: 1,
      achieved: 1,
      retired: 1,
    });
  });
});

describe('formatting', () => {
  it('prints values and targets with their unit', () => {
    expect(formatMeasure(4.456, '%')).toBe('4.46%');
    expect(formatMeasure(14, 'days')).toBe('14 days');
    expect(formatMeasure(3, '')).toBe('3');
    expect(formatMeasure(null, '%')).toBe('—');
    expect(formatTarget({ targetValue: 95, targetDirection: 'at-least', unit: '%' })).toBe('At least 95%');
    expect(formatTarget({ targetValue: null, targetDirection: 'at-least', unit: '%' })).toBe('');
  });
});
