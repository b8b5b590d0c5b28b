import type { Database } from 'better-sqlite3';
import type { Asset, AssetInput } from '../../shared/domain/risk';

interface AssetRow {
  id: number;
  ref: string;
  name: string;
  type: Asset['type'];
  owner: string;
  classification: string;
  confidentiality: number;
  integrity: number;
  availability: number;
  location: string;
  description: string;
}

function riskIdsByAsset(db: Database): Map<number, number[]> {
  const map = new Map<number, number[]>();
  const rows = db.prepare('SELECT asset_id, risk_id FROM risk_asset ORDER BY asset_id, risk_id').raw().all() as [number, number][];
  for (const [assetId, riskId] of rows) {
    const list = map.get(assetId);
    if (list) list.push(riskId);
    else map.set(assetId, [riskId]);
  }
  return map;
}

function toAsset(row: AssetRow, riskIds: number[]): Asset {
  return { ...row, riskIds };
}

export function listAssets(db: Database): Asset[] {
  const links = riskIdsByAsset(db);
  return (db.prepare('SELECT * FROM asset ORDER BY id').all() as AssetRow[]).map((row) => toAsset(row, links.get(row.id) ?? []));
}

export function getAsset(db: Database, id: number): Asset | null {
  const row = db.prepare('SELECT * FROM asset WHERE id = ?').get(id) as AssetRow | undefined;
  if (!row) return null;
  const riskIds = (db.prepare('SELECT risk_id FROM risk_asset WHERE asset_id = ? ORDER BY risk_id').pluck().all(id) as number[]) ?? [];
  return toAsset(row, riskIds);
}

export function insertAsset(db: Database, ref: string, asset: AssetInput): number {
  return Number(
    db
      .prepare(
        `INSERT INTO asset (ref, name, type, owner, classification, confidentiality, integrity, availability, location, description)
         VALUES (@ref, @name, @type, @owner, @classification, @confidentiality, @integrity, @availability, @location, @description)`,
      )
      .run({ ...asset, ref }).lastInsertRowid,
  );
}

export function updateAssetRow(db: Database, id: number, asset: AssetInput): void {
  db.prepare(
    `UPDATE asset SET name = @name, type = @type, owner = @owner, classification = @classification,
       confidentiality = @confidentiality, integrity = @integrity, availability = @availability, location = @location,
       description = @description
     WHERE id = @id`,
  ).run({ ...asset, id });
}

export function deleteAssetRow(db: Database, id: number): void {
  db.prepare('DELETE FROM asset WHERE id = ?').run(id);
}

export function existingAssetIds(db: Database, ids: number[]): Set<number> {
  if (ids.length === 0) return new Set();
  const found = db.prepare(`SELECT id FROM asset WHERE id IN (${ids.map(() => '?').join(',')})`).pluck().all(...ids) as number[];
  return new Set(found);
}
