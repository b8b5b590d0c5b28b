import { AppError } from '../../shared/ipc/result';
import { riskInputSchema, type Risk, type RiskInput } from '../../shared/domain/risk';
import { acceptanceProblems, scoreRisk } from '../../shared/rules/risk-scoring';
import { isAnnexAControlId } from '../../shared/rules/control-id';
import type { RiskMethod } from '../../shared/domain/risk-method';
import { existingAssetIds } from '../repositories/asset-repo';
import { formatRef, nextRef } from '../repositories/readable-ref';
import { deleteRiskRow, getRisk, insertRisk, listRisks, setRiskAssets, setRiskControls, updateRiskRow } from '../repositories/risk-repo';
import { getSoaEntry, saveSoaEntry } from '../repositories/soa-repo';
import { logChanges, logEvent } from './change-log';
import { readRiskMethod } from './risk-method-service';
import { inTransaction, type WorkbookContext } from './workbook-context';

const FIELDS = [...Object.keys(riskInputSchema.shape), 'inherentLevel', 'residualLevel'] as (keyof Risk)[];

export function listRiskRegister(ctx: WorkbookContext): Risk[] {
  return listRisks(ctx.db);
}

function requireRisk(ctx: WorkbookContext, id: number): Risk {
  const risk = getRisk(ctx.db, id);
  if (!risk) throw new AppError('NOT_FOUND', 'That risk no longer exists.');
  return risk;
}

/** Checks a risk against the schema, the method's scales, Annex A and the given asset ids. */
export function checkRisk(method: RiskMethod, input: unknown, knownAssetIds: ReadonlySet<number>): RiskInput {
  const parsed = riskInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Invalid risk', { issues: parsed.error.issues });
  const risk = parsed.data;
  const checks: [number | null, number, string][] = [
    [risk.inherentLikelihood, method.likelihood.length, 'inherent likelihood'],
    [risk.residualLikelihood, method.likelihood.length, 'residual likelihood'],
    [risk.inherentImpact, method.impact.length, 'inherent impact'],
    [risk.residualImpact, method.impact.length, 'residual impact'],
  ];
  for (const [value, max, name] of checks) {
    if (value !== null && value > max) throw new AppError('INVALID_INPUT', `The ${name} must be between 1 and ${max} on this workbook's scale.`);
  }
  const unknownControl = risk.controlIds.find((id) => !isAnnexAControlId(id));
  if (unknownControl) throw new AppError('INVALID_INPUT', `${unknownControl} is not an Annex A control.`);
  if (risk.assetIds.some((id) => !knownAssetIds.has(id))) throw new AppError('INVALID_INPUT', 'The risk names an asset that does not exist.');
  if (risk.status === 'accepted') {
    const problems = acceptanceProblems(method, risk);
    if (problems.length > 0) throw new AppError('INVALID_INPUT', problems[0]!);
  }
  return risk;
}

/** As checkRisk, reading the assets the risk names from the workbook. */
export function validateRisk(ctx: WorkbookContext, method: RiskMethod, input: unknown): RiskInput {
  const assetIds = (input as Partial<RiskInput> | null)?.assetIds;
  return checkRisk(method, input, existingAssetIds(ctx.db, Array.isArray(assetIds) ? assetIds.filter((id) => typeof id === 'number') : []));
}

/**
 * A control chosen to treat a risk is applicable with "risk treatment" among its reasons. A control the SoA
 * excludes is left excluded: the register and the SoA flag the conflict for the user to resolve.
 */
function linkControlsToSoa(ctx: WorkbookContext, controlIds: string[]): void {
  for (const controlId of controlIds) {
    const entry = getSoaEntry(ctx.db, controlId);
    if (!entry || !entry.applicable || entry.reasons.includes('risk-treatment')) continue;
    const after = { ...entry, reasons: [...entry.reasons, 'risk-treatment' as const] };
    saveSoaEntry(ctx.db, after);
    logChanges(ctx, 'soa', controlId, entry, after, ['reasons']);
  }
}

function store(ctx: WorkbookContext, method: RiskMethod, id: number, risk: RiskInput): void {
  updateRiskRow(ctx.db, id, { ...risk, ...scoreRisk(method, risk) });
  setRiskAssets(ctx.db, id, risk.assetIds);
  setRiskControls(ctx.db, id, risk.controlIds);
  linkControlsToSoa(ctx, risk.controlIds);
}

/**
 * Adds risks inside the caller's transaction: the one way risks are created, by the app, imports and the
 * sample alike. References are numbered on from the highest in use; each chosen control is linked to the SoA once.
 */
export function insertRisks(ctx: WorkbookContext, inputs: RiskInput[]): { id: number; ref: string }[] {
  const method = readRiskMethod(ctx);
  const knownAssets = new Set(ctx.db.prepare('SELECT id FROM asset').pluck().all() as number[]);
  const first = Number(nextRef(ctx.db, 'risk', 'R').slice(2));
  const controls = new Set<string>();
  const created = inputs.map((input, index) => {
    const risk = checkRisk(method, input, knownAssets);
    const ref = formatRef('R', first + index);
    const id = insertRisk(ctx.db, ref, { ...risk, ...scoreRisk(method, risk) });
    setRiskAssets(ctx.db, id, risk.assetIds);
    setRiskControls(ctx.db, id, risk.controlIds);
    logEvent(ctx, 'risk', ref, 'created', risk.title);
    for (const controlId of risk.controlIds) controls.add(controlId);
    return { id, ref };
  });
  linkControlsToSoa(ctx, [...controls]);
  return created;
}

export function createRisk(ctx: WorkbookContext, input: RiskInput): Risk {
  return inTransaction(ctx, () => requireRisk(ctx, insertRisks(ctx, [input])[0]!.id));
}

export function updateRisk(ctx: WorkbookContext, id: number, patch: Partial<RiskInput>): Risk {
  return inTransaction(ctx, () => {
    const method = readRiskMethod(ctx);
    const before = requireRisk(ctx, id);
    const { id: _id, ref: _ref, inherentLevel: _i, residualLevel: _r, ...current } = before;
    store(ctx, method, id, validateRisk(ctx, method, { ...current, ...patch }));
    const after = requireRisk(ctx, id);
    logChanges(ctx, 'risk', before.ref, before, after, FIELDS);
    return after;
  });
}

export function deleteRisk(ctx: WorkbookContext, id: number): void {
  inTransaction(ctx, () => {
    const risk = requireRisk(ctx, id);
    deleteRiskRow(ctx.db, id);
    logEvent(ctx, 'risk', risk.ref, 'deleted', JSON.stringify(risk));
  });
}
