import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { BLANK_OBJECTIVE, type ObjectiveInput } from '../../shared/domain/objectives';
import { assessObjective } from '../../shared/rules/objective-status';
import { listChanges } from '../repositories/change-log-repo';
import {
  addMeasurement,
  createObjective,
  deleteMeasurement,
  deleteObjective,
  listObjectiveRegister,
  updateMeasurement,
  updateObjective,
} from './objective-service';

const tempDir = useTempDir();

const mfa = (over: Partial<ObjectiveInput> = {}): ObjectiveInput => ({
  ...BLANK_OBJECTIVE,
  objective: 'Every workforce account signs in with phishing-resistant MFA',
  measure: 'Share of active Okta accounts enrolled in WebAuthn, from the Okta report',
  targetValue: 100,
  targetDirection: 'at-least',
  unit: '%',
  owner: 'IT Lead',
  dueDate: '2026-09-30',
  ...over,
});

describe('objectives', () => {
  it('gives readable references and keeps every field', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const first = createObjective(ctx, mfa());
    const second = createObjective(ctx, mfa({ objective: 'Patch critical vulnerabilities fast', targetValue: 95 }));
    expect([first.ref, second.ref]).toEqual(['OBJ-001', 'OBJ-002']);
    expect(first).toMatchObject({ targetValue: 100, targetDirection: 'at-least', unit: '%', dueDate: '2026-09-30', measurements: [] });
    deleteObjective(ctx, second.id);
    expect(createObjective(ctx, mfa({ objective: 'Third' })).ref).toBe('OBJ-002');
    session.close();
  });

  it('logs each changed field, refuses an empty objective and defaults a target without a direction to "at least"', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const obj = createObjective(ctx, mfa());
    const updated = updateObjective(ctx, obj.id, { targetValue: 98, owner: 'Callum Fraser, IT Lead' });
    expect(updated).toMatchObject({ targetValue: 98, owner: 'Callum Fraser, IT Lead' });
    const log = listChanges(ctx.db, { area: 'objective', recordId: 'OBJ-001', limit: 20 });
    expect(log.map((e) => [e.field, e.oldValue, e.newValue])).toEqual(
      expect.arrayContaining([
        ['targetValue', '100', '98'],
        ['owner', 'IT Lead', 'Callum Fraser, IT Lead'],
        ['created', null, obj.objective],
      ]),
    );
    expect(() => updateObjective(ctx, obj.id, { objective: '  ' })).toThrow('State the objective');
    expect(updateObjective(ctx, obj.id, { targetDirection: null }).targetDirection).toBe('at-least');
    expect(updateObjective(ctx, obj.id, { targetValue: null, targetDirection: null })).toMatchObject({ targetValue: null, targetDirection: null });
    expect(() => updateObjective(ctx, 999, { owner: 'x' })).toThrow('no longer exists');
    session.close();
  });
});

describe('measurements', () => {
  it('records results over time, oldest first, and the latest decides whether the objective is on target', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const obj = createObjective(ctx, mfa());
    addMeasurement(ctx, { objectiveId: obj.id, measuredOn: '2026-05-31', value: 96.5, note: '' });
    addMeasurement(ctx, { objectiveId: obj.id, measuredOn: '2026-03-31', value: 91, note: ' first report ' });
    const after = addMeasurement(ctx, { objectiveId: obj.id, measuredOn: '2026-04-30', value: 100, note: '' });
    expect(after.measurements.map((m) => [m.measuredOn, m.value, m.note])).toEqual([
      ['2026-03-31', 91, 'first report'],
      ['2026-04-30', 100, ''],
      ['2026-05-31', 96.5, ''],
    ]);
    expect(assessObjective(after, '2026-06-01')).toMatchObject({ standing: 'off-target', trend: 'worsening' });

    const latest = after.measurements[2]!;
    const fixed = updateMeasurement(ctx, latest.id, { value: 100, note: 'Two leavers removed from the count' });
    expect(assessObjective(fixed, '2026-06-01')).toMatchObject({ standing: 'on-target', trend: 'steady' });
    const log = listChanges(ctx.db, { area: 'measurement', recordId: 'OBJ-001 2026-05-31', limit: 10 });
    expect(log.map((e) => [e.field, e.oldValue, e.newValue])).toEqual(
      expect.arrayContaining([['value', '96.5', '100'], ['created', null, '96.5%']]),
    );

    const fewer = deleteMeasurement(ctx, after.measurements[0]!.id);
    expect(fewer.measurements).toHaveLength(2);
    expect(listChanges(ctx.db, { area: 'measurement', recordId: 'OBJ-001 2026-03-31', limit: 10 }).map((e) => e.field)).toContain('deleted');
    session.close();
  });

  it('refuses a measurement for a missing objective or without a number, and deletes measurements with their objective', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const obj = createObjective(ctx, mfa());
    expect(() => addMeasurement(ctx, { objectiveId: 999, measuredOn: '2026-05-31', value: 1, note: '' })).toThrow('no longer exists');
    expect(() => addMeasurement(ctx, { objectiveId: obj.id, measuredOn: '31/05/2026', value: 1, note: '' })).toThrow('YYYY-MM-DD');
    expect(() => addMeasurement(ctx, { objectiveId: obj.id, measuredOn: '2026-05-31', value: Number.NaN, note: '' })).toThrow();
    addMeasurement(ctx, { objectiveId: obj.id, measuredOn: '2026-05-31', value: 99, note: '' });
    deleteObjective(ctx, obj.id);
    expect(listObjectiveRegister(ctx)).toEqual([]);
    expect((ctx.db.prepare('SELECT count(*) AS n FROM measurement').get() as { n: number }).n).toBe(0);
    session.close();
  });
});
