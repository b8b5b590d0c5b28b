import { readJsonSetting, writeJsonSetting } from '../repositories/setting-repo';
import {
  COST_FIGURE_IDS,
  DEFAULT_COST_FIGURES,
  QUESTION_IDS,
  advisorAnswersSchema,
  costFiguresPatchSchema,
  readFigureOverrides,
  readStoredAnswers,
  resolveFigures,
  sameRange,
  type AdvisorAnswers,
  type AdvisorAnswersPatch,
  type CostFigures,
  type CostFiguresPatch,
} from '../../shared/domain/advisor';
import { AppError } from '../../shared/ipc/result';
import type { AdvisorView } from '../../shared/ipc/contract-advisor';
import { recommend } from '../../shared/rules/framework-advisor';
import { logChanges } from './change-log';
import { inTransaction, type WorkbookContext } from './workbook-context';

/*
 * The framework advisor's answers and the figures the user changed, kept as JSON in isms_setting. Both are read
 * back field by field, so a damaged value costs that value only (it falls back to unanswered or the default)
 * and never stops the screen from opening.
 */

export const ANSWERS_KEY = 'advisor.answers';
export const COSTS_KEY = 'advisor.costs';
const AREA = 'advisor';

export function readAdvisorAnswers(ctx: WorkbookContext): AdvisorAnswers {
  return readStoredAnswers(readJsonSetting(ctx.db, ANSWERS_KEY));
}

export function readFigureEdits(ctx: WorkbookContext): Partial<CostFigures> {
  return readFigureOverrides(readJsonSetting(ctx.db, COSTS_KEY));
}

export function readAdvisor(ctx: WorkbookContext): AdvisorView {
  const answers = readAdvisorAnswers(ctx);
  const overrides = readFigureEdits(ctx);
  const figures = resolveFigures(overrides);
  return { answers, figures, edited: COST_FIGURE_IDS.filter((id) => id in overrides), result: recommend(answers, figures) };
}

function invalid(message: string, issues: unknown): never {
  throw new AppError('INVALID_INPUT', message, { issues });
}

/** Writes answers inside the caller's transaction; the sample uses it too. */
export function writeAdvisorAnswers(ctx: WorkbookContext, patch: AdvisorAnswersPatch): void {
  const before = readAdvisorAnswers(ctx);
  const parsed = advisorAnswersSchema.safeParse({ ...before, ...patch });
  if (!parsed.success) invalid(parsed.error.issues[0]?.message ?? 'Invalid answer', parsed.error.issues);
  writeJsonSetting(ctx.db, ANSWERS_KEY, parsed.data);
  logChanges(ctx, AREA, 'answers', before, parsed.data, QUESTION_IDS);
}

/** Applies figure changes (null resets one to its default) inside the caller's transaction. */
export function writeFigureEdits(ctx: WorkbookContext, patch: CostFiguresPatch): void {
  const parsed = costFiguresPatchSchema.safeParse(patch);
  if (!parsed.success) invalid(parsed.error.issues[0]?.message ?? 'Invalid figure', parsed.error.issues);
  const overrides = readFigureEdits(ctx);
  const before = resolveFigures(overrides);
  for (const id of COST_FIGURE_IDS) {
    const change = parsed.data[id];
    if (change === undefined) continue;
    // A figure set back to its default is no longer "edited by you".
    if (change === null || sameRange(change, DEFAULT_COST_FIGURES[id])) delete overrides[id];
    else overrides[id] = change;
  }
  writeJsonSetting(ctx.db, COSTS_KEY, Object.keys(overrides).length === 0 ? null : overrides);
  logChanges(ctx, AREA, 'costs', before, resolveFigures(overrides), COST_FIGURE_IDS);
}

/** Saves answers and figure changes in one transaction and answers with the new recommendation. */
export function saveAdvisor(ctx: WorkbookContext, input: { answers?: AdvisorAnswersPatch; costs?: CostFiguresPatch }): AdvisorView {
  return inTransaction(ctx, () => {
    if (input.answers) writeAdvisorAnswers(ctx, input.answers);
    if (input.costs) writeFigureEdits(ctx, input.costs);
    return readAdvisor(ctx);
  });
}
