import { AppError } from '../../shared/ipc/result';
import {
  formatMeasure,
  measurementInputSchema,
  objectiveInputSchema,
  type Measurement,
  type MeasurementInput,
  type Objective,
  type ObjectiveInput,
} from '../../shared/domain/objectives';
import {
  deleteMeasurementRow,
  deleteObjectiveRow,
  getMeasurement,
  getObjective,
  insertMeasurement,
  insertObjective,
  listObjectives,
  nextObjectiveRef,
  updateMeasurementRow,
  updateObjectiveRow,
} from '../repositories/objective-repo';
import { logChanges, logEvent } from './change-log';
import { inTransaction, type WorkbookContext } from './workbook-context';

const FIELDS = Object.keys(objectiveInputSchema.shape) as (keyof ObjectiveInput)[];
const MEASUREMENT_FIELDS = ['measuredOn', 'value', 'note'] as const;

export function listObjectiveRegister(ctx: WorkbookContext): Objective[] {
  return listObjectives(ctx.db);
}

function invalid(issues: { message: string }[], fallback: string): never {
  throw new AppError('INVALID_INPUT', issues[0]?.message ?? fallback, { issues });
}

function validate(input: unknown): ObjectiveInput {
  const parsed = objectiveInputSchema.safeParse(input);
  if (!parsed.success) invalid(parsed.error.issues, 'Invalid objective');
  const objective = parsed.data;
  // A target without a direction cannot be judged: default to "at least", which is what most targets mean.
  if (objective.targetValue !== null && objective.targetDirection === null) objective.targetDirection = 'at-least';
  return objective;
}

function requireObjective(ctx: WorkbookContext, id: number): Objective {
  const objective = getObjective(ctx.db, id);
  if (!objective) throw new AppError('NOT_FOUND', 'That objective no longer exists.');
  return objective;
}

/** Adds objectives inside the caller's transaction (used by create and by the sample). */
export function insertObjectives(ctx: WorkbookContext, inputs: ObjectiveInput[]): Objective[] {
  return inputs.map((input) => {
    const objective = validate(input);
    const ref = nextObjectiveRef(ctx.db);
    const id = insertObjective(ctx.db, ref, objective);
    logEvent(ctx, 'objective', ref, 'created', objective.objective);
    return requireObjective(ctx, id);
  });
}

export function createObjective(ctx: WorkbookContext, input: ObjectiveInput): Objective {
  return inTransaction(ctx, () => insertObjectives(ctx, [input])[0]!);
}

export function updateObjective(ctx: WorkbookContext, id: number, patch: Partial<ObjectiveInput>): Objective {
  return inTransaction(ctx, () => {
    const { measurements: _measurements, ...before } = requireObjective(ctx, id);
    const after = validate({ ...before, ...patch });
    updateObjectiveRow(ctx.db, id, after);
    logChanges(ctx, 'objective', before.ref, before, after, FIELDS);
    return requireObjective(ctx, id);
  });
}

/** Deletes an objective with its measurements; the change log keeps what was deleted. */
export function deleteObjective(ctx: WorkbookContext, id: number): void {
  inTransaction(ctx, () => {
    const objective = requireObjective(ctx, id);
    deleteObjectiveRow(ctx.db, id);
    logEvent(ctx, 'objective', objective.ref, 'deleted', JSON.stringify(objective));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Measurements (9.1): each write returns the objective, so the screen redraws its chart from one answer.

function validateMeasurement(input: unknown): MeasurementInput {
  const parsed = measurementInputSchema.safeParse(input);
  if (!parsed.success) invalid(parsed.error.issues, 'Invalid measurement');
  return { ...parsed.data, note: parsed.data.note.trim() };
}

function requireMeasurement(ctx: WorkbookContext, id: number): Measurement {
  const measurement = getMeasurement(ctx.db, id);
  if (!measurement) throw new AppError('NOT_FOUND', 'That measurement no longer exists.');
  return measurement;
}

const measurementLabel = (objective: Objective, m: Pick<Measurement, 'measuredOn'>) => `${objective.ref} ${m.measuredOn}`;

/** Adds measurements inside the caller's transaction (used by add and by the sample). */
export function insertMeasurements(ctx: WorkbookContext, inputs: MeasurementInput[]): void {
  for (const input of inputs) {
    const measurement = validateMeasurement(input);
    const objective = requireObjective(ctx, measurement.objectiveId);
    insertMeasurement(ctx.db, measurement);
    const value = formatMeasure(measurement.value, objective.unit);
    logEvent(ctx, 'measurement', measurementLabel(objective, measurement), 'created', measurement.note ? `${value} (${measurement.note})` : value);
  }
}

export function addMeasurement(ctx: WorkbookContext, input: MeasurementInput): Objective {
  return inTransaction(ctx, () => {
    insertMeasurements(ctx, [input]);
    return requireObjective(ctx, input.objectiveId);
  });
}

export function updateMeasurement(ctx: WorkbookContext, id: number, patch: Partial<Omit<MeasurementInput, 'objectiveId'>>): Objective {
  return inTransaction(ctx, () => {
    const before = requireMeasurement(ctx, id);
    const after = validateMeasurement({ ...before, ...patch, objectiveId: before.objectiveId });
    const objective = requireObjective(ctx, before.objectiveId);
    updateMeasurementRow(ctx.db, id, after);
    logChanges(ctx, 'measurement', measurementLabel(objective, before), before, after, MEASUREMENT_FIELDS);
    return requireObjective(ctx, before.objectiveId);
  });
}

export function deleteMeasurement(ctx: WorkbookContext, id: number): Objective {
  return inTransaction(ctx, () => {
    const measurement = requireMeasurement(ctx, id);
    const objective = requireObjective(ctx, measurement.objectiveId);
    deleteMeasurementRow(ctx.db, id);
    logEvent(ctx, 'measurement', measurementLabel(objective, measurement), 'deleted', JSON.stringify(measurement));
    return requireObjective(ctx, measurement.objectiveId);
  });
}
