import { describe, expect, it } from 'vitest';
import { ANNEX_A } from '../../shared/catalog/annex-a';
import type { SoaEntry } from '../../shared/domain/soa';
import { EMPTY_FILTER, matchesFilter, needsAttention, soaProgress } from './soa-filter';

const entry = (controlId: string, over: Partial<SoaEntry> = {}): SoaEntry => ({
  controlId,
  applicable: true,
  reasons: ['risk-treatment'],
  exclusionJustification: '',
  status: 'implemented',
  implementation: 'Okta SSO with MFA for every user',
  owner: 'IT Lead',
  evidence: ['Okta MFA policy export'],
  lastReviewed: null,
  ...over,
});
const control = (id: string) => ANNEX_A.find((c) => c.id === id)!;

describe('SoA filter', () => {
  it('matches every word of the query across id, title, text and evidence', () => {
    const row = { control: control('5.15'), entry: entry('5.15') };
    expect(matchesFilter(row, { ...EMPTY_FILTER, query: 'a.5.15' })).toBe(true);
    expect(matchesFilter(row, { ...EMPTY_FILTER, query: 'access okta' })).toBe(true);
    expect(matchesFilter(row, { ...EMPTY_FILTER, query: 'access firewall' })).toBe(false);
  });

  it('treats a control number as an exact match on the control', () => {
    const other = { control: control('5.1'), entry: entry('5.1', { implementation: 'See also A.5.15 for access' }) };
    expect(matchesFilter(other, { ...EMPTY_FILTER, query: '5.15' })).toBe(false);
    expect(matchesFilter({ control: control('5.15'), entry: entry('5.15') }, { ...EMPTY_FILTER, query: 'A 5.15' })).toBe(true);
  });

  it('filters by theme, owner and status; excluded controls only under not applicable', () => {
    const excluded = { control: control('7.6'), entry: entry('7.6', { applicable: false, exclusionJustification: 'No secure areas' }) };
    expect(matchesFilter(excluded, { ...EMPTY_FILTER, theme: 'physical' })).toBe(true);
    expect(matchesFilter(excluded, { ...EMPTY_FILTER, theme: 'people' })).toBe(false);
    expect(matchesFilter(excluded, { ...EMPTY_FILTER, status: 'implemented' })).toBe(false);
    expect(matchesFilter(excluded, { ...EMPTY_FILTER, status: 'not-applicable' })).toBe(true);
    expect(matchesFilter(excluded, { ...EMPTY_FILTER, owner: 'CTO' })).toBe(false);
  });

  it('flags applicable controls without reason or owner as needing attention', () => {
    expect(needsAttention(entry('5.1'))).toBe(false);
    expect(needsAttention(entry('5.1', { reasons: [] }))).toBe(true);
    expect(needsAttention(entry('5.1', { owner: ' ' }))).toBe(true);
  });

  it('counts progress over applicable controls only', () => {
    const progress = soaProgress([
      entry('5.1'),
      entry('5.2', { status: 'partial' }),
      entry('5.3', { applicable: false, exclusionJustification: 'x', status: 'not-started' }),
    ]);
    expect(progress).toMatchObject({ total: 3, applicable: 2, excluded: 1, implementedPercent: 50 });
    expect(progress.byStatus).toEqual({ 'not-started': 0, planned: 0, partial: 1, implemented: 1 });
  });
});
