import { describe, expect, it } from 'vitest';
import { certificationPlanSchema, EMPTY_CERTIFICATION_PLAN, type CertificationPlan } from '../domain/certification';
import { addMonths, certificationCycle, daysBetween, suggestCycleDates } from './certification-cycle';

const plan = (over: Partial<CertificationPlan>): CertificationPlan => ({ ...EMPTY_CERTIFICATION_PLAN, ...over });

const FULL = plan({
  certificationBody: 'Brightwater Certification Ltd',
  stage1: '2027-02-16',
  stage2: '2027-04-20',
  surveillance1: '2028-04-11',
  surveillance2: '2029-04-10',
  recertification: '2030-01-15',
});

const statuses = (p: CertificationPlan, today: string) => certificationCycle(p, today).milestones.map((m) => m.status);

describe('date arithmetic', () => {
  it('adds months, keeping to the last day of a shorter month', () => {
    expect(addMonths('2027-04-20', 12)).toBe('2028-04-20');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-11-15', 3)).toBe('2028-02-15');
    expect(addMonths('2027-04-20', 33)).toBe('2030-01-20');
  });

  it('counts whole days across months and years, either way', () => {
    expect(daysBetween('2026-11-23', '2026-11-23')).toBe(0);
    expect(daysBetween('2026-11-23', '2027-02-16')).toBe(85);
    expect(daysBetween('2026-11-23', '2026-09-30')).toBe(-54);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });
});

describe('certification plan schema', () => {
  it('accepts an ordered plan and an empty one', () => {
    expect(certificationPlanSchema.safeParse(FULL).success).toBe(true);
    expect(certificationPlanSchema.safeParse(EMPTY_CERTIFICATION_PLAN).success).toBe(true);
    expect(certificationPlanSchema.safeParse(plan({ stage2: '2027-04-20' })).success).toBe(true);
  });

  it('says which audit a date has to follow', () => {
    const result = certificationPlanSchema.safeParse({ ...FULL, stage2: '2027-02-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['stage2'], message: 'The Stage 2 audit must come after the Stage 1 audit' }),
    ]);
  });

  it('names the latest earlier audit the date is not after, skipping undated ones', () => {
    const result = certificationPlanSchema.safeParse(plan({ stage1: '2027-02-16', surveillance2: '2027-01-10' }));
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['surveillance2', 'The second surveillance audit must come after the Stage 1 audit'],
    ]);
  });

  it('refuses two audits on the same day', () => {
    const result = certificationPlanSchema.safeParse({ ...FULL, recertification: FULL.surveillance2 });
    expect(result.error?.issues[0]).toMatchObject({ path: ['recertification'], message: 'The recertification audit must come after the second surveillance audit' });
  });

  it('refuses dates that are not in the calendar, other shapes and unknown fields', () => {
    expect(certificationPlanSchema.safeParse({ ...FULL, stage1: '2027-02-30' }).error?.issues[0]?.message).toBe('This is not a date in the calendar');
    expect(certificationPlanSchema.safeParse({ ...FULL, stage1: '16/02/2027' }).error?.issues[0]?.message).toBe('Use a date in the form YYYY-MM-DD');
    expect(certificationPlanSchema.safeParse({ ...FULL, expiry: '2030-04-20' }).success).toBe(false);
    expect(certificationPlanSchema.safeParse({ ...FULL, certificationBody: 'x'.repeat(121) }).success).toBe(false);
  });
});

