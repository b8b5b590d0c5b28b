import { AppError } from '../../shared/ipc/result';
import { riskMethodSchema, type RiskMethod } from '../../shared/domain/risk-method';
import { defaultRiskMethod } from '../../shared/rules/default-risk-method';
import { rescore, type RescoredRisk } from '../../shared/rules/risk-scoring';
import type { MethodChangePreview } from '../../shared/ipc/contract';
import { getStoredRiskMethod, saveRiskMethod } from '../repositories/risk-method-repo';
import { listRisks, updateRiskScores } from '../repositories/risk-repo';
import { logChanges } from './change-log';
import { inTransaction, type WorkbookContext } from './workbook-context';

/** The workbook's method, or the 5×5 default until the user saves one. */
export function readRiskMethod(ctx: WorkbookContext): RiskMethod {
  return getStoredRiskMethod(ctx.db) ?? defaultRiskMethod(5);
}


function parseMethod(method: unknown): RiskMethod {
  const parsed = riskMethodSchema.safeParse(method);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('INVALID_INPUT', issue?.message ?? 'The risk method is not valid.', { issues: parsed.error.issues });
  }
  return parsed.data;
}

function differs(r: RescoredRisk, risk: { inherentLikelihood: number | null; inherentImpact: number | null; residualLikelihood: number | null; residualImpact: number | null }): boolean {
  return (
    r.before.inherentLevel !== r.after.inherentLevel ||
    r.before.residualLevel !== r.after.residualLevel ||
    r.ratings.inherentLikelihood !== risk.inherentLikelihood ||
    r.ratings.inherentImpact !== risk.inherentImpact ||
    r.ratings.residualLikelihood !== risk.residualLikelihood ||
    r.ratings.residualImpact !== risk.residualImpact
  );
}

/** What applying a new method would do to the register, without changing anything. */
export function previewRiskMethod(ctx: WorkbookContext, candidate: unknown): MethodChangePreview {
  const method = parseMethod(candidate);
  const risks = listRisks(ctx.db);
  const results = rescore(readRiskMethod(ctx), method, risks);
  const moved = results.filter((r, index) => differs(r, risks[index]!));
  return { moved, unchanged: results.length - moved.length };
}

const METHOD_FIELDS = ['approach', 'likelihood', 'impact', 'bands', 'matrix', 'reviewCadenceMonths'] as const;

/** Saves the method and rescores every risk in the same transaction, logging each level that moved. */
export function applyRiskMethod(ctx: WorkbookContext, candidate: unknown): { method: RiskMethod; moved: number } {
  const method = parseMethod(candidate);
  return inTransaction(ctx, () => {
    const before = readRiskMethod(ctx);
    const risks = listRisks(ctx.db);
    const results = rescore(before, method, risks);
    let moved = 0;
    results.forEach((result, index) => {
      const risk = risks[index]!;
      if (!differs(result, risk)) return;
      moved += 1;
      const after = { ...result.ratings, ...result.after };
      updateRiskScores(ctx.db, risk.id, after);
      logChanges(ctx, 'risk', risk.ref, risk, after, [
        'inherentLikelihood',
        'inherentImpact',
        'inherentLevel',
        'residualLikelihood',
        'residualImpact',
        'residualLevel',
      ]);
    });
    saveRiskMethod(ctx.db, method);
    // The first save is logged against the defaults it replaced.
    logChanges(ctx, 'risk-method', 'risk-method', before, method, METHOD_FIELDS);
    return { method, moved };
  });
}
