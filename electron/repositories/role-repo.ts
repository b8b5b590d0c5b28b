import type { Database } from 'better-sqlite3';
import type { IsmsRole, IsmsRoleInput } from '../../shared/domain/context';

interface RoleRow {
  id: number;
  title: string;
  holder: string;
  accountabilities: string;
  competences: string;
  position: number;
}

const toRole = (row: RoleRow): IsmsRole => ({ ...row, competences: JSON.parse(row.competences) as string[] });

export function listIsmsRoles(db: Database): IsmsRole[] {
  return (db.prepare('SELECT * FROM isms_role ORDER BY position, id').all() as RoleRow[]).map(toRole);
}

export function getIsmsRole(db: Database, id: number): IsmsRole | null {
  const row = db.prepare('SELECT * FROM isms_role WHERE id = ?').get(id) as RoleRow | undefined;
  return row ? toRole(row) : null;
}

export function insertIsmsRole(db: Database, role: IsmsRoleInput): number {
  const position = (db.prepare('SELECT coalesce(max(position) + 1, 0) FROM isms_role').pluck().get() as number) ?? 0;
  return Number(
    db
      .prepare(
        `INSERT INTO isms_role (title, holder, accountabilities, competences, position)
         VALUES (@title, @holder, @accountabilities, @competences, @position)`,
      )
      .run({ ...role, competences: JSON.stringify(role.competences), position }).lastInsertRowid,
  );
}

export function updateIsmsRoleRow(db: Database, id: number, role: IsmsRoleInput): void {
  db.prepare(
    `UPDATE isms_role SET title = @title, holder = @holder, accountabilities = @accountabilities, competences = @competences
     WHERE id = @id`,
  ).run({ id, title: role.title, holder: role.holder, accountabilities: role.accountabilities, competences: JSON.stringify(role.competences) });
}

/** Rewrites the positions so the roles read in the given order (0, 1, 2…). */
export function setRoleOrder(db: Database, ids: readonly number[]): void {
  const update = db.prepare('UPDATE isms_role SET position = ? WHERE id = ?');
  ids.forEach((id, position) => update.run(position, id));
}

export function deleteIsmsRoleRow(db: Database, id: number): void {
  db.prepare('DELETE FROM isms_role WHERE id = ?').run(id);
}
