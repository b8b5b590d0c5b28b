import { AppError } from '../../shared/ipc/result';
import { ismsRoleInputSchema, type IsmsRole, type IsmsRoleInput } from '../../shared/domain/context';
import { deleteIsmsRoleRow, getIsmsRole, insertIsmsRole, listIsmsRoles, setRoleOrder, updateIsmsRoleRow } from '../repositories/role-repo';
import { logChanges, logEvent } from './change-log';
import { inTransaction, type WorkbookContext } from './workbook-context';

const AREA = 'isms-role';
const FIELDS = Object.keys(ismsRoleInputSchema.shape) as (keyof IsmsRoleInput)[];

export function listRoles(ctx: WorkbookContext): IsmsRole[] {
  return listIsmsRoles(ctx.db);
}

function requireRole(ctx: WorkbookContext, id: number): IsmsRole {
  const role = getIsmsRole(ctx.db, id);
  if (!role) throw new AppError('NOT_FOUND', 'That role no longer exists.');
  return role;
}

function validate(input: unknown): IsmsRoleInput {
  const parsed = ismsRoleInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Invalid role', { issues: parsed.error.issues });
  const role = parsed.data;
  role.holder = role.holder.trim();
  role.accountabilities = role.accountabilities.trim();
  role.competences = [...new Set(role.competences)];
  return role;
}

/** The change log names a role by its title, as people look for it. */
const record = (role: Pick<IsmsRole, 'id' | 'title'>) => `${role.title} (#${role.id})`;

/** Adds roles at the end of the list, inside the caller's transaction (used by create and by the sample). */
export function insertRoles(ctx: WorkbookContext, inputs: IsmsRoleInput[]): IsmsRole[] {
  return inputs.map((input) => {
    const role = validate(input);
    const id = insertIsmsRole(ctx.db, role);
    logEvent(ctx, AREA, record({ id, title: role.title }), 'created', role.holder);
    return requireRole(ctx, id);
  });
}

export function createRole(ctx: WorkbookContext, input: IsmsRoleInput): IsmsRole {
  return inTransaction(ctx, () => insertRoles(ctx, [input])[0]!);
}

/** Changes a role; the competence area writes `competences` through here too. */
export function updateRole(ctx: WorkbookContext, id: number, patch: Partial<IsmsRoleInput>): IsmsRole {
  return inTransaction(ctx, () => {
    const before = requireRole(ctx, id);
    const { id: _id, position: _position, ...current } = before;
    const after = validate({ ...current, ...patch });
    updateIsmsRoleRow(ctx.db, id, after);
    logChanges(ctx, AREA, record(before), before, after, FIELDS);
    return requireRole(ctx, id);
  });
}

/** Moves a role up (-1) or down (+1) the list; at either end it stays where it is. */
export function moveRole(ctx: WorkbookContext, id: number, offset: -1 | 1): IsmsRole[] {
  return inTransaction(ctx, () => {
    const role = requireRole(ctx, id);
    const ids = listIsmsRoles(ctx.db).map((r) => r.id);
    const from = ids.indexOf(id);
    const to = from + offset;
    if (to < 0 || to >= ids.length) return listIsmsRoles(ctx.db);
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    setRoleOrder(ctx.db, ids);
    logEvent(ctx, AREA, record(role), 'position', String(to + 1));
    return listIsmsRoles(ctx.db);
  });
}

export function deleteRole(ctx: WorkbookContext, id: number): void {
  inTransaction(ctx, () => {
    const role = requireRole(ctx, id);
    deleteIsmsRoleRow(ctx.db, id);
    setRoleOrder(ctx.db, listIsmsRoles(ctx.db).map((r) => r.id));
    logEvent(ctx, AREA, record(role), 'deleted', JSON.stringify(role));
  });
}
