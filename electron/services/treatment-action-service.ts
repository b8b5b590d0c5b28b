import { AppError } from '../../shared/ipc/result';
import { treatmentActionInputSchema, type TreatmentAction, type TreatmentActionInput } from '../../shared/domain/risk';
import { isAnnexAControlId } from '../../shared/rules/control-id';
import { getRisk } from '../repositories/risk-repo';
import { nextRef } from '../repositories/readable-ref';
import {
  deleteTreatmentActionRow,
  getTreatmentAction,
  insertTreatmentAction,
  listTreatmentActions,
  updateTreatmentActionRow,
} from '../repositories/treatment-action-repo';
import { logChanges, logEvent } from './change-log';
import { inTransaction, today, type WorkbookContext } from './workbook-context';

const FIELDS = Object.keys(treatmentActionInputSchema.shape) as (keyof TreatmentActionInput)[];

export function listTreatmentPlan(ctx: WorkbookContext): TreatmentAction[] {
  return listTreatmentActions(ctx.db);
}

function validate(ctx: WorkbookContext, input: unknown): TreatmentActionInput {
  const parsed = treatmentActionInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Invalid action', { issues: parsed.error.issues });
  const action = parsed.data;
  if (!getRisk(ctx.db, action.riskId)) throw new AppError('INVALID_INPUT', 'The action belongs to a risk that does not exist.');
  if (action.controlId !== null && !isAnnexAControlId(action.controlId)) throw new AppError('INVALID_INPUT', `${action.controlId} is not an Annex A control.`);
  // A finished action carries its completion date; a reopened one loses it.
  if (action.status === 'done' && action.completedOn === null) action.completedOn = today(ctx);
  if (action.status !== 'done') action.completedOn = null;
  return action;
}

function requireAction(ctx: WorkbookContext, id: number): TreatmentAction {
  const action = getTreatmentAction(ctx.db, id);
  if (!action) throw new AppError('NOT_FOUND', 'That treatment action no longer exists.');
  return action;
}

export function insertTreatmentActions(ctx: WorkbookContext, inputs: TreatmentActionInput[]): TreatmentAction[] {
  return inputs.map((input) => {
    const action = validate(ctx, input);
    const ref = nextRef(ctx.db, 'treatment_action', 'A');
    const id = insertTreatmentAction(ctx.db, ref, action);
    logEvent(ctx, 'treatment-action', ref, 'created', action.title);
    return requireAction(ctx, id);
  });
}

export function createTreatmentAction(ctx: WorkbookContext, input: TreatmentActionInput): TreatmentAction {
  return inTransaction(ctx, () => insertTreatmentActions(ctx, [input])[0]!);
}

export function updateTreatmentAction(ctx: WorkbookContext, id: number, patch: Partial<TreatmentActionInput>): TreatmentAction {
  return inTransaction(ctx, () => {
    const before = requireAction(ctx, id);
    const after = validate(ctx, { ...before, ...patch, ...(patch.status && patch.status !== before.status && patch.completedOn === undefined ? { completedOn: null } : {}) });
    updateTreatmentActionRow(ctx.db, id, after);
    logChanges(ctx, 'treatment-action', before.ref, before, after, FIELDS);
    return requireAction(ctx, id);
  });
}

export function deleteTreatmentAction(ctx: WorkbookContext, id: number): void {
  inTransaction(ctx, () => {
    const action = requireAction(ctx, id);
    deleteTreatmentActionRow(ctx.db, id);
    logEvent(ctx, 'treatment-action', action.ref, 'deleted', JSON.stringify(action));
  });
}
