import { FINDING_TYPE_LABELS, isNonconformityFinding } from '../../shared/domain/audit';
import {
  BLANK_NONCONFORMITY,
  NC_STATUS_LABELS,
  closureProblem,
  nonconformityInputSchema,
  type Nonconformity,
  type NonconformityInput,
} from '../../shared/domain/nonconformity';
import type { RaisedNonconformity } from '../../shared/ipc/contract-audit';
import { AppError } from '../../shared/ipc/result';
import { updateFindingRow } from '../repositories/audit-repo';
import {
  deleteNonconformityRow,
  getNonconformity,
  insertNonconformity,
  listNonconformities,
  nextNonconformityRef,
  updateNonconformityRow,
} from '../repositories/nonconformity-repo';
import { getSoaEntry } from '../repositories/soa-repo';
import { requireFinding } from './audit-service';
import { logChanges, logEvent } from './change-log';
import { inTransaction, today, type WorkbookContext } from './workbook-context';

const FIELDS = Object.keys(nonconformityInputSchema.shape) as (keyof NonconformityInput)[];

export function listNonconformityRegister(ctx: WorkbookContext): Nonconformity[] {
  return listNonconformities(ctx.db);
}

function validate(ctx: WorkbookContext, input: unknown): NonconformityInput {
  const parsed = nonconformityInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Invalid nonconformity', { issues: parsed.error.issues });
  }
  const nc = { ...parsed.data, sourceRef: parsed.data.sourceRef.trim(), owner: parsed.data.owner.trim() };
  if (nc.dueDate !== null && nc.dueDate < nc.raisedOn) {
    throw new AppError('INVALID_INPUT', 'The corrective action cannot be due before the nonconformity was raised.');
  }
  if (nc.effectivenessReviewedOn !== null && nc.effectivenessReviewedOn < nc.raisedOn) {
    throw new AppError('INVALID_INPUT', 'The effectiveness review cannot be dated before the nonconformity was raised.');
  }
  // Recording a result without a date means "reviewed today".
  if (nc.effectivenessResult !== null && nc.effectivenessReviewedOn === null) nc.effectivenessReviewedOn = today(ctx);
  if (nc.status === 'closed') {
    const problem = closureProblem(nc);
    if (problem) throw new AppError('INVALID_INPUT', problem);
  }
  return nc;
}

function requireNonconformity(ctx: WorkbookContext, id: number): Nonconformity {
  const nc = getNonconformity(ctx.db, id);
  if (!nc) throw new AppError('NOT_FOUND', 'That nonconformity no longer exists.');
  return nc;
}

/** Adds nonconformities inside the caller's transaction (used by create, raise-from-finding and the sample). */
export function insertNonconformities(ctx: WorkbookContext, inputs: NonconformityInput[]): Nonconformity[] {
  return inputs.map((input) => {
    const nc = validate(ctx, input);
    const ref = nextNonconformityRef(ctx.db);
    const id = insertNonconformity(ctx.db, ref, nc);
    logEvent(ctx, 'nonconformity', ref, 'created', nc.description);
    return requireNonconformity(ctx, id);
  });
}

export function createNonconformity(ctx: WorkbookContext, input: NonconformityInput): Nonconformity {
  return inTransaction(ctx, () => insertNonconformities(ctx, [input])[0]!);
}

export function updateNonconformity(ctx: WorkbookContext, id: number, patch: Partial<NonconformityInput>): Nonconformity {
  return inTransaction(ctx, () => {
    const { id: _id, ref, findingRefs: _findings, ...before } = requireNonconformity(ctx, id);
    const after = validate(ctx, { ...before, ...patch });
    updateNonconformityRow(ctx.db, id, after);
    logChanges(ctx, 'nonconformity', ref, before, after, FIELDS);
    return requireNonconformity(ctx, id);
  });
}

/** Deletes a nonconformity; findings that pointed at it lose the link and are flagged again. */
export function deleteNonconformity(ctx: WorkbookContext, id: number): void {
  inTransaction(ctx, () => {
    const nc = requireNonconformity(ctx, id);
    deleteNonconformityRow(ctx.db, id);
    logEvent(ctx, 'nonconformity', nc.ref, 'deleted', JSON.stringify(nc));
  });
}

/**
 * "Raise nonconformity" on an audit finding: one record with the finding as its source, the finding's description,
 * and the owner of the control concerned as a first guess at who deals with it; the finding then points at it.
 */
export function raiseNonconformityFromFinding(ctx: WorkbookContext, findingId: number): RaisedNonconformity {
  return inTransaction(ctx, () => {
    const finding = requireFinding(ctx, findingId);
    if (finding.nonconformityId !== null) {
      const linked = getNonconformity(ctx.db, finding.nonconformityId);
      throw new AppError(
        'INVALID_INPUT',
        `${finding.ref} is already linked to ${linked?.ref ?? 'a nonconformity'} (${linked ? NC_STATUS_LABELS[linked.status].toLowerCase() : 'unknown'}).`,
      );
    }
    if (!isNonconformityFinding(finding.type)) {
      throw new AppError(
        'INVALID_INPUT',
        `${finding.ref} is recorded as ${FINDING_TYPE_LABELS[finding.type].toLowerCase()}: only a major or minor nonconformity raises a nonconformity record.`,
      );
    }
    const owner = finding.control ? (getSoaEntry(ctx.db, finding.control)?.owner ?? '') : '';
    const [nonconformity] = insertNonconformities(ctx, [
      { ...BLANK_NONCONFORMITY, source: 'audit', sourceRef: finding.ref, raisedOn: today(ctx), description: finding.description, owner },
    ]);
    const { id: _id, ref, ...before } = finding;
    const after = { ...before, nonconformityId: nonconformity!.id };
    updateFindingRow(ctx.db, finding.id, after);
    logChanges(ctx, 'audit-finding', ref, before, after, ['nonconformityId']);
    return { finding: requireFinding(ctx, finding.id), nonconformity: requireNonconformity(ctx, nonconformity!.id) };
  });
}
