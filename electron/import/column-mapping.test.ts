import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/result';
import { columnKey, findField, guessMapping, parseMapArgs, parseScaleValue, resolveMapping, type FieldCatalogue } from './column-mapping';

type F = 'ref' | 'title' | 'owner' | 'likelihood' | 'residualLikelihood' | 'level';
const FIELDS: FieldCatalogue<F> = [
  { field: 'ref', label: 'Ref', synonyms: ['Risk ID', 'ID'], required: false, ignored: true },
  { field: 'title', label: 'Title', synonyms: ['Risk', 'Risk title', 'Name'], required: true },
  { field: 'owner', label: 'Owner', synonyms: ['Risk owner', 'Owned by'], required: false },
  { field: 'likelihood', label: 'Likelihood', synonyms: ['L', 'Probability'], required: false },
  { field: 'residualLikelihood', label: 'Residual likelihood', synonyms: ['Likelihood (residual)', 'Residual L'], required: false },
  { field: 'level', label: 'Level', synonyms: ['Risk level'], required: false, ignored: true },
];
const table = (headers: string[]) => ({ headers, headerRow: 1 });

describe('guessMapping', () => {
  it('matches labels, field ids and synonyms with case, spaces and punctuation ignored', () => {
    expect(guessMapping(['RISK ID', 'risk_title', 'Owned-by', ' probability ', 'Notes', ''], FIELDS)).toEqual({
      'RISK ID': 'ref',
      risk_title: 'title',
      'Owned-by': 'owner',
      ' probability ': 'likelihood',
      Notes: null,
    });
  });

  it('reads words in parentheses when they decide the field, and ignores them otherwise', () => {
    expect(guessMapping(['Likelihood (residual)', 'Likelihood (1-5)', 'Owner (name)'], FIELDS)).toEqual({
      'Likelihood (residual)': 'residualLikelihood',
      'Likelihood (1-5)': 'likelihood',
      'Owner (name)': 'owner',
    });
    expect(columnKey('Implementation status (select)')).toBe('implementationstatus');
  });
});

describe('parseMapArgs', () => {
  it('splits column=field at the last "=", and reads an empty field or "-" as "do not import"', () => {
    expect(parseMapArgs(['Risk ID=ref', ' Owner = owner ', 'a=b=title', 'Notes=', 'Other=-'])).toEqual({
      'Risk ID': 'ref',
      Owner: 'owner',
      'a=b': 'title',
      Notes: null,
      Other: null,
    });
  });

  it('refuses an argument that is not column=field', () => {
    expect(() => parseMapArgs(['Owner'])).toThrow(AppError);
    expect(() => parseMapArgs(['=owner'])).toThrow(/column=field/);
  });
});

describe('resolveMapping', () => {
  it('uses the guess when nothing is given and gives each imported field its column', () => {
    const resolved = resolveMapping(table(['ID', 'Risk', 'Owner', 'Risk level']), FIELDS);
    expect(resolved.problems).toEqual([]);
    // Ignored fields are recognised but get no column to read.
    expect(resolved.columns).toEqual({ title: { index: 1, name: 'Risk' }, owner: { index: 2, name: 'Owner' } });
  });

  it('lets an explicit mapping override the guess; the guessed column for that field is dropped', () => {
    const resolved = resolveMapping(table(['Risk', 'Summary', 'Owner', 'Approver']), FIELDS, {
      Summary: 'title',
      approver: 'Owner',
    });
    expect(resolved.problems).toEqual([]);
    expect(resolved.mapping).toEqual({ Risk: null, Summary: 'title', Owner: null, Approver: 'owner' });
    expect(resolved.columns).toEqual({ title: { index: 1, name: 'Summary' }, owner: { index: 3, name: 'Approver' } });
  });

  it('maps a column to nothing', () => {
    const resolved = resolveMapping(table(['Title', 'Owner']), FIELDS, { Owner: null });
    expect(resolved.mapping).toEqual({ Title: 'title', Owner: null });
    expect(resolved.columns).toEqual({ title: { index: 0, name: 'Title' } });
  });

  it('reports a missing required field, a field read twice, unknown columns and unknown fields', () => {
    expect(resolveMapping(table(['Owner']), FIELDS).problems).toEqual([
      { row: 1, message: expect.stringMatching(/No column is read as Title.*"Owner"/) },
    ]);
    expect(resolveMapping(table(['Title', 'Risk owner', 'Owner']), FIELDS).problems).toEqual([
      { row: 1, column: 'Owner', message: expect.stringMatching(/"Risk owner" and "Owner" are both read as Owner/) },
    ]);
    const explicit = resolveMapping({ headers: ['Title', 'Notes'], headerRow: 3 }, FIELDS, { Missing: 'owner', Notes: 'colour' });
    expect(explicit.problems).toEqual([
      { row: 3, message: expect.stringMatching(/no column "Missing".*"Title", "Notes"/) },
      { row: 3, column: 'Notes', message: expect.stringMatching(/"colour" is not a field.*ref, title, owner/) },
    ]);
  });

  it('finds fields by id, label or synonym', () => {
    expect(findField(FIELDS, 'residualLikelihood')?.field).toBe('residualLikelihood');
    expect(findField(FIELDS, 'residual likelihood')?.field).toBe('residualLikelihood');
    expect(findField(FIELDS, 'Risk owner')?.field).toBe('owner');
    expect(findField(FIELDS, 'colour')).toBeUndefined();
  });
});

describe('parseScaleValue', () => {
  const scale = [
    { value: 1, label: 'Rare' },
    { value: 2, label: 'Unlikely' },
    { value: 3, label: 'Possible' },
    { value: 4, label: 'Likely' },
    { value: 5, label: 'Almost certain' },
  ];
  const value = (text: string) => parseScaleValue(text, scale, 'likelihood', { often: 4 });

  it('reads numbers, labels in any case, both together, and synonyms', () => {
    for (const [text, expected] of [
      ['4', 4],
      ['4.0', 4],
      ['likely', 4],
      ['ALMOST CERTAIN', 5],
      ['4 Likely', 4],
      ['4 - Likely', 4],
      ['Likely (4)', 4],
      ['often', 4],
    ] as const) {
      expect(value(text)).toEqual({ ok: true, value: expected });
    }
  });

  it('explains what is wrong', () => {
    expect(value('6')).toEqual({ ok: false, message: expect.stringMatching(/not on this workbook's likelihood scale: use 1 to 5 or Rare, Unlikely/) });
    expect(value('0')).toMatchObject({ ok: false });
    expect(value('2 Likely')).toEqual({ ok: false, message: expect.stringMatching(/two different likelihood ratings/) });
    expect(value('2.5')).toMatchObject({ ok: false });
    expect(value('Sometimes')).toEqual({ ok: false, message: expect.stringMatching(/"Sometimes" is not a likelihood rating/) });
  });
});
