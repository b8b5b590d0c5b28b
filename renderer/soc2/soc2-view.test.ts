import { describe, expect, it } from 'vitest';
import { ANNEX_A } from '../../shared/catalog/annex-a';
import type { SoaEntry } from '../../shared/domain/soa';
import { controlsServingCriteria, soc2Readiness } from '../../shared/rules/soc2-readiness';
import { EMPTY_SOC2_FILTER, controlMatches, criterionMatches, isSoc2Filtered, type Soc2Filter } from './soc2-view';

const soa: SoaEntry[] = ANNEX_A.map((c) => ({
  controlId: c.id,
  applicable: true,
  reasons: ['risk-treatment'],
  exclusionJustification: '',
  status: c.id === '8.11' ? 'planned' : 'implemented',
  implementation: '',
  owner: 'IT Lead',
  evidence: [],
  lastReviewed: null,
}));
const readiness = soc2Readiness(soa, ['confidentiality', 'privacy'], ['CC1.1', 'CC1.2', 'CC3.3', 'CC9.1']);
const controls = controlsServingCriteria(readiness);
const criteria = (patch: Partial<Soc2Filter>) => readiness.criteria.filter((c) => criterionMatches(c, { ...EMPTY_SOC2_FILTER, ...patch })).map((c) => c.id);
const controlIds = (patch: Partial<Soc2Filter>) => controls.filter((c) => controlMatches(c, { ...EMPTY_SOC2_FILTER, ...patch })).map((c) => c.controlId);

describe('criterionMatches', () => {
  it('finds the criteria a control serves from its number, however it is written', () => {
    expect(criteria({ query: 'A.8.11' })).toEqual(['C1.1', 'P4.1']);
    expect(criteria({ query: '8.11' })).toEqual(['C1.1', 'P4.1']);
  });

  it('reads a criterion id as a prefix and anything else as words to find', () => {
    expect(criteria({ query: 'cc9' })).toEqual(['CC9.1', 'CC9.2']);
    expect(criteria({ query: 'p6.1' })).toEqual(['P6.1']);
    expect(criteria({ query: 'privacy notice' })).toEqual(expect.arrayContaining(['P1.1']));
    expect(criteria({ query: 'nothing like this' })).toEqual([]);
  });

  it('keeps to one category and, with gaps only, to criteria short of ready', () => {
    expect(criteria({ category: 'confidentiality' })).toEqual(['C1.1', 'C1.2']);
    const gaps = criteria({ gapsOnly: true });
    expect(gaps).toContain('C1.1');
    expect(gaps).toContain('P1.1');
    expect(gaps).not.toContain('CC6.1');
    expect(criteria({ gapsOnly: true, category: 'security' })).toEqual([]);
  });
});

describe('controlMatches', () => {
  it('finds a control by number, by a criterion it serves, or by words', () => {
    expect(controlIds({ query: '5.34' })).toEqual(['5.34']);
    expect(controlIds({ query: 'C1.2' })).toEqual(['7.10', '7.14', '8.10']);
    expect(controlIds({ query: 'data masking' })).toEqual(['8.11']);
  });

  it('keeps to controls serving a category, and with gaps only to those short of full credit', () => {
    expect(controlIds({ gapsOnly: true })).toEqual(['8.11']);
    expect(controlIds({ category: 'privacy' })).toContain('5.34');
    expect(controlIds({ category: 'confidentiality' })).not.toContain('5.34');
  });
});

describe('isSoc2Filtered', () => {
  it('is false only for the empty filter', () => {
    expect(isSoc2Filtered(EMPTY_SOC2_FILTER)).toBe(false);
    expect(isSoc2Filtered({ ...EMPTY_SOC2_FILTER, query: ' ' })).toBe(false);
    expect(isSoc2Filtered({ ...EMPTY_SOC2_FILTER, gapsOnly: true })).toBe(true);
  });
});
