import type { ImpactLevel, RiskBand, RiskMethod, ScaleLevel } from '../../shared/domain/risk-method';
import { riskMethodSchema } from '../../shared/domain/risk-method';
import { defaultMatrix, type MatrixSize } from '../../shared/rules/default-risk-method';

/**
 * Pure edits of a draft risk method. Every function returns a new method and keeps it internally consistent:
 * level numbers 1…n, one matrix row per likelihood level and one column per impact level, cells naming a band.
 */

export const MIN_LEVELS = 3;
export const MAX_LEVELS = 7;
export const MIN_BANDS = 2;
export const MAX_BANDS = 6;

export type Axis = 'likelihood' | 'impact';

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The matrix of the nearest default, expressed in this method's own bands (matched by rank). */
export function defaultMatrixFor(size: MatrixSize, bands: RiskBand[]): string[][] {
  const ranks = ['low', 'medium', 'high', 'critical'].slice(0, size === 3 ? 3 : 4);
  const last = ranks.length - 1;
  return defaultMatrix(size).map((row) =>
    row.map((id) => {
      const rank = Math.round((ranks.indexOf(id) * (bands.length - 1)) / last);
      return bands[rank]!.id;
    }),
  );
}

/**
 * Fits the matrix to rows × cols. A square 3, 4 or 5 matrix is regenerated from the default of that size;
 * otherwise rows and columns are cut from, or extended by copying, the last row and column.
 */
export function resizeMatrix(matrix: string[][], rows: number, cols: number, bands: RiskBand[]): string[][] {
  if (rows === cols && (rows === 3 || rows === 4 || rows === 5)) return defaultMatrixFor(rows, bands);
  const fallback = bands[0]!.id;
  const source = matrix.length > 0 ? matrix : [[fallback]];
  return Array.from({ length: rows }, (_, l) => {
    const row = source[Math.min(l, source.length - 1)]!;
    return Array.from({ length: cols }, (_, i) => row[Math.min(i, row.length - 1)] ?? fallback);
  });
}

function newLevel(axis: Axis, value: number): ScaleLevel | ImpactLevel {
  const base = { value, label: `Level ${value}`, criteria: '' };
  return axis === 'impact' ? { ...base, confidentiality: '', integrity: '', availability: '' } : base;
}

/** Adds levels at the top of a scale, or removes them from the top, and resizes the matrix to match. */
export function setLevelCount(method: RiskMethod, axis: Axis, count: number): RiskMethod {
  const target = Math.min(MAX_LEVELS, Math.max(MIN_LEVELS, count));
  const current = method[axis] as (ScaleLevel | ImpactLevel)[];
  if (target === current.length) return method;
  const levels =
    target < current.length
      ? current.slice(0, target)
      : [...current, ...Array.from({ length: target - current.length }, (_, k) => newLevel(axis, current.length + k + 1))];
  const next = { ...method, [axis]: levels } as RiskMethod;
  return { ...next, matrix: resizeMatrix(method.matrix, next.likelihood.length, next.impact.length, method.bands) };
}

export function updateLevel<A extends Axis>(method: RiskMethod, axis: A, index: number, patch: Partial<RiskMethod[A][number]>): RiskMethod {
  const levels = (method[axis] as RiskMethod[A]).map((level, i) => (i === index ? { ...level, ...patch } : level));
  return { ...method, [axis]: levels };
}

/** The next (or, with step -1, the previous) band for a matrix cell, wrapping round. */
export function cycleBand(bands: RiskBand[], id: string, step: 1 | -1 = 1): string {
  const index = bands.findIndex((b) => b.id === id);
  if (index < 0) return bands[0]!.id;
  return bands[(index + step + bands.length) % bands.length]!.id;
}

export function setCell(method: RiskMethod, l: number, i: number, bandId: string): RiskMethod {
  return { ...method, matrix: method.matrix.map((row, r) => (r === l ? row.map((cell, c) => (c === i ? bandId : cell)) : row)) };
}

const NEW_BAND_COLOURS = ['#7a5af8', '#2e90fa', '#ee46bc', '#667085', '#0e9384', '#6938ef'];

function unusedBandId(bands: RiskBand[]): string {
  const ids = new Set(bands.map((b) => b.id));
  let n = bands.length + 1;
  while (ids.has(`level-${n}`)) n += 1;
  return `level-${n}`;
}

