import { describe, expect, it } from 'vitest';
import { BLANK_NONCONFORMITY, type Nonconformity } from '../../shared/domain/nonconformity';
import { EMPTY_NC_FILTER, isNcFiltered, matchesNcFilter, summariseNonconformities } from './nc-filter';

const nc = (id: number, over: Partial<Nonconformity> = {}): Nonconformity => ({
  ...BLANK_NONCONFORMITY,
  id,
  ref: `NC-00${id}`,
  raisedOn: '2026-09-18',
  description: `Nonconformity ${id}`,
  findingRefs: [],
  ...over,
});

const TODAY = '2026-11-23';
const register = [
  nc(1, { status: 'closed', dueDate: '2026-10-31', effectivenessResult: 'effective', effectivenessReviewedOn: '2026-11-16' }),
  nc(2, { status: 'action-planned', dueDate: '2026-11-01', owner: 'Head of People', findingRefs: ['IA-2026-01-F04'] }),
  nc(3, { status: 'implemented', dueDate: '2026-11-01', source: 'incident', sourceRef: 'INC-2026-007' }),
  nc(4, { status: 'open', dueDate: null }),
];

describe('nonconformity filter', () => {
  it('finds by words across the record, its source and linked findings', () => {
    const shown = (query: string) => register.filter((r) => matchesNcFilter(r, { ...EMPTY_NC_FILTER, query }, TODAY)).map((r) => r.ref);
    expect(shown('people')).toEqual(['NC-002']);
    expect(shown('ia-2026-01-f04')).toEqual(['NC-002']);
    expect(shown('security incident 007')).toEqual(['NC-003']);
    expect(shown('')).toHaveLength(4);
  });

  it('filters by status, "not closed" and overdue (open or planned actions past due only)', () => {
    const shown = (patch: Partial<typeof EMPTY_NC_FILTER>) => register.filter((r) => matchesNcFilter(r, { ...EMPTY_NC_FILTER, ...patch }, TODAY)).map((r) => r.ref);
    expect(shown({ status: 'not-closed' })).toEqual(['NC-002', 'NC-003', 'NC-004']);
    expect(shown({ status: 'closed' })).toEqual(['NC-001']);
    expect(shown({ overdueOnly: true })).toEqual(['NC-002']);
    expect(isNcFiltered(EMPTY_NC_FILTER)).toBe(false);
    expect(isNcFiltered({ ...EMPTY_NC_FILTER, overdueOnly: true })).toBe(true);
  });

  it('summarises the register', () => {
    expect(summariseNonconformities(register, TODAY)).toEqual({
      total: 4,
      byStatus: { open: 1, 'action-planned': 1, implemented: 1, closed: 1 },
      overdue: 1,
      awaitingReview: 1,
    });
  });
});
