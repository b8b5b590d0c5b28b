import { describe, expect, it } from 'vitest';
import { riskMethodSchema, type RiskMethod } from '../../shared/domain/risk-method';
import { defaultMatrix, defaultRiskMethod } from '../../shared/rules/default-risk-method';
import {
  addBand,
  cycleBand,
  deepEqual,
  defaultMatrixFor,
  draftIssues,
  issueFor,
  moveBand,
  removeBand,
  resizeMatrix,
  setCell,
  setLevelCount,
  updateBand,
  updateLevel,
} from './method-draft';

const valid = (method: RiskMethod) => riskMethodSchema.safeParse(method).success;

describe('scale sizes and the matrix', () => {
  it('regenerates the matrix from the nearest default when the new size is a default square', () => {
    const five = defaultRiskMethod(5);
    const fourByFive = setLevelCount(five, 'likelihood', 4);
    expect(fourByFive.likelihood.map((l) => l.value)).toEqual([1, 2, 3, 4]);
    expect(fourByFive.matrix).toEqual(defaultMatrix(5).slice(0, 4));
    const four = setLevelCount(fourByFive, 'impact', 4);
    expect(four.matrix).toEqual(defaultMatrix(4));
    expect(valid(four)).toBe(true);
  });

  it('extends a matrix by copying its last row and column', () => {
    const five = defaultRiskMethod(5);
    const six = setLevelCount(five, 'impact', 6);
    expect(six.impact).toHaveLength(6);
    expect(six.impact[5]).toEqual({ value: 6, label: 'Level 6', criteria: '', confidentiality: '', integrity: '', availability: '' });
    expect(six.matrix.map((row) => row.length)).toEqual([6, 6, 6, 6, 6]);
    expect(six.matrix.map((row) => row[5])).toEqual(five.matrix.map((row) => row[4]));
    const tall = setLevelCount(six, 'likelihood', 7);
    expect(tall.matrix).toHaveLength(7);
    expect(tall.matrix[6]).toEqual(six.matrix[4]);
    expect(tall.likelihood[6]).toEqual({ value: 7, label: 'Level 7', criteria: '' });
    expect(valid(tall)).toBe(true);
  });

  it('keeps scales between 3 and 7 levels', () => {
    const three = defaultRiskMethod(3);
    expect(setLevelCount(three, 'likelihood', 2)).toBe(three);
    let big = three;
    for (let n = 0; n < 6; n += 1) big = setLevelCount(big, 'impact', big.impact.length + 1);
    expect(big.impact).toHaveLength(7);
    expect(big.matrix.every((row) => row.length === 7)).toBe(true);
  });

  it('expresses a default matrix in the method’s own bands, by rank', () => {
    const twoBands = removeBand(removeBand(defaultRiskMethod(5), 1), 1);
    expect(twoBands.bands.map((b) => b.id)).toEqual(['low', 'critical']);
    const matrix = defaultMatrixFor(3, twoBands.bands);
    expect(matrix[0]![0]).toBe('low');
    expect(matrix[2]![2]).toBe('critical');
    expect(new Set(matrix.flat())).toEqual(new Set(['low', 'critical']));
  });

  it('fills an empty matrix with the lowest band', () => {
    const bands = defaultRiskMethod(4).bands;
    expect(resizeMatrix([], 3, 6, bands)).toEqual(Array.from({ length: 3 }, () => Array(6).fill('low')));
  });
});

describe('matrix cells', () => {
  it('cycles through the bands and wraps round, in both directions', () => {
    const { bands } = defaultRiskMethod(4);
    expect(cycleBand(bands, 'low')).toBe('medium');
    expect(cycleBand(bands, 'critical')).toBe('low');
    expect(cycleBand(bands, 'low', -1)).toBe('critical');
    expect(cycleBand(bands, 'gone')).toBe('low');
  });

  it('changes one cell only', () => {
    const method = defaultRiskMethod(3);
    const next = setCell(method, 2, 0, 'high');
    expect(next.matrix[2]![0]).toBe('high');
    expect(next.matrix[0]).toBe(method.matrix[0]);
    expect(method.matrix[2]![0]).toBe('medium');
  });
});

