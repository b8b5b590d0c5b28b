import { z } from 'zod';
import { isoDate } from './soa';

/** Competence (ISO/IEC 27001:2022 7.2) and awareness (7.3): what each role needs, and who has done what. */

export const TRAINING_KINDS = ['training', 'awareness', 'qualification'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const TRAINING_KIND_LABELS: Record<TrainingKind, string> = {
  training: 'Training',
  awareness: 'Awareness',
  qualification: 'Qualification',
};

/** The fields of a record, without the cross-field check (partial updates are built from it). */
export const trainingRecordFieldsSchema = z.object({
  person: z.string().trim().min(1, 'Name the person').max(120),
  role: z.string().trim().max(120),
  kind: z.enum(TRAINING_KINDS),
  subject: z.string().trim().min(1, 'Say what the training or qualification was').max(300),
  completedOn: isoDate,
  /** When it must be renewed; null when it does not lapse. */
  expiresOn: isoDate.nullable(),
  /** Where the proof is: a certificate, an LMS export, an attendance sheet. */
  evidence: z.string().max(1000),
});

export const trainingRecordInputSchema = trainingRecordFieldsSchema.refine(
  (r) => r.expiresOn === null || r.expiresOn >= r.completedOn,
  { message: 'The expiry date cannot be before the completion date', path: ['expiresOn'] },
);
export type TrainingRecordInput = z.infer<typeof trainingRecordInputSchema>;

export interface TrainingRecord extends TrainingRecordInput {
  id: number;
  /** Readable reference derived from the id, e.g. TR-014. */
  ref: string;
}

/** The fields of a training record, for the change log and partial updates. */
export const TRAINING_RECORD_FIELDS = ['person', 'role', 'kind', 'subject', 'completedOn', 'expiresOn', 'evidence'] as const;

/** One competence a role requires, e.g. "Working knowledge of AWS IAM". */
export const competenceSchema = z.string().trim().min(1, 'A competence cannot be empty').max(200);
export const competenceListSchema = z.array(competenceSchema).max(40, 'List at most 40 competences per role');

/** An ISMS role as the competence area sees it: its title and holder (kept elsewhere) and its required competences. */
export interface RoleCompetences {
  roleId: number;
  title: string;
  holder: string;
  competences: string[];
}

/** Days before expiry from which a record is flagged as expiring soon. */
export const EXPIRY_WARNING_DAYS = 30;

export type TrainingValidity = 'expired' | 'expiring' | 'valid' | 'no-expiry';
export const TRAINING_VALIDITY_LABELS: Record<TrainingValidity, string> = {
  expired: 'Expired',
  expiring: 'Expires soon',
  valid: 'Valid',
  'no-expiry': 'Does not expire',
};

/** A YYYY-MM-DD day plus a number of days, by the calendar (no time zone involved). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/**
 * Whether a record still counts on a given day: expired once its expiry day has passed (a record expiring today is
 * still valid today), expiring when it lapses within the warning window.
 */
export function trainingValidity(record: Pick<TrainingRecordInput, 'expiresOn'>, asOf: string, warningDays = EXPIRY_WARNING_DAYS): TrainingValidity {
  if (record.expiresOn === null) return 'no-expiry';
  if (record.expiresOn < asOf) return 'expired';
  if (record.expiresOn <= addDays(asOf, warningDays)) return 'expiring';
  return 'valid';
}

/** Trims, drops empties and repeats (case-insensitively), keeping the order the user gave. */
export function normaliseCompetences(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of list) {
    const text = item.trim().replace(/\s+/g, ' ');
    const key = text.toLocaleLowerCase('en-GB');
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/** A person's name without what often follows it ("Siobhan Kerr, Head of Security", "Siobhan Kerr (deputy: …)" → "siobhan kerr"). */
export const personKey = (name: string): string => name.split(/[,(]/)[0]!.trim().toLocaleLowerCase('en-GB');

const sameText = (a: string, b: string) => a.trim() !== '' && a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');

/**
 * The records that evidence a role's competences: those of its holder, those filed under the role's title, and
 * those filed under the holder's description when the holder is a job title rather than a name.
 */
export function recordsForRole<R extends Pick<TrainingRecordInput, 'person' | 'role'>>(role: { title: string; holder: string }, records: readonly R[]): R[] {
  const holder = personKey(role.holder);
  return records.filter((r) => (holder !== '' && personKey(r.person) === holder) || sameText(r.role, role.title) || sameText(r.role, role.holder));
}
