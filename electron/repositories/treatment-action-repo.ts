import type { Database } from 'better-sqlite3';
import type { TreatmentAction, TreatmentActionInput } from '../../shared/domain/risk';

interface ActionRow {
  id: number;
  ref: string;
  risk_id: number;
  title: string;
  control_id: string | null;
  owner: string;
  resources: string;
  due_date: string | null;
  status: TreatmentAction['status'];
  completion_evidence: string;
  completed_on: string | null;
}

function toAction(row: ActionRow): TreatmentAction {
  return {
    id: row.id,
    ref: row.ref,
    riskId: row.risk_id,
    title: row.title,
    controlId: row.control_id,
    owner: row.owner,
    resources: row.resources,
    dueDate: row.due_date,
    status: row.status,
    completionEvidence: row.completion_evidence,
    completedOn: row.completed_on,
  };
}

export function listTreatmentActions(db: Database): TreatmentAction[] {
  return (db.prepare('SELECT * FROM treatment_action ORDER BY risk_id, id').all() as ActionRow[]).map(toAction);
}

export function getTreatmentAction(db: Database, id: number): TreatmentAction | null {
  const row = db.prepare('SELECT * FROM treatment_action WHERE id = ?').get(id) as ActionRow | undefined;
  return row ? toAction(row) : null;
}

const VALUES = `@riskId, @title, @controlId, @owner, @resources, @dueDate, @status, @completionEvidence, @completedOn`;

export function insertTreatmentAction(db: Database, ref: string, action: TreatmentActionInput): number {
  return Number(
    db
      .prepare(
        `INSERT INTO treatment_action (ref, risk_id, title, control_id, owner, resources, due_date, status,
           completion_evidence, completed_on) VALUES (@ref, ${VALUES})`,
      )
      .run({ ...action, ref }).lastInsertRowid,
  );
}

export function updateTreatmentActionRow(db: Database, id: number, action: TreatmentActionInput): void {
  db.prepare(
    `UPDATE treatment_action SET risk_id = @riskId, title = @title, control_id = @controlId, owner = @owner,
       resources = @resources, due_date = @dueDate, status = @status, completion_evidence = @completionEvidence,
       completed_on = @completedOn WHERE id = @id`,
  ).run({ ...action, id });
}

export function deleteTreatmentActionRow(db: Database, id: number): void {
  db.prepare('DELETE FROM treatment_action WHERE id = ?').run(id);
}
