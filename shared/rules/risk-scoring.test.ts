import { describe, expect, it } from 'vitest';
import type { RiskInput } from '../domain/risk';
import { riskMethodSchema } from '../domain/risk-method';
import { defaultMatrix, defaultRiskMethod } from './default-risk-method';
import { acceptanceProblems, bandRank, heatMapCounts, isAboveAcceptance, levelFor, rescaleValue, rescore } from './risk-scoring';

const risk = (over: Partial<RiskInput> = {}): RiskInput => ({
  title: 'Ransomware on the production database',
  description: '',
  assetIds: [],
  threat: '',
  vulnerability: '',
  owner: 'CTO',
  existingControls: '',
  inherentLikelihood: 4,
  inherentImpact: 5,
  treatment: 'modify',
  controlIds: ['8.13'],
  residualLikelihood: 2,
  residualImpact: 4,
  acceptedBy: '',
  acceptedOn: null,
  acceptanceRationale: '',
  status: 'assessed',
  nextReview: null,
  ...over,
});

describe('default methods', () => {
  it.each([3, 4, 5] as const)('gives a valid %i×%i method with a symmetric matrix rising to the top band', (size) => {
    const method = defaultRiskMethod(size);
    expect(riskMethodSchema.safeParse(method).success).toBe(true);
    const matrix = defaultMatrix(size);
    expect(matrix).toHaveLength(size);
    for (let l = 0; l < size; l += 1) for (let i = 0; i < size; i += 1) expect(matrix[l]![i]).toBe(matrix[i]![l]);
    expect(matrix[0]![0]).toBe('low');
    expect(matrix[size - 1]![size - 1]).toBe(method.bands.at(-1)!.id);
  });

  it('refuses a matrix that does not fit the scales or names unknown bands', () => {
    const method = defaultRiskMethod(5);
    expect(riskMethodSchema.safeParse({ ...method, matrix: defaultMatrix(4) }).success).toBe(false);
    const bad = structuredClone(method);
    bad.matrix[0]![0] = 'purple';
    expect(riskMethodSchema.safeParse(bad).success).toBe(false);
    expect(riskMethodSchema.safeParse({ ...method, likelihood: method.likelihood.slice(0, 2) }).success).toBe(false);
  });
});

describe('scoring', () => {
  it('scores with a 3×3, 4×4 and 5×5 matrix', () => {
    expect(levelFor(defaultRiskMethod(3), 3, 3)).toBe('high');
    expect(levelFor(defaultRiskMethod(3), 1, 2)).toBe('low');
    expect(levelFor(defaultRiskMethod(4), 4, 4)).toBe('critical');
    expect(levelFor(defaultRiskMethod(4), 2, 3)).toBe('medium');
    expect(levelFor(defaultRiskMethod(5), 4, 5)).toBe('critical');
    expect(levelFor(defaultRiskMethod(5), 2, 4)).toBe('medium');
    expect(levelFor(defaultRiskMethod(5), null, 4)).toBeNull();
  });

  it('follows a matrix edited cell by cell', () => {
    const method = defaultRiskMethod(5);
    method.matrix[0]![4] = 'high';
    expect(levelFor(method, 1, 5)).toBe('high');
    expect(bandRank(method, 'high')).toBe(2);
  });

  it('counts risks per cell for the heat maps', () => {
    const method = defaultRiskMethod(5);
    const counts = heatMapCounts(method, [risk(), risk(), risk({ inherentLikelihood: null })], 'inherent');
    expect(counts[3]![4]).toBe(2);
    expect(counts.flat().reduce((a, b) => a + b, 0)).toBe(2);
    expect(heatMapCounts(method, [risk()], 'residual')[1]![3]).toBe(1);
  });
});

describe('acceptance criteria', () => {
  const method = defaultRiskMethod(5);

  it('accepts a residual level within appetite without formal acceptance', () => {
    expect(isAboveAcceptance(method, 'medium')).toBe(false);
    expect(acceptanceProblems(method, risk())).toEqual([]);
  });

  it('needs who, when and why above the acceptance criteria', () => {
    const high = risk({ residualLikelihood: 3, residualImpact: 4 });
    expect(isAboveAcceptance(method, 'high')).toBe(true);
    expect(acceptanceProblems(method, high)[0]).toMatch(/record who accepted it, when, why/);
    expect(acceptanceProblems(method, { ...high, acceptedBy: 'CEO', acceptedOn: '2026-10-01', acceptanceRationale: 'Cost of further controls exceeds the exposure.' })).toEqual([]);
  });

  it('refuses to retain a level that may not be retained', () => {
    expect(acceptanceProblems(method, risk({ residualLikelihood: 5, residualImpact: 5, acceptedBy: 'CEO', acceptedOn: '2026-10-01', acceptanceRationale: 'x' }))[0]).toMatch(/may not be retained/);
  });
});

describe('rescoring when the method changes', () => {
  it('maps ratings proportionally between scale sizes', () => {
    expect([1, 2, 3, 4, 5].map((v) => rescaleValue(v, 5, 3))).toEqual([1, 2, 2, 3, 3]);
    expect([1, 2, 3].map((v) => rescaleValue(v, 3, 5))).toEqual([1, 3, 5]);
    expect(rescaleValue(null, 5, 3)).toBeNull();
  });

  it('reports the levels before and after for every risk', () => {
    const moved = rescore(defaultRiskMethod(5), defaultRiskMethod(3), [{ ...risk(), id: 1, ref: 'R-001' }]);
    expect(moved[0]).toMatchObject({
      ref: 'R-001',
      before: { inherentLevel: 'critical', residualLevel: 'medium' },
      ratings: { inherentLikelihood: 3, inherentImpact: 3, residualLikelihood: 2, residualImpact: 3 },
      after: { inherentLevel: 'high', residualLevel: 'high' },
    });
  });
});
