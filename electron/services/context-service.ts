import { nextRef } from '../repositories/readable-ref';
import { AppError } from '../../shared/ipc/result';
import { contextIssueInputSchema, type ContextIssue, type ContextIssueInput } from '../../shared/domain/context';
import {
  deleteContextIssueRow,
  existingRiskIds,
  getContextIssue,
  insertContextIssue,
  listContextIssues,
  updateContextIssueRow,
} from '../repositories/context-repo';
import { logChanges, logEvent } from './change-log';
import { inTransaction, type WorkbookContext } from './workbook-context';

const AREA = 'context-issue';
const FIELDS = Object.keys(contextIssueInputSchema.shape) as (keyof ContextIssueInput)[];

export function listContextRegister(ctx: WorkbookContext): ContextIssue[] {
  return listContextIssues(ctx.db);
}

function requireIssue(ctx: WorkbookContext, id: number): ContextIssue {
  const issue = getContextIssue(ctx.db, id);
  if (!issue) throw new AppError('NOT_FOUND', 'That context issue no longer exists.');
  return issue;
}

/** Checks an issue against the schema and the risk register; the links are kept in a stable order, once each. */
function validate(ctx: WorkbookContext, input: unknown): ContextIssueInput {
  const parsed = contextIssueInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Invalid context issue', { issues: parsed.error.issues });
  const issue = parsed.data;
  issue.riskIds = [...new Set(issue.riskIds)].sort((a, b) => a - b);
  const known = existingRiskIds(ctx.db, issue.riskIds);
  if (issue.riskIds.some((id) => !known.has(id))) throw new AppError('INVALID_INPUT', 'The issue links to a risk that is no longer in the register.');
  return issue;
}

/** Adds issues inside the caller's transaction (used by create and by the sample). */
export function insertContextIssues(ctx: WorkbookContext, inputs: ContextIssueInput[]): ContextIssue[] {
  return inputs.map((input) => {
    const issue = validate(ctx, input);
    const ref = nextRef(ctx.db, 'context_issue', 'CI');
    const id = insertContextIssue(ctx.db, ref, issue);
    logEvent(ctx, AREA, ref, 'created', issue.title);
    return requireIssue(ctx, id);
  });
}

export function createContextIssue(ctx: WorkbookContext, input: ContextIssueInput): ContextIssue {
  return inTransaction(ctx, () => insertContextIssues(ctx, [input])[0]!);
}

export function updateContextIssue(ctx: WorkbookContext, id: number, patch: Partial<ContextIssueInput>): ContextIssue {
  return inTransaction(ctx, () => {
    const before = requireIssue(ctx, id);
    const { id: _id, ref: _ref, ...current } = before;
    const after = validate(ctx, { ...current, ...patch });
    updateContextIssueRow(ctx.db, id, after);
    logChanges(ctx, AREA, before.ref, before, after, FIELDS);
    return requireIssue(ctx, id);
  });
}

export function deleteContextIssue(ctx: WorkbookContext, id: number): void {
  inTransaction(ctx, () => {
    const issue = requireIssue(ctx, id);
    deleteContextIssueRow(ctx.db, id);
    logEvent(ctx, AREA, issue.ref, 'deleted', JSON.stringify(issue));
  });
}
