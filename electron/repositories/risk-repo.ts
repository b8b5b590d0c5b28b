import type { Database } from 'better-sqlite3';
import type { Risk, RiskInput } from '../../shared/domain/risk';
import type { ControlRiskLink } from '../../shared/ipc/contract';
import { cached } from './statement-cache';

interface RiskRow {
  id: number;
  ref: string;
  title: string;
  description: string;
  threat: string;
  vulnerability: string;
  owner: string;
  existing_controls: string;
  inherent_likelihood: number | null;
  inherent_impact: number | null;
  inherent_level: string | null;
  treatment: Risk['treatment'];
  residual_likelihood: number | null;
  residual_impact: number | null;
  residual_level: string | null;
  accepted_by: string;
  accepted_on: string | null;
  acceptance_rationale: string;
  status: Risk['status'];
  next_review: string | null;
}

function group(rows: [number, number | string][]): Map<number, (number | string)[]> {
  const map = new Map<number, (number | string)[]>();
  for (const [key, value] of rows) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

function toRisk(row: RiskRow, assetIds: number[], controlIds: string[]): Risk {
  return {
    id: row.id,
    ref: row.ref,
    title: row.title,
    description: row.description,
    assetIds,
    threat: row.threat,
    vulnerability: row.vulnerability,
    owner: row.owner,
    existingControls: row.existing_controls,
    inherentLikelihood: row.inherent_likelihood,
    inherentImpact: row.inherent_impact,
    inherentLevel: row.inherent_level,
    treatment: row.treatment,
    controlIds,
    residualLikelihood: row.residual_likelihood,
    residualImpact: row.residual_impact,
    residualLevel: row.residual_level,
    acceptedBy: row.accepted_by,
    acceptedOn: row.accepted_on,
    acceptanceRationale: row.acceptance_rationale,
    status: row.status,
    nextReview: row.next_review,
  };
}

const RISK_COLUMNS = `id, ref, title, description, threat, vulnerability, owner, existing_controls, inherent_likelihood,
  inherent_impact, inherent_level, treatment, residual_likelihood, residual_impact, residual_level, accepted_by, accepted_on,
  acceptance_rationale, status, next_review`;

type RiskTuple = [
  number, string, string, string, string, string, string, string, number | null, number | null, string | null,
  Risk['treatment'], number | null, number | null, string | null, string, string | null, string, Risk['status'], string | null,
];

/**
 * The whole register in three queries, grouped in memory: rows come back as arrays (no intermediate row
 * objects) and controls already in the standard's order, so thousands of risks load in tens of milliseconds.
 */
export function listRisks(db: Database): Risk[] {
  const assets = group(cached(db, 'SELECT risk_id, asset_id FROM risk_asset ORDER BY risk_id, asset_id').raw().all() as [number, number][]);
  const controls = group(
    cached(
      db,
      `SELECT risk_id, control_id FROM risk_control
       ORDER BY risk_id, CAST(substr(control_id, 1, 1) AS INTEGER), CAST(substr(control_id, 3) AS INTEGER)`,
    )
      .raw()
      .all() as [number, string][],
  );
  const rows = cached(db, `SELECT ${RISK_COLUMNS} FROM risk ORDER BY id`).raw().all() as RiskTuple[];
  return rows.map((r) => ({
    id: r[0],
    ref: r[1],
    title: r[2],
    description: r[3],
    assetIds: (assets.get(r[0]) as number[] | undefined) ?? [],
    threat: r[4],
    vulnerability: r[5],
    owner: r[6],
    existingControls: r[7],
    inherentLikelihood: r[8],
    inherentImpact: r[9],
    inherentLevel: r[10],
    treatment: r[11],
    controlIds: (controls.get(r[0]) as string[] | undefined) ?? [],
    residualLikelihood: r[12],
    residualImpact: r[13],
    residualLevel: r[14],
    acceptedBy: r[15],
    acceptedOn: r[16],
    acceptanceRationale: r[17],
    status: r[18],
    nextReview: r[19],
  }));
}

function sortControls(ids: string[]): string[] {
  return ids.sort((a, b) => {
    const [a1 = 0, a2 = 0] = a.split('.').map(Number);
    const [b1 = 0, b2 = 0] = b.split('.').map(Number);
    return a1 - b1 || a2 - b2;
  });
}

/** Every risk's reference and title, for recognising a risk an import already holds. */
export function listRiskTitles(db: Database): { ref: string; text: string }[] {
  return cached(db, 'SELECT ref, title AS text FROM risk ORDER BY id').all() as { ref: string; text: string }[];
}

export function getRisk(db: Database, id: number): Risk | null {
  const row = db.prepare('SELECT * FROM risk WHERE id = ?').get(id) as RiskRow | undefined;
  if (!row) return null;
  const assetIds = db.prepare('SELECT asset_id FROM risk_asset WHERE risk_id = ? ORDER BY asset_id').pluck().all(id) as number[];
  const controlIds = db.prepare('SELECT control_id FROM risk_control WHERE risk_id = ?').pluck().all(id) as string[];
  return toRisk(row, assetIds, sortControls(controlIds));
}

const COLUMNS = `title = @title, description = @description, threat = @threat, vulnerability = @vulnerability,
  owner = @owner, existing_controls = @existingControls, inherent_likelihood = @inherentLikelihood,
  inherent_impact = @inherentImpact, inherent_level = @inherentLevel, treatment = @treatment,
  residual_likelihood = @residualLikelihood, residual_impact = @residualImpact, residual_level = @residualLevel,
  accepted_by = @acceptedBy, accepted_on = @acceptedOn, acceptance_rationale = @acceptanceRationale,
  status = @status, next_review = @nextReview`;

type StoredRisk = Omit<RiskInput, 'assetIds' | 'controlIds'> & { inherentLevel: string | null; residualLevel: string | null };

function columnValues(risk: StoredRisk) {
  const { title, description, threat, vulnerability, owner, existingControls, inherentLikelihood, inherentImpact, inherentLevel, treatment, residualLikelihood, residualImpact, residualLevel, acceptedBy, acceptedOn, acceptanceRationale, status, nextReview } = risk;
  return { title, description, threat, vulnerability, owner, existingControls, inherentLikelihood, inherentImpact, inherentLevel, treatment, residualLikelihood, residualImpact, residualLevel, acceptedBy, acceptedOn, acceptanceRationale, status, nextReview };
}

export function insertRisk(db: Database, ref: string, risk: StoredRisk): number {
  return Number(
    cached(
      db,
      `INSERT INTO risk (ref, title, description, threat, vulnerability, owner, existing_controls, inherent_likelihood,
         inherent_impact, inherent_level, treatment, residual_likelihood, residual_impact, residual_level, accepted_by,
         accepted_on, acceptance_rationale, status, next_review)
       VALUES (@ref, @title, @description, @threat, @vulnerability, @owner, @existingControls, @inherentLikelihood,
         @inherentImpact, @inherentLevel, @treatment, @residualLikelihood, @residualImpact, @residualLevel, @acceptedBy,
         @acceptedOn, @acceptanceRationale, @status, @nextReview)`,
    ).run({ ...columnValues(risk), ref }).lastInsertRowid,
  );
}

export function updateRiskRow(db: Database, id: number, risk: StoredRisk): void {
  db.prepare(`UPDATE risk SET ${COLUMNS} WHERE id = @id`).run({ ...columnValues(risk), id });
}

export function setRiskAssets(db: Database, riskId: number, assetIds: number[]): void {
  cached(db, 'DELETE FROM risk_asset WHERE risk_id = ?').run(riskId);
  const insert = cached(db, 'INSERT INTO risk_asset (risk_id, asset_id) VALUES (?, ?)');
  for (const assetId of new Set(assetIds)) insert.run(riskId, assetId);
}

export function setRiskControls(db: Database, riskId: number, controlIds: string[]): void {
  cached(db, 'DELETE FROM risk_control WHERE risk_id = ?').run(riskId);
  const insert = cached(db, 'INSERT INTO risk_control (risk_id, control_id) VALUES (?, ?)');
  for (const controlId of new Set(controlIds)) insert.run(riskId, controlId);
}

export function deleteRiskRow(db: Database, id: number): void {
  db.prepare('DELETE FROM risk WHERE id = ?').run(id);
}

export function updateRiskScores(
  db: Database,
  id: number,
  scores: Pick<Risk, 'inherentLikelihood' | 'inherentImpact' | 'inherentLevel' | 'residualLikelihood' | 'residualImpact' | 'residualLevel'>,
): void {
  db.prepare(
    `UPDATE risk SET inherent_likelihood = @inherentLikelihood, inherent_impact = @inherentImpact,
       inherent_level = @inherentLevel, residual_likelihood = @residualLikelihood, residual_impact = @residualImpact,
       residual_level = @residualLevel WHERE id = @id`,
  ).run({ ...scores, id });
}


/** Which risks rely on which controls, for the SoA. */
export function listControlRiskLinks(db: Database): ControlRiskLink[] {
  return db
    .prepare(
      `SELECT rc.control_id AS controlId, r.id AS riskId, r.ref, r.title, r.residual_level AS residualLevel
       FROM risk_control rc JOIN risk r ON r.id = rc.risk_id ORDER BY rc.control_id, r.id`,
    )
    .all() as ControlRiskLink[];
}
