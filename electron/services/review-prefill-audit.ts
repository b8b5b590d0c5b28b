/** Management review summaries drawn from the internal audit tables: audit results and improvement opportunities. */
import type { Database } from 'better-sqlite3';
import { count, dayShort, excerpt, listRefs, sentence, type Period } from './review-prefill-text';

interface AuditRow {
  id: number;
  ref: string;
  title: string;
  ended: string | null;
  status: 'planned' | 'in-progress' | 'completed' | 'cancelled';
}

interface FindingRow {
  ref: string;
  audit_id: number;
  type: 'conformity' | 'major' | 'minor' | 'observation' | 'improvement';
  description: string;
  nc_ref: string | null;
}

const FINDING_WORDS: [FindingRow['type'], string, string][] = [
  ['major', 'major nonconformity', 'major nonconformities'],
  ['minor', 'minor nonconformity', 'minor nonconformities'],
  ['observation', 'observation', 'observations'],
  ['improvement', 'opportunity for improvement', 'opportunities for improvement'],
  ['conformity', 'conformity', 'conformities'],
];

/** Audits completed in the period (by their end date, else their start date), oldest first. */
function completedAudits(db: Database, period: Period): AuditRow[] {
  return db
    .prepare(
      `SELECT id, ref, title, coalesce(planned_end, planned_start) AS ended, status FROM audit
       WHERE status = 'completed' AND coalesce(planned_end, planned_start) BETWEEN ? AND ? ORDER BY ended, ref`,
    )
    .all(period.from, period.to) as AuditRow[];
}

function findingsOf(db: Database, audits: readonly AuditRow[]): FindingRow[] {
  if (audits.length === 0) return [];
  return db
    .prepare(
      `SELECT f.ref, f.audit_id, f.type, f.description, n.ref AS nc_ref FROM audit_finding f
       LEFT JOIN nonconformity n ON n.id = f.nonconformity_id
       WHERE f.audit_id IN (${audits.map(() => '?').join(', ')}) ORDER BY f.audit_id, f.ref`,
    )
    .all(...audits.map((a) => a.id)) as FindingRow[];
}

/** 9.3.2 d) 3): audits completed in the last twelve months, their findings by type, and what is coming up. */
export function summariseAudits(db: Database, period: Period): string {
  const audits = completedAudits(db, period);
  const upcoming = db.prepare("SELECT ref FROM audit WHERE status IN ('planned', 'in-progress') ORDER BY coalesce(planned_start, '9999'), ref").pluck().all() as string[];
  const next =
    upcoming.length > 0 ? `${count(upcoming.length, 'further audit is', 'further audits are')} planned or under way (${listRefs(upcoming)}).` : '';
  if (audits.length === 0) return sentence(['No audit was completed in the last 12 months.', next]);
  const findings = findingsOf(db, audits);
  const byType = FINDING_WORDS.map(([type, one, many]) => [findings.filter((f) => f.type === type).length, one, many] as const)
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => count(n, one, many));
  const raised = findings.flatMap((f) => (f.nc_ref ? [f.nc_ref] : []));
  const nonconforming = findings.filter((f) => f.type === 'major' || f.type === 'minor');
  const described = audits.map((a) => `${a.ref} ${a.title}${a.ended ? ` (ended ${dayShort(a.ended)})` : ''}`);
  return sentence([
    `${count(audits.length, 'audit was', 'audits were')} completed in the last 12 months: ${described.join('; ')}.`,
    findings.length === 0
      ? 'No findings were recorded.'
      : `${audits.length === 1 ? 'It' : 'They'} recorded ${count(findings.length, 'finding')}: ${byType.join(', ')}.`,
    nonconforming.length > 0
      ? raised.length > 0
        ? `Corrective action was raised as ${listRefs([...new Set(raised)])}.`
        : 'No nonconformity record has been raised from them yet.'
      : '',
    next,
  ]);
}

/**
 * 9.3.2 g): the opportunities for improvement and observations raised by the audits of the last twelve months,
 * each with its reference and the start of its description.
 */
export function summariseImprovement(db: Database, period: Period): string {
  const audits = completedAudits(db, period);
  const findings = findingsOf(db, audits).filter((f) => f.type === 'improvement' || f.type === 'observation');
  if (findings.length === 0) {
    return audits.length === 0
      ? 'No audit was completed in the last 12 months, so no improvement opportunities or observations are recorded.'
      : 'The audits of the last 12 months raised no opportunities for improvement or observations.';
  }
  const improvements = findings.filter((f) => f.type === 'improvement');
  const observations = findings.filter((f) => f.type === 'observation');
  const describe = (list: FindingRow[]) => list.slice(0, 6).map((f) => `${f.ref} ${excerpt(f.description, 160)}`).join('; ') + (list.length > 6 ? `; and ${list.length - 6} more` : '');
  return sentence([
    `The audits of the last 12 months raised ${count(improvements.length, 'opportunity for improvement', 'opportunities for improvement')} and ${count(observations.length, 'observation')}.`,
    improvements.length > 0 ? `Improvements: ${describe(improvements)}.` : '',
    observations.length > 0 ? `Observations: ${describe(observations)}.` : '',
  ]);
}
