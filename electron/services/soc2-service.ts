import { SOC2_BEYOND_ISO } from '../../shared/catalog/soc2-gap-notes';
import { SOC2_CRITERIA } from '../../shared/catalog/soc2';
import {
  OPTIONAL_TSC_CATEGORIES,
  soc2ScopeSchema,
  type OptionalTscCategory,
  type Soc2ExpectationInput,
  type Soc2Readiness,
  type Soc2Scope,
} from '../../shared/domain/soc2-readiness';
import { AppError } from '../../shared/ipc/result';
import { soc2Readiness } from '../../shared/rules/soc2-readiness';
import { listSoaEntries } from '../repositories/soa-repo';
import { SOC2_CATEGORIES_KEY, SOC2_EXPECTATIONS_KEY, readSettingList, saveSettingList } from '../repositories/soc2-scope-repo';
import { logChanges } from './change-log';
import { inTransaction, type WorkbookContext } from './workbook-context';

const CRITERION_ORDER = new Map(SOC2_CRITERIA.map((c, index) => [c.id, index]));

/** Each category once, in catalogue order, so the stored value (and the change log) does not depend on click order. */
function normaliseCategories(values: readonly string[]): OptionalTscCategory[] {
  return OPTIONAL_TSC_CATEGORIES.filter((c) => values.includes(c));
}

function readExpectations(ctx: WorkbookContext): string[] {
  return readSettingList(ctx.db, SOC2_EXPECTATIONS_KEY).filter((id) => SOC2_BEYOND_ISO[id] !== undefined);
}

/** The optional categories in scope; Security is always in and is not stored. A new workbook has none. */
export function readSoc2Scope(ctx: WorkbookContext): Soc2Scope {
  return { categories: normaliseCategories(readSettingList(ctx.db, SOC2_CATEGORIES_KEY)) };
}

/** Readiness per criterion in scope, from the SoA as it stands. */
export function readSoc2Readiness(ctx: WorkbookContext): Soc2Readiness {
  return soc2Readiness(listSoaEntries(ctx.db), readSoc2Scope(ctx).categories, readExpectations(ctx));
}

/** Writes the scope inside the caller's transaction (sample data) and logs what changed. */
export function writeSoc2Scope(ctx: WorkbookContext, scope: Soc2Scope): Soc2Scope {
  const parsed = soc2ScopeSchema.safeParse(scope);
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Invalid SOC 2 scope', { issues: parsed.error.issues });
  const before = readSoc2Scope(ctx);
  const after = { categories: normaliseCategories(parsed.data.categories) };
  saveSettingList(ctx.db, SOC2_CATEGORIES_KEY, after.categories);
  logChanges(ctx, 'soc2', 'scope', before, after, ['categories']);
  return after;
}

export function setSoc2Scope(ctx: WorkbookContext, scope: Soc2Scope): Soc2Scope {
  return inTransaction(ctx, () => writeSoc2Scope(ctx, scope));
}

/** Writes the expectations in place inside the caller's transaction and logs the change. */
export function writeSoc2Expectation(ctx: WorkbookContext, input: Soc2ExpectationInput): void {
  if (SOC2_BEYOND_ISO[input.criterionId] === undefined) {
    const known = CRITERION_ORDER.has(input.criterionId);
    throw new AppError(
      known ? 'INVALID_INPUT' : 'NOT_FOUND',
      known
        ? `${input.criterionId} is covered by its mapped ISO controls; there is no further expectation to confirm.`
        : `${input.criterionId} is not a SOC 2 criterion.`,
    );
  }
  const before = readExpectations(ctx);
  const set = new Set(before);
  if (input.inPlace) set.add(input.criterionId);
  else set.delete(input.criterionId);
  const after = [...set].sort((a, b) => CRITERION_ORDER.get(a)! - CRITERION_ORDER.get(b)!);
  saveSettingList(ctx.db, SOC2_EXPECTATIONS_KEY, after);
  logChanges(ctx, 'soc2', input.criterionId, { inPlace: before.includes(input.criterionId) }, { inPlace: input.inPlace }, ['inPlace']);
}

/** Records that what SOC 2 expects beyond the ISO controls for one criterion is (or is no longer) in place. */
export function setSoc2Expectation(ctx: WorkbookContext, input: Soc2ExpectationInput): Soc2Readiness {
  return inTransaction(ctx, () => {
    writeSoc2Expectation(ctx, input);
    return readSoc2Readiness(ctx);
  });
}
