import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../../test/fixtures/workbook';
import { trainingValidity } from '../../../shared/domain/competence';
import { assessObjective, isMeasurable, summariseObjectives } from '../../../shared/rules/objective-status';
import { readDocumentControl } from '../document-control-service';
import { listRoles, listTraining } from '../competence-service';
import { listObjectiveRegister } from '../objective-service';

const tempDir = useTempDir();

describe('sample objectives, training and competences', () => {
  it('seeds measurable objectives with monthly 2026 results, two of them currently off target', () => {
    const { ctx, session } = openTestWorkbook(tempDir(), { sample: true });
    const objectives = listObjectiveRegister(ctx);
    expect(objectives.length).toBeGreaterThanOrEqual(6);
    expect(objectives.length).toBeLessThanOrEqual(8);
    const measured = objectives.filter((o) => o.measurements.length > 0);
    for (const o of measured) {
      expect(isMeasurable(o), o.ref).toBe(true);
      expect(o.measurements.length, o.ref).toBeGreaterThanOrEqual(4);
      expect(o.measurements.every((m) => m.measuredOn.startsWith('2026-')), o.ref).toBe(true);
    }
    const off = objectives.filter((o) => assessObjective(o, '2026-11-20').standing === 'off-target').map((o) => o.ref);
    expect(off).toEqual(['OBJ-001', 'OBJ-004']);
    expect(summariseObjectives(objectives, '2026-11-20')).toMatchObject({ achieved: 1, pastDue: 0, offTarget: 2 });
    session.close();
  });

  it('seeds about 25 training records, a few expired or expiring, and competences for every role the context sample made', () => {
    const { ctx, session } = openTestWorkbook(tempDir(), { sample: true });
    const records = listTraining(ctx);
    expect(records.length).toBeGreaterThanOrEqual(20);
    const flags = records.map((r) => trainingValidity(r, '2026-11-20'));
    expect(flags.filter((f) => f === 'expired').length).toBeGreaterThanOrEqual(1);
    expect(flags.filter((f) => f === 'expiring').length).toBeGreaterThanOrEqual(1);
    const roles = listRoles(ctx);
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(role.competences.length, role.title).toBeGreaterThan(0);
    expect(readDocumentControl(ctx, 'objectives')).toMatchObject({ documentId: 'ISMS-OBJ', status: 'approved' });
    expect(readDocumentControl(ctx, 'competence').revisions.length).toBeGreaterThan(0);
    session.close();
  });
});
