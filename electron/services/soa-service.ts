import { AppError } from '../../shared/ipc/result';
import { ANNEX_A, controlById } from '../../shared/catalog/annex-a';
import { soaEntrySchema, type SoaEntry, type SoaPatch } from '../../shared/domain/soa';
import { getSoaEntry, listSoaEntries, saveSoaEntry } from '../repositories/soa-repo';
import { logChanges } from './change-log';
import { inTransaction, type WorkbookContext } from './workbook-context';

const FIELDS = Object.keys(soaEntrySchema.shape).filter((f) => f !== 'controlId') as (keyof SoaEntry)[];

/** A new workbook starts with every control applicable and not started: the user decides from there. */
export function defaultSoaEntry(controlId: string): SoaEntry {
  return {
    controlId,
    applicable: true,
    reasons: [],
    exclusionJustification: '',
    status: 'not-started',
    implementation: '',
    owner: '',
    evidence: [],
    lastReviewed: null,
  };
}

export function listSoa(ctx: WorkbookContext): SoaEntry[] {
  return listSoaEntries(ctx.db);
}

/** The rules an entry must meet whatever the path it came by (screen, bulk edit, import). */
export function validateSoaEntry(entry: SoaEntry): string | null {
  if (!controlById(entry.controlId)) return `${entry.controlId} is not an Annex A control.`;
  if (!entry.applicable && entry.exclusionJustification.trim() === '') {
    return `A.${entry.controlId} is marked not applicable: give the justification for excluding it.`;
  }
  if (new Set(entry.reasons).size !== entry.reasons.length) return `A.${entry.controlId} lists a reason twice.`;
  return null;
}

function applyPatch(ctx: WorkbookContext, controlId: string, patch: SoaPatch): SoaEntry {
  const before = getSoaEntry(ctx.db, controlId);
  if (!before) throw new AppError('NOT_FOUND', `A.${controlId} is not in this workbook's Statement of Applicability.`);
  const after: SoaEntry = {
    ...before,
    ...patch,
    evidence: patch.evidence ? patch.evidence.map((e) => e.trim()).filter(Boolean) : before.evidence,
  };
  const problem = validateSoaEntry(after);
  if (problem) throw new AppError('INVALID_INPUT', problem, { controlId });
  saveSoaEntry(ctx.db, after);
  logChanges(ctx, 'soa', controlId, before, after, FIELDS);
  return after;
}

export function updateSoaEntry(ctx: WorkbookContext, controlId: string, patch: SoaPatch): SoaEntry {
  return inTransaction(ctx, () => applyPatch(ctx, controlId, patch));
}

/** All or nothing: one control that cannot take the patch leaves every control as it was. */
export function bulkUpdateSoa(ctx: WorkbookContext, controlIds: string[], patch: SoaPatch): SoaEntry[] {
  return inTransaction(ctx, () => [...new Set(controlIds)].map((id) => applyPatch(ctx, id, patch)));
}

/** Writes whole entries (sample data, imports); runs inside the caller's transaction. */
export function writeSoaEntries(ctx: WorkbookContext, entries: SoaEntry[]): void {
  for (const entry of entries) {
    const problem = validateSoaEntry(entry);
    if (problem) throw new AppError('INVALID_INPUT', problem, { controlId: entry.controlId });
    const before = getSoaEntry(ctx.db, entry.controlId);
    saveSoaEntry(ctx.db, entry);
    logChanges(ctx, 'soa', entry.controlId, before, entry, FIELDS);
  }
}

export function seedSoa(ctx: WorkbookContext): void {
  for (const control of ANNEX_A) saveSoaEntry(ctx.db, defaultSoaEntry(control.id));
}
