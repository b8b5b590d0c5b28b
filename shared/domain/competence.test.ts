import { describe, expect, it } from 'vitest';
import { addDays, normaliseCompetences, trainingRecordInputSchema, trainingValidity } from './competence';

describe('trainingValidity', () => {
  it('flags expired records, records lapsing within 30 days, and records that do not lapse', () => {
    const asOf = '2026-11-20';
    expect(trainingValidity({ expiresOn: '2026-11-19' }, asOf)).toBe('expired');
    expect(trainingValidity({ expiresOn: '2026-11-20' }, asOf)).toBe('expiring');
    expect(trainingValidity({ expiresOn: '2026-12-20' }, asOf)).toBe('expiring');
    expect(trainingValidity({ expiresOn: '2026-12-21' }, asOf)).toBe('valid');
    expect(trainingValidity({ expiresOn: null }, asOf)).toBe('no-expiry');
    expect(trainingValidity({ expiresOn: '2026-12-21' }, asOf, 60)).toBe('expiring');
  });

  it('adds days by the calendar across month and year ends', () => {
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('trainingRecordInputSchema', () => {
  const record = { person: 'Callum Fraser', role: 'IT Lead', kind: 'qualification', subject: 'AWS Security Specialty', completedOn: '2025-03-01', expiresOn: '2028-03-01', evidence: 'Credly badge' };

  it('accepts a record and refuses an expiry before completion', () => {
    expect(trainingRecordInputSchema.safeParse(record).success).toBe(true);
    const wrong = trainingRecordInputSchema.safeParse({ ...record, expiresOn: '2025-02-01' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toBe('The expiry date cannot be before the completion date');
  });

  it('needs a person and a subject', () => {
    expect(trainingRecordInputSchema.safeParse({ ...record, person: ' ' }).success).toBe(false);
    expect(trainingRecordInputSchema.safeParse({ ...record, subject: '' }).success).toBe(false);
  });
});

describe('normaliseCompetences', () => {
  it('trims, collapses spaces and drops empty and repeated entries, keeping the order', () => {
    expect(normaliseCompetences([' Incident handling ', '', 'AWS  IAM', 'incident handling', 'Risk assessment'])).toEqual([
      'Incident handling',
      'AWS IAM',
      'Risk assessment',
    ]);
  });
});
