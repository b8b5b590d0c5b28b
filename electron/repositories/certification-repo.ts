import type { Database } from 'better-sqlite3';
import { readSetting, writeSetting } from './setting-repo';
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
  const plan: CertificationPlan = { ...EMPTY_CERTIFICATION_PLAN, certificationBody: readSetting(db, KEYS.certificationBody) ?? '' };
  for (const milestone of CERTIFICATION_MILESTONES) plan[milestone] = readSetting(db, KEYS[milestone]);
  return plan;
}

/** Writes every field: a date or name that is cleared is removed rather than kept as an empty value. */
export function saveCertificationPlan(db: Database, plan: CertificationPlan): void {
  for (const field of FIELDS) writeSetting(db, KEYS[field], plan[field]);
}
