import { AppError } from '../../shared/ipc/result';
import {
  competenceListSchema,
  normaliseCompetences,
  TRAINING_RECORD_FIELDS,
  trainingRecordInputSchema,
  type RoleCompetences,
  type TrainingRecord,
  type TrainingRecordInput,
} from '../../shared/domain/competence';
import {
  deleteTrainingRecordRow,
  getRoleCompetences,
  getTrainingRecord,
  insertTrainingRecord,
  listRoleCompetences,
  listTrainingRecords,
  updateRoleCompetencesColumn,
  updateTrainingRecordRow,
} from '../repositories/training-repo';
import { logChanges, logEvent } from './change-log';
import { inTransaction, type WorkbookContext } from './workbook-context';

function invalid(issues: { message: string }[], fallback: string): never {
  throw new AppError('INVALID_INPUT', issues[0]?.message ?? fallback, { issues });
}

// ---------------------------------------------------------------------------------------------------------------
// Required competences per ISMS role (7.2 a). The roles themselves belong to the roles area; only their
// `competences` column is written here.

export function listRoles(ctx: WorkbookContext): RoleCompetences[] {
  return listRoleCompetences(ctx.db);
}

/** Replaces the competences a role requires inside the caller's transaction (used by the service and the sample). */
export function writeRoleCompetences(ctx: WorkbookContext, roleId: number, competences: readonly string[]): RoleCompetences {
  const before = getRoleCompetences(ctx.db, roleId);
  if (!before) throw new AppError('NOT_FOUND', 'That ISMS role no longer exists.');
  const parsed = competenceListSchema.safeParse(normaliseCompetences(competences));
  if (!parsed.success) invalid(parsed.error.issues, 'Invalid list of competences');
  const after = { ...before, competences: parsed.data };
  updateRoleCompetencesColumn(ctx.db, roleId, after.competences);
  // Named as the roles area names a role in the change log, so a role's history reads as one.
  logChanges(ctx, 'isms-role', `${before.title} (#${roleId})`, before, after, ['competences']);
  return getRoleCompetences(ctx.db, roleId)!;
}

/** Replaces the competences a role requires (trimmed, without repeats), and logs the change against the role. */
export function setRoleCompetences(ctx: WorkbookContext, roleId: number, competences: string[]): RoleCompetences {
  return inTransaction(ctx, () => writeRoleCompetences(ctx, roleId, competences));
}

// ---------------------------------------------------------------------------------------------------------------
// Training, awareness and qualification records (7.2 d, 7.3).

export function listTraining(ctx: WorkbookContext): TrainingRecord[] {
  return listTrainingRecords(ctx.db);
}

function validate(input: unknown): TrainingRecordInput {
  const parsed = trainingRecordInputSchema.safeParse(input);
  if (!parsed.success) invalid(parsed.error.issues, 'Invalid training record');
  return { ...parsed.data, evidence: parsed.data.evidence.trim() };
}

function requireRecord(ctx: WorkbookContext, id: number): TrainingRecord {
  const record = getTrainingRecord(ctx.db, id);
  if (!record) throw new AppError('NOT_FOUND', 'That training record no longer exists.');
  return record;
}

/** Adds records inside the caller's transaction (used by create and by the sample). */
export function insertTrainingRecords(ctx: WorkbookContext, inputs: TrainingRecordInput[]): TrainingRecord[] {
  return inputs.map((input) => {
    const record = requireRecord(ctx, insertTrainingRecord(ctx.db, validate(input)));
    logEvent(ctx, 'training-record', record.ref, 'created', `${record.person}: ${record.subject}`);
    return record;
  });
}

export function createTrainingRecord(ctx: WorkbookContext, input: TrainingRecordInput): TrainingRecord {
  return inTransaction(ctx, () => insertTrainingRecords(ctx, [input])[0]!);
}

export function updateTrainingRecord(ctx: WorkbookContext, id: number, patch: Partial<TrainingRecordInput>): TrainingRecord {
  return inTransaction(ctx, () => {
    const before = requireRecord(ctx, id);
    const after = validate({ ...before, ...patch });
    updateTrainingRecordRow(ctx.db, id, after);
    logChanges(ctx, 'training-record', before.ref, before, after, TRAINING_RECORD_FIELDS);
    return requireRecord(ctx, id);
  });
}

export function deleteTrainingRecord(ctx: WorkbookContext, id: number): void {
  inTransaction(ctx, () => {
    const record = requireRecord(ctx, id);
    deleteTrainingRecordRow(ctx.db, id);
    logEvent(ctx, 'training-record', record.ref, 'deleted', JSON.stringify(record));
  });
}
