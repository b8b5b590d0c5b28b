import {
  EXPIRY_WARNING_DAYS,
  trainingValidity,
  type TrainingKind,
  type TrainingRecord,
  type TrainingRecordInput,
  type TrainingValidity,
} from '../../shared/domain/competence';

export type ValidityFilter = 'all' | 'attention' | TrainingValidity;

export interface RecordFilter {
  query: string;
  kind: TrainingKind | 'all';
  validity: ValidityFilter;
  person: string;
}

export const EMPTY_RECORD_FILTER: RecordFilter = { query: '', kind: 'all', validity: 'all', person: 'all' };

export function isRecordFiltered(filter: RecordFilter): boolean {
  return filter.query.trim() !== '' || filter.kind !== 'all' || filter.validity !== 'all' || filter.person !== 'all';
}

const needsRenewal = (v: TrainingValidity) => v === 'expired' || v === 'expiring';

export function matchesRecordFilter(record: TrainingRecord, filter: RecordFilter, asOf: string): boolean {
  if (filter.kind !== 'all' && record.kind !== filter.kind) return false;
  if (filter.person !== 'all' && record.person !== filter.person) return false;
  if (filter.validity !== 'all') {
    const validity = trainingValidity(record, asOf);
    if (filter.validity === 'attention' ? !needsRenewal(validity) : validity !== filter.validity) return false;
  }
  const words = filter.query.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = [record.ref, record.person, record.role, record.subject, record.evidence].join(' ').toLocaleLowerCase();
  return words.every((word) => text.includes(word));
}

export function visibleRecords(records: readonly TrainingRecord[], filter: RecordFilter, asOf: string): TrainingRecord[] {
  return records.filter((r) => matchesRecordFilter(r, filter, asOf));
}

export interface RecordSummary {
  total: number;
  people: number;
  expired: number;
  expiring: number;
  withoutEvidence: number;
}

export function summariseRecords(records: readonly TrainingRecord[], asOf: string): RecordSummary {
  const validity = records.map((r) => trainingValidity(r, asOf));
  return {
    total: records.length,
    people: new Set(records.map((r) => r.person.trim().toLocaleLowerCase())).size,
    expired: validity.filter((v) => v === 'expired').length,
    expiring: validity.filter((v) => v === 'expiring').length,
    withoutEvidence: records.filter((r) => r.evidence.trim() === '').length,
  };
}

/** Distinct non-empty values, sorted: people and roles to filter by and to suggest. */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}

/** The same calendar day a year on (29 February becomes 28 February). */
export function aYearOn(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(y) + 1}-${m}-${m === '02' && d === '29' ? '28' : d}`;
}

/**
 * A new record for a person: the role they last trained for, completed today; awareness lapses after a year,
 * the rest until the user sets an expiry.
 */
export function newRecord(person: string, kind: TrainingKind, subject: string, records: readonly TrainingRecord[], today: string): TrainingRecordInput {
  const previous = records.find((r) => r.person.trim().toLocaleLowerCase() === person.trim().toLocaleLowerCase());
  return {
    person: person.trim(),
    role: previous?.role ?? '',
    kind,
    subject: subject.trim(),
    completedOn: today,
    expiresOn: kind === 'awareness' ? aYearOn(today) : null,
    evidence: '',
  };
}

export const WARNING_TEXT = `within ${EXPIRY_WARNING_DAYS} days`;
