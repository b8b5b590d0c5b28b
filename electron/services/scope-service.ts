import { AppError } from '../../shared/ipc/result';
import { ismsScopeSchema, type IsmsScope, type IsmsScopePatch } from '../../shared/domain/context';
import { getScope, saveScope } from '../repositories/scope-repo';
import { logChanges } from './change-log';
import { inTransaction, type WorkbookContext } from './workbook-context';

/** The change log names the scope by its controlled-document key. */
const AREA = 'scope';
const RECORD = 'isms-scope';
const FIELDS = Object.keys(ismsScopeSchema.shape) as (keyof IsmsScope)[];

export function readScope(ctx: WorkbookContext): IsmsScope {
  return getScope(ctx.db);
}

function validate(input: unknown): IsmsScope {
  const parsed = ismsScopeSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Invalid scope', { issues: parsed.error.issues });
  const scope = parsed.data;
  scope.statement = scope.statement.trim();
  return scope;
}

/** Writes the scope inside the caller's transaction, logging each part that changed. */
export function writeScope(ctx: WorkbookContext, patch: IsmsScopePatch): IsmsScope {
  const before = getScope(ctx.db);
  const after = validate({ ...before, ...patch });
  if (logChanges(ctx, AREA, RECORD, before, after, FIELDS) > 0) saveScope(ctx.db, after);
  return getScope(ctx.db);
}

export function updateScope(ctx: WorkbookContext, patch: IsmsScopePatch): IsmsScope {
  return inTransaction(ctx, () => writeScope(ctx, patch));
}
