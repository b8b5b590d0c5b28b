import type { Database } from 'better-sqlite3';
import { riskMethodSchema, type RiskMethod } from '../../shared/domain/risk-method';

export function getStoredRiskMethod(db: Database): RiskMethod | null {
  const row = db.prepare('SELECT method FROM risk_method WHERE id = 1').get() as { method: string } | undefined;
  return row ? riskMethodSchema.parse(JSON.parse(row.method)) : null;
}

export function saveRiskMethod(db: Database, method: RiskMethod): void {
  db.prepare('INSERT INTO risk_method (id, method) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET method = excluded.method').run(
    JSON.stringify(method),
  );
}
