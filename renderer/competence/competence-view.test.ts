import { describe, expect, it } from 'vitest';
import type { TrainingRecord } from '../../shared/domain/competence';
import { EMPTY_RECORD_FILTER, aYearOn, isRecordFiltered, newRecord, summariseRecords, visibleRecords } from './competence-view';

const record = (id: number, over: Partial<TrainingRecord>): TrainingRecord => ({
  id,
  ref: `TR-00${id}`,
  person: 'Tom Hughes',
  role: 'Platform Engineer',
  kind: 'training',
  subject: 'Secure coding',
  completedOn: '2026-01-10',
  expiresOn: null,
  evidence: 'LMS',
  ...over,
});

const records = [
  record(1, { expiresOn: '2026-11-01' }),
  record(2, { person: 'Aisha Rahman', kind: 'awareness', subject: 'Awareness', expiresOn: '2026-12-01', evidence: '' }),
  record(3, { person: 'Aisha Rahman', kind: 'qualification', subject: 'AWS Security', expiresOn: '2028-01-01' }),
  record(4, { person: 'Ben Carter', subject: 'Induction' }),
];
const asOf = '2026-11-20';

describe('record filters', () => {
  it('filters by validity, with "to renew" taking expired and expiring together', () => {
    const refs = (validity: typeof EMPTY_RECORD_FILTER.validity) => visibleRecords(records, { ...EMPTY_RECORD_FILTER, validity }, asOf).map((r) => r.id);
    expect(refs('attention')).toEqual([1, 2]);
    expect(refs('expired')).toEqual([1]);
    expect(refs('expiring')).toEqual([2]);
    expect(refs('valid')).toEqual([3]);
    expect(refs('no-expiry')).toEqual([4]);
  });

  it('combines kind, person and a search over every word', () => {
    expect(visibleRecords(records, { ...EMPTY_RECORD_FILTER, person: 'Aisha Rahman', kind: 'qualification' }, asOf).map((r) => r.id)).toEqual([3]);
    expect(visibleRecords(records, { ...EMPTY_RECORD_FILTER, query: 'platform secure' }, asOf).map((r) => r.id)).toEqual([1]);
    expect(isRecordFiltered(EMPTY_RECORD_FILTER)).toBe(false);
  });

  it('summarises people, lapsed records and missing evidence', () => {
    expect(summariseRecords(records, asOf)).toEqual({ total: 4, people: 3, expired: 1, expiring: 1, withoutEvidence: 1 });
  });
});

describe('newRecord', () => {
  it('takes the person’s last role, completes today, and lets awareness lapse after a year', () => {
    expect(newRecord(' Aisha Rahman ', 'awareness', 'Phishing refresher', records, '2026-11-20')).toEqual({
      person: 'Aisha Rahman',
      role: 'Platform Engineer',
      kind: 'awareness',
      subject: 'Phishing refresher',
      completedOn: '2026-11-20',
      expiresOn: '2027-11-20',
      evidence: '',
    });
    expect(newRecord('New Person', 'qualification', 'CISSP', records, '2026-11-20')).toMatchObject({ role: '', expiresOn: null });
    expect(aYearOn('2028-02-29')).toBe('2029-02-28');
  });
});
