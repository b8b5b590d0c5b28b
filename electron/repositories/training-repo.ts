import type { Database } from 'better-sqlite3';
import type { RoleCompetences, TrainingRecord, TrainingRecordInput } from '../../shared/domain/competence';
import { formatRef } from './readable-ref';

interface TrainingRow {
  id: number;
  person: string;
  role: string;
  kind: TrainingRecord['kind'];
  subject: string;
  completed_on: string;
  expires_on: string | null;
  evidence: string;
}

/** The readable reference of a training record: TR- and its id, as the table keeps no ref of its own. */
export const trainingRef = (id: number): string => formatRef('TR', id);

function toRecord(row: TrainingRow): TrainingRecord {
  return {
    id: row.id,
    ref: trainingRef(row.id),
    person: row.person,
    role: row.role,
    kind: row.kind,
    subject: row.subject,
    completedOn: row.completed_on,
    expiresOn: row.expires_on,
    evidence: row.evidence,
  };
}

/** Every record, most recently completed first. */
export function listTrainingRecords(db: Database): TrainingRecord[] {
  return (db.prepare('SELECT * FROM training_record ORDER BY completed_on DESC, id DESC').all() as TrainingRow[]).map(toRecord);
}

export function getTrainingRecord(db: Database, id: number): TrainingRecord | null {
  const row = db.prepare('SELECT * FROM training_record WHERE id = ?').get(id) as TrainingRow | undefined;
  return row ? toRecord(row) : null;
}

export function insertTrainingRecord(db: Database, record: TrainingRecordInput): number {
  return Number(
    db
      .prepare(
        `INSERT INTO training_record (person, role, kind, subject, completed_on, expires_on, evidence)
         VALUES (@person, @role, @kind, @subject, @completedOn, @expiresOn, @evidence)`,
      )
      .run(record).lastInsertRowid,
  );
}

export function updateTrainingRecordRow(db: Database, id: number, record: TrainingRecordInput): void {
  db.prepare(
    `UPDATE training_record SET person = @person, role = @role, kind = @kind, subject = @subject, completed_on = @completedOn,
       expires_on = @expiresOn, evidence = @evidence WHERE id = @id`,
  ).run({ ...record, id });
}

export function deleteTrainingRecordRow(db: Database, id: number): void {
  db.prepare('DELETE FROM training_record WHERE id = ?').run(id);
}

// ---------------------------------------------------------------------------------------------------------------
// ISMS roles: this area reads them and writes only their `competences` column; the roles area owns the rest.

interface RoleRow {
  id: number;
  title: string;
  holder: string;
  competences: string;
}

function parseCompetences(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function toRole(row: RoleRow): RoleCompetences {
  return { roleId: row.id, title: row.title, holder: row.holder, competences: parseCompetences(row.competences) };
}

/** The ISMS roles in their display order, with the competences each requires. */
export function listRoleCompetences(db: Database): RoleCompetences[] {
  return (db.prepare('SELECT id, title, holder, competences FROM isms_role ORDER BY position, id').all() as RoleRow[]).map(toRole);
}

export function getRoleCompetences(db: Database, roleId: number): RoleCompetences | null {
  const row = db.prepare('SELECT id, title, holder, competences FROM isms_role WHERE id = ?').get(roleId) as RoleRow | undefined;
  return row ? toRole(row) : null;
}

export function updateRoleCompetencesColumn(db: Database, roleId: number, competences: readonly string[]): void {
  db.prepare('UPDATE isms_role SET competences = ? WHERE id = ?').run(JSON.stringify(competences), roleId);
}
