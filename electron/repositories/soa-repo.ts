import type { Database } from 'better-sqlite3';
import type { SoaEntry } from '../../shared/domain/soa';
import { compareControlIds } from '../../shared/rules/control-id';

interface SoaRow {
  control_id: string;
  applicable: number;
  reasons: string;
  exclusion_justification: string;
  status: SoaEntry['status'];
  implementation: string;
  owner: string;
  evidence: string;
  last_reviewed: string | null;
}

function toEntry(row: SoaRow): SoaEntry {
  return {
    controlId: row.control_id,
    applicable: row.applicable === 1,
    reasons: JSON.parse(row.reasons) as SoaEntry['reasons'],
    exclusionJustification: row.exclusion_justification,
    status: row.status,
    implementation: row.implementation,
    owner: row.owner,
    evidence: JSON.parse(row.evidence) as string[],
    lastReviewed: row.last_reviewed,
  };
}

export function listSoaEntries(db: Database): SoaEntry[] {
  const rows = db.prepare('SELECT * FROM soa_entry').all() as SoaRow[];
  return rows.map(toEntry).sort((a, b) => compareControlIds(a.controlId, b.controlId));
}

export function getSoaEntry(db: Database, controlId: string): SoaEntry | null {
  const row = db.prepare('SELECT * FROM soa_entry WHERE control_id = ?').get(controlId) as SoaRow | undefined;
  return row ? toEntry(row) : null;
}

export function saveSoaEntry(db: Database, entry: SoaEntry): void {
  db.prepare(
    `INSERT INTO soa_entry (control_id, applicable, reasons, exclusion_justification, status, implementation, owner,
       evidence, last_reviewed)
     VALUES (@controlId, @applicable, @reasons, @exclusionJustification, @status, @implementation, @owner, @evidence,
       @lastReviewed)
     ON CONFLICT (control_id) DO UPDATE SET applicable = excluded.applicable, reasons = excluded.reasons,
       exclusion_justification = excluded.exclusion_justification, status = excluded.status,
       implementation = excluded.implementation, owner = excluded.owner, evidence = excluded.evidence,
       last_reviewed = excluded.last_reviewed`,
  ).run({
    ...entry,
    applicable: entry.applicable ? 1 : 0,
    reasons: JSON.stringify(entry.reasons),
    evidence: JSON.stringify(entry.evidence),
  });
}