describe('certification cycle', () => {
  it('puts a plan before Stage 1 as next, then later', () => {
    const cycle = certificationCycle(FULL, '2026-11-23');
    expect(cycle.milestones.map((m) => m.status)).toEqual(['next', 'later', 'later', 'later', 'later']);
    expect(cycle.next).toMatchObject({ milestone: 'stage1', date: '2027-02-16', daysFromToday: 85 });
    expect(cycle.milestones.map((m) => m.latest)).toEqual([null, null, '2028-04-20', '2029-04-20', '2030-04-20']);
    expect(cycle.notes).toEqual([]);
  });

  it('marks passed dates done and the day itself as next', () => {
    expect(statuses(FULL, '2027-04-20')).toEqual(['done', 'next', 'later', 'later', 'later']);
    expect(statuses(FULL, '2027-04-21')).toEqual(['done', 'done', 'next', 'later', 'later']);
    expect(statuses(FULL, '2030-01-16')).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(certificationCycle(FULL, '2030-01-16').next).toBeNull();
  });

  it('makes an undated audit overdue once its window after Stage 2 has closed', () => {
    const undated = { ...FULL, surveillance1: null };
    expect(statuses(undated, '2028-04-20')).toEqual(['done', 'done', 'next', 'later', 'later']);
    expect(statuses(undated, '2028-04-21')).toEqual(['done', 'done', 'overdue', 'next', 'later']);
  });

  it('makes a dated audit overdue when its date is still ahead but the window has closed', () => {
    const late = { ...FULL, surveillance1: '2028-06-01' };
    expect(statuses(late, '2028-05-01')).toEqual(['done', 'done', 'overdue', 'next', 'later']);
  });

  it('counts an undated audit as held when a later one has been', () => {
    expect(statuses(plan({ stage2: '2027-04-20' }), '2027-05-01')).toEqual(['done', 'done', 'next', 'later', 'later']);
  });

  it('leaves an empty plan with Stage 1 next and nothing overdue', () => {
    const cycle = certificationCycle(EMPTY_CERTIFICATION_PLAN, '2026-11-23');
    expect(cycle.milestones.map((m) => [m.status, m.date, m.daysFromToday])).toEqual([
      ['next', null, null],
      ['later', null, null],
      ['later', null, null],
      ['later', null, null],
      ['later', null, null],
    ]);
  });

  it('notes dates a certification body would question', () => {
    const notes = certificationCycle(
      plan({ stage1: '2026-12-01', stage2: '2027-07-01', surveillance1: '2028-07-02', surveillance2: '2029-07-01', recertification: '2030-07-02' }),
      '2026-11-23',
    ).notes;
    expect(notes).toHaveLength(3);
    expect(notes[0]).toMatch(/more than six months after Stage 1/);
    expect(notes[1]).toMatch(/first surveillance audit is more than 12 months after Stage 2/);
    expect(notes[2]).toMatch(/after the certificate expires/);
  });
});

describe('suggested dates', () => {
  it('offers surveillance at 12 and 24 months and recertification a quarter before expiry', () => {
    expect(suggestCycleDates(plan({ stage2: '2027-04-20' }))).toEqual({
      surveillance1: '2028-04-20',
      surveillance2: '2029-04-20',
      recertification: '2030-01-20',
    });
  });

  it('offers nothing without Stage 2, and never replaces a date the user entered', () => {
    expect(suggestCycleDates(plan({ stage1: '2027-02-16' }))).toEqual({});
    expect(suggestCycleDates({ ...FULL, surveillance2: null })).toEqual({ surveillance2: '2029-04-20' });
    expect(suggestCycleDates(FULL)).toEqual({});
  });

  it('leaves out a suggestion that would break the order with an entered date', () => {
    const suggestions = suggestCycleDates(plan({ stage2: '2027-04-20', surveillance2: '2028-03-01' }));
    expect(suggestions).toEqual({ recertification: '2030-01-20' });
    expect(certificationPlanSchema.safeParse(plan({ stage2: '2027-04-20', surveillance2: '2028-03-01', ...suggestions })).success).toBe(true);
  });

  it('gives a plan that passes the schema when accepted', () => {
    const base = plan({ stage1: '2027-02-16', stage2: '2027-04-20' });
    expect(certificationPlanSchema.safeParse({ ...base, ...suggestCycleDates(base) }).success).toBe(true);
  });
});