/** Adds a band above the highest one. The matrix does not use it until cells are assigned to it. */
export function addBand(method: RiskMethod): RiskMethod {
  if (method.bands.length >= MAX_BANDS) return method;
  const colour = NEW_BAND_COLOURS.find((c) => !method.bands.some((b) => b.colour.toLowerCase() === c)) ?? '#667085';
  const band: RiskBand = { id: unusedBandId(method.bands), label: 'New level', colour, retention: 'requires-approval', acceptanceAuthority: '' };
  return { ...method, bands: [...method.bands, band] };
}

/**
 * Removes a band. Its cells go to the nearest remaining band: the one above it, so that no risk is
 * understated, or the one below when the highest band is removed.
 */
export function removeBand(method: RiskMethod, index: number): RiskMethod {
  const removed = method.bands[index];
  if (!removed || method.bands.length <= MIN_BANDS) return method;
  const replacement = (method.bands[index + 1] ?? method.bands[index - 1])!.id;
  return {
    ...method,
    bands: method.bands.filter((_, i) => i !== index),
    matrix: method.matrix.map((row) => row.map((cell) => (cell === removed.id ? replacement : cell))),
  };
}

export function moveBand(method: RiskMethod, index: number, step: 1 | -1): RiskMethod {
  const to = index + step;
  if (to < 0 || to >= method.bands.length) return method;
  const bands = [...method.bands];
  [bands[index], bands[to]] = [bands[to]!, bands[index]!];
  return { ...method, bands };
}

export function updateBand(method: RiskMethod, index: number, patch: Partial<Omit<RiskBand, 'id'>>): RiskMethod {
  return {
    ...method,
    bands: method.bands.map((band, i) => {
      if (i !== index) return band;
      const next = { ...band, ...patch };
      // A level that may not be retained has nobody who may accept it.
      return next.retention === 'not-permitted' ? { ...next, acceptanceAuthority: '' } : next;
    }),
  };
}

export function cellCounts(method: RiskMethod): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of method.matrix) for (const cell of row) counts.set(cell, (counts.get(cell) ?? 0) + 1);
  return counts;
}

export interface DraftIssue {
  /** Dotted path, e.g. "likelihood.2.label", to mark the field. */
  key: string;
  message: string;
}

const FIELD_NAMES: Record<string, string> = {
  label: 'label',
  criteria: 'criteria',
  confidentiality: 'confidentiality criteria',
  integrity: 'integrity criteria',
  availability: 'availability criteria',
  colour: 'colour',
  acceptanceAuthority: 'acceptance authority',
};

function place(path: PropertyKey[]): string {
  const [area, index] = path;
  const n = typeof index === 'number' ? index + 1 : null;
  if (area === 'likelihood') return n ? `Likelihood level ${n}` : 'The likelihood scale';
  if (area === 'impact') return n ? `Impact level ${n}` : 'The impact scale';
  if (area === 'bands') return n ? `Risk level ${n}` : 'The risk levels';
  if (area === 'matrix') return 'The matrix';
  if (area === 'approach') return 'The approach';
  return 'The method';
}

/** The draft's problems in plain words, in the order the screen shows its sections. */
export function draftIssues(method: RiskMethod): DraftIssue[] {
  const parsed = riskMethodSchema.safeParse(method);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const key = issue.path.map(String).join('.');
    if (issue.path[0] === 'reviewCadenceMonths') return { key, message: 'Review the method every 1 to 36 months (whole months).' };
    const field = FIELD_NAMES[String(issue.path.at(-1))];
    const where = place(issue.path);
    if (issue.code === 'too_small' && issue.origin === 'string' && field) return { key, message: `${where} needs a ${field}.` };
    if (issue.code === 'too_big' && issue.origin === 'string' && field) {
      return { key, message: `${where}: ${field} too long (at most ${String(issue.maximum)} characters).` };
    }
    if (issue.code === 'custom') return { key, message: issue.message.endsWith('.') ? issue.message : `${issue.message}.` };
    return { key, message: `${where}: ${field ? `${field}: ` : ''}${issue.message}` };
  });
}

export function issueFor(issues: DraftIssue[], ...path: (string | number)[]): string | undefined {
  const key = path.join('.');
  return issues.find((i) => i.key === key)?.message;
}
