import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import type { TrainingRecordInput } from '../../shared/domain/competence';
import type { WorkbookContext } from './workbook-context';
import { listChanges } from '../repositories/change-log-repo';
import {
  createTrainingRecord,
  deleteTrainingRecord,
  listRoles,
  listTraining,
  setRoleCompetences,
  updateTrainingRecord,
} from './competence-service';

const tempDir = useTempDir();

/** Roles belong to another area; here they are written directly, as that area would. */
function addRole(ctx: WorkbookContext, title: string, holder: string, position: number): number {
  return Number(ctx.db.prepare('INSERT INTO isms_role (title, holder, accountabilities, position) VALUES (?, ?, ?, ?)').run(title, holder, 'Keeps the ISMS running', position).lastInsertRowid);
}

const record = (over: Partial<TrainingRecordInput> = {}): TrainingRecordInput => ({
  person: 'Priya Shah',
  role: 'Software Engineer',
  kind: 'training',
  subject: 'Secure coding for TypeScript services',
  completedOn: '2026-02-10',
  expiresOn: '2027-02-10',
  evidence: 'Certificate in the LMS',
  ...over,
});

describe('role competences', () => {
  it('lists roles in their order and writes only the competences, trimmed and without repeats', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const ciso = addRole(ctx, 'ISMS Manager', 'Siobhan Kerr', 2);
    addRole(ctx, 'Top management', 'Eleanor Marsh', 1);
    expect(listRoles(ctx).map((r) => r.title)).toEqual(['Top management', 'ISMS Manager']);

    const role = setRoleCompetences(ctx, ciso, [' ISO/IEC 27001 lead implementer ', 'Risk assessment', 'risk assessment', '']);
    expect(role).toEqual({ roleId: ciso, title: 'ISMS Manager', holder: 'Siobhan Kerr', competences: ['ISO/IEC 27001 lead implementer', 'Risk assessment'] });
    const row = ctx.db.prepare('SELECT title, holder, accountabilities FROM isms_role WHERE id = ?').get(ciso);
    expect(row).toEqual({ title: 'ISMS Manager', holder: 'Siobhan Kerr', accountabilities: 'Keeps the ISMS running' });

    const log = listChanges(ctx.db, { area: 'isms-role', limit: 10 });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ recordId: `ISMS Manager (#${ciso})`, field: 'competences', oldValue: '[]' });
    setRoleCompetences(ctx, ciso, ['Risk assessment', 'ISO/IEC 27001 lead implementer']);
    expect(listChanges(ctx.db, { area: 'isms-role', limit: 10 })).toHaveLength(2);
    expect(() => setRoleCompetences(ctx, 999, ['x'])).toThrow('no longer exists');
    expect(() => setRoleCompetences(ctx, ciso, Array.from({ length: 41 }, (_, i) => `Skill ${i}`))).toThrow('at most 40');
    session.close();
  });
});

describe('training records', () => {
  it('creates, updates and deletes records, newest completion first, logging every change', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const older = createTrainingRecord(ctx, record({ completedOn: '2025-11-01', expiresOn: null, kind: 'awareness', subject: 'Security induction' }));
    const newer = createTrainingRecord(ctx, record());
    expect(older.ref).toBe('TR-001');
    expect(listTraining(ctx).map((r) => r.ref)).toEqual(['TR-002', 'TR-001']);

    const updated = updateTrainingRecord(ctx, newer.id, { expiresOn: '2027-03-01', evidence: '  LMS export 2026-02  ' });
    expect(updated).toMatchObject({ expiresOn: '2027-03-01', evidence: 'LMS export 2026-02' });
    expect(listChanges(ctx.db, { area: 'training-record', recordId: 'TR-002', limit: 10 }).map((e) => e.field)).toEqual(
      expect.arrayContaining(['created', 'expiresOn', 'evidence']),
    );
    expect(() => updateTrainingRecord(ctx, newer.id, { expiresOn: '2026-01-01' })).toThrow('cannot be before the completion date');
    expect(() => createTrainingRecord(ctx, record({ person: '' }))).toThrow('Name the person');

    deleteTrainingRecord(ctx, older.id);
    expect(listTraining(ctx).map((r) => r.ref)).toEqual(['TR-002']);
    expect(listChanges(ctx.db, { area: 'training-record', recordId: 'TR-001', limit: 10 }).map((e) => e.field)).toContain('deleted');
    session.close();
  });
});
