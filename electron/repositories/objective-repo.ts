import type { Database } from 'better-sqlite3';
import type { Measurement, MeasurementInput, Objective, ObjectiveInput } from '../../shared/domain/objectives';
import { nextRef } from './readable-ref';

interface ObjectiveRow {
  id: number;
  ref: string;
  objective: string;
  measure: string;
  target_value: number | null;
  target_direction: Objective['targetDirection'];
  unit: string;
  owner: string;
  resources: string;
  due_date: string | null;
  evaluation: string;
  status: Objective['status'];
}

interface MeasurementRow {
  id: number;
  objective_id: number;
  measured_on: string;
  value: number;
  note: string;
}

export const OBJECTIVE_REF_PREFIX = 'OBJ';

function toMeasurement(row: MeasurementRow): Measurement {
  return { id: row.id, objectiveId: row.objective_id, measuredOn: row.measured_on, value: row.value, note: row.note };
}

function toObjective(row: ObjectiveRow, measurements: Measurement[]): Objective {
  return {
    id: row.id,
    ref: row.ref,
    objective: row.objective,
    measure: row.measure,
    targetValue: row.target_value,
    targetDirection: row.target_direction,
    unit: row.unit,
    owner: row.owner,
    resources: row.resources,
    dueDate: row.due_date,
    evaluation: row.evaluation,
    status: row.status,
    measurements,
  };
}

const MEASUREMENT_ORDER = 'ORDER BY measured_on, id';

/** Every objective with its measurements, oldest first, in reference order. */
export function listObjectives(db: Database): Objective[] {
  const byObjective = new Map<number, Measurement[]>();
  for (const row of db.prepare(`SELECT * FROM measurement ${MEASUREMENT_ORDER}`).all() as MeasurementRow[]) {
    const list = byObjective.get(row.objective_id);
    if (list) list.push(toMeasurement(row));
    else byObjective.set(row.objective_id, [toMeasurement(row)]);
  }
  return (db.prepare('SELECT * FROM objective ORDER BY length(ref), ref').all() as ObjectiveRow[]).map((row) => toObjective(row, byObjective.get(row.id) ?? []));
}

export function getObjective(db: Database, id: number): Objective | null {
  const row = db.prepare('SELECT * FROM objective WHERE id = ?').get(id) as ObjectiveRow | undefined;
  if (!row) return null;
  const measurements = (db.prepare(`SELECT * FROM measurement WHERE objective_id = ? ${MEASUREMENT_ORDER}`).all(id) as MeasurementRow[]).map(toMeasurement);
  return toObjective(row, measurements);
}

/** OBJ-001, OBJ-002…: one past the highest number in use. */
export function nextObjectiveRef(db: Database): string {
  return nextRef(db, 'objective', OBJECTIVE_REF_PREFIX);
}

const COLUMNS = `objective = @objective, measure = @measure, target_value = @targetValue, target_direction = @targetDirection,
  unit = @unit, owner = @owner, resources = @resources, due_date = @dueDate, evaluation = @evaluation, status = @status`;

export function insertObjective(db: Database, ref: string, objective: ObjectiveInput): number {
  return Number(
    db
      .prepare(
        `INSERT INTO objective (ref, objective, measure, target_value, target_direction, unit, owner, resources, due_date, evaluation, status)
         VALUES (@ref, @objective, @measure, @targetValue, @targetDirection, @unit, @owner, @resources, @dueDate, @evaluation, @status)`,
      )
      .run({ ...objective, ref }).lastInsertRowid,
  );
}

export function updateObjectiveRow(db: Database, id: number, objective: ObjectiveInput): void {
  db.prepare(`UPDATE objective SET ${COLUMNS} WHERE id = @id`).run({ ...objective, id });
}

/** Deletes an objective; its measurements go with it (ON DELETE CASCADE). */
export function deleteObjectiveRow(db: Database, id: number): void {
  db.prepare('DELETE FROM objective WHERE id = ?').run(id);
}

export function getMeasurement(db: Database, id: number): Measurement | null {
  const row = db.prepare('SELECT * FROM measurement WHERE id = ?').get(id) as MeasurementRow | undefined;
  return row ? toMeasurement(row) : null;
}

export function insertMeasurement(db: Database, measurement: MeasurementInput): number {
  return Number(
    db
      .prepare('INSERT INTO measurement (objective_id, measured_on, value, note) VALUES (@objectiveId, @measuredOn, @value, @note)')
      .run(measurement).lastInsertRowid,
  );
}

export function updateMeasurementRow(db: Database, id: number, measurement: MeasurementInput): void {
  db.prepare('UPDATE measurement SET objective_id = @objectiveId, measured_on = @measuredOn, value = @value, note = @note WHERE id = @id').run({
    ...measurement,
    id,
  });
}

export function deleteMeasurementRow(db: Database, id: number): void {
  db.prepare('DELETE FROM measurement WHERE id = ?').run(id);
}