describe('bands', () => {
  it('adds a band on top with an unused id and colour, up to six', () => {
    let method = defaultRiskMethod(5);
    method = addBand(method);
    expect(method.bands.at(-1)).toMatchObject({ id: 'level-5', label: 'New level', retention: 'requires-approval' });
    expect(valid(method)).toBe(true);
    method = addBand(addBand(method));
    expect(method.bands).toHaveLength(6);
    expect(new Set(method.bands.map((b) => b.id)).size).toBe(6);
    expect(new Set(method.bands.map((b) => b.colour)).size).toBe(6);
    expect(addBand(method)).toBe(method);
  });

  it('moves a removed band’s cells to the band above it, or below it for the highest band', () => {
    const method = defaultRiskMethod(5);
    const noMedium = removeBand(method, 1);
    expect(noMedium.bands.map((b) => b.id)).toEqual(['low', 'high', 'critical']);
    expect(noMedium.matrix.flat()).not.toContain('medium');
    expect(noMedium.matrix[1]![2]).toBe('high');
    const noCritical = removeBand(method, 3);
    expect(noCritical.matrix[4]![4]).toBe('high');
    expect(valid(noCritical)).toBe(true);
  });

  it('keeps at least two bands', () => {
    const method = removeBand(defaultRiskMethod(3), 1);
    expect(method.bands).toHaveLength(2);
    expect(removeBand(method, 0)).toBe(method);
  });

  it('reorders bands within bounds', () => {
    const method = defaultRiskMethod(3);
    expect(moveBand(method, 0, 1).bands.map((b) => b.id)).toEqual(['medium', 'low', 'high']);
    expect(moveBand(method, 0, -1)).toBe(method);
  });

  it('clears the acceptance authority of a level that may not be retained', () => {
    const method = updateBand(defaultRiskMethod(3), 2, { retention: 'not-permitted' });
    expect(method.bands[2]).toMatchObject({ retention: 'not-permitted', acceptanceAuthority: '' });
    expect(updateBand(method, 0, { label: 'Minor' }).bands[0]!.acceptanceAuthority).toBe('Risk owner');
  });
});

describe('validation in plain words', () => {
  it('names the level and field that need attention', () => {
    let method = updateLevel(defaultRiskMethod(5), 'impact', 2, { label: '  ' });
    method = updateBand(method, 1, { label: '' });
    method = { ...method, reviewCadenceMonths: Number.NaN };
    const issues = draftIssues(method);
    expect(issues.map((i) => i.message)).toEqual([
      'Impact level 3 needs a label.',
      'Risk level 2 needs a label.',
      'Review the method every 1 to 36 months (whole months).',
    ]);
    expect(issueFor(issues, 'impact', 2, 'label')).toBe('Impact level 3 needs a label.');
    expect(issueFor(issues, 'impact', 1, 'label')).toBeUndefined();
  });

  it('reports text that is too long and a default method as sound', () => {
    expect(draftIssues(defaultRiskMethod(4))).toEqual([]);
    const long = updateLevel(defaultRiskMethod(3), 'likelihood', 0, { criteria: 'x'.repeat(601) });
    expect(draftIssues(long)[0]!.message).toBe('Likelihood level 1: criteria too long (at most 600 characters).');
  });
});

describe('helpers', () => {
  it('compares methods structurally, NaN included', () => {
    expect(deepEqual(defaultRiskMethod(5), defaultRiskMethod(5))).toBe(true);
    expect(deepEqual(defaultRiskMethod(5), defaultRiskMethod(4))).toBe(false);
    expect(deepEqual({ a: Number.NaN }, { a: Number.NaN })).toBe(true);
    expect(deepEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });
});
