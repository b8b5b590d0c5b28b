import type { Database } from 'better-sqlite3';
import { CERTIFICATION_MILESTONES, EMPTY_CERTIFICATION_PLAN, type CertificationPlan } from '../../shared/domain/certification';

/** The plan's fields and the isms_setting keys that hold them. */
const KEYS: Record<keyof CertificationPlan, string> = {
  certificationBody: 'certification.body',
  stage1: 'certification.stage1',
  stage2: 'certification.stage2',
  surveillance1: 'certification.surveillance1',
  surveillance2: 'certification.surveillance2',
  recertification: 'certification.recertification',
};
const FIELDS = Object.keys(KEYS) as (keyof CertificationPlan)[];

export function readCertificationPlan(db: Database): CertificationPlan {
  const rows = db.prepare(`SELECT key, value FROM isms_setting WHERE key LIKE 'certification.%'`).all() as { key: string; value: string }[];
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const plan: CertificationPlan = { ...EMPTY_CERTIFICATION_PLAN, certificationBody: stored.get(KEYS.certificationBody) ?? '' };
  for (const milestone of CERTIFICATION_MILESTONES) plan[milestone] = stored.get(KEYS[milestone]) ?? null;
  return plan;
}

/** Writes every field: a date or name that is cleared is removed rather than kept as an empty value. */
export function saveCertificationPlan(db: Database, plan: CertificationPlan): void {
  const upsert = db.prepare('INSERT INTO isms_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const remove = db.prepare('DELETE FROM isms_setting WHERE key = ?');
  for (const field of FIELDS) {
    const value = plan[field];
    if (value === null || value === '') remove.run(KEYS[field]);
    else upsert.run(KEYS[field], value);
  }
}
