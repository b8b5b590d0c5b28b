import path from 'node:path';
import type { ImportMatch, ImportProblem, ImportReport } from '../../shared/domain/exports';
import { AppError } from '../../shared/ipc/result';
import { bad, ok, phraseKey, type Parsed } from './cell-values';
import { findExistingMatches, type ExistingMatcher } from './existing-matches';
import { readTable, type Table } from './tabular-file';
import { inTransaction, type WorkbookContext } from '../services/workbook-context';

/*
 * The generic part of the register imports (assets, risks): which column of a file holds which field, guessed
 * from the headers or given by the user ("--map column=field" on the command line, the mapping screen in the
 * app), checked, and then the all-or-nothing run that every such import shares.
 */

export interface FieldSpec<F extends string = string> {
  field: F;
  /** What the app calls the field; also the header our own export writes. */
  label: string;
  /** Other headers that mean this field, compared with case, spaces and punctuation ignored. */
  synonyms: readonly string[];
  required: boolean;
  /** Recognised, so the column is not taken for something else, but not imported (a computed level, say). */
  ignored?: boolean;
  /** What a cell may hold, for the mapping screen and the CLI's help. */
  hint?: string;
}
export type FieldCatalogue<F extends string = string> = readonly FieldSpec<F>[];

/** Every non-empty header of the file → the field it is read as, or null for a column that is not imported. */
export type ColumnMapping<F extends string = string> = Record<string, F | null>;

/** A mapping as given by the caller: header → field id (or label), null or "" for "do not import". */
export type MappingInput = Record<string, string | null>;

export interface ColumnRef {
  index: number;
  /** The header as written in the file, for messages. */
  name: string;
}

/** "Likelihood (residual)" → "likelihoodresidual". */
const fullKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
/** "Implementation status (select)" → "implementationstatus": hints in parentheses dropped. */
export const columnKey = (text: string) => fullKey(text.replace(/\(.*?\)/g, ''));

function lookupTable<F extends string>(fields: FieldCatalogue<F>): Map<string, F> {
  const lookup = new Map<string, F>();
  for (const spec of fields) {
    for (const name of [spec.field, spec.label, ...spec.synonyms]) {
      const key = fullKey(name);
      if (key !== '' && !lookup.has(key)) lookup.set(key, spec.field);
    }
  }
  return lookup;
}

/**
 * The field each header most likely means: its name or one of its synonyms, the whole header first (so
 * "Likelihood (residual)" can differ from "Likelihood"), then without words in parentheses. Two columns may be
 * guessed as the same field; `resolveMapping` reports that rather than silently dropping one.
 */
export function guessMapping<F extends string>(headers: readonly string[], fields: FieldCatalogue<F>): ColumnMapping<F> {
  const lookup = lookupTable(fields);
  const mapping: ColumnMapping<F> = {};
  for (const header of headers) {
    if (header === '' || Object.hasOwn(mapping, header)) continue;
    mapping[header] = lookup.get(fullKey(header)) ?? lookup.get(columnKey(header)) ?? null;
  }
  return mapping;
}

const NOTHING = new Set(['', '-', 'none', 'ignore', 'skip', 'null']);

/**
 * The CLI's `--map "Risk ID=ref" --map "Notes="`: header → field, null to leave a column out. The last "="
 * separates them, so a header may itself contain one.
 */
export function parseMapArgs(args: readonly string[]): MappingInput {
  const mapping: MappingInput = {};
  for (const arg of args) {
    const at = arg.lastIndexOf('=');
    const column = at < 0 ? '' : arg.slice(0, at).trim();
    if (column === '') {
      throw new AppError('INVALID_INPUT', `A column mapping is written column=field, e.g. "Risk ID=ref"; got "${arg}".`);
    }
    const field = arg.slice(at + 1).trim();
    mapping[column] = NOTHING.has(field.toLowerCase()) ? null : field;
  }
  return mapping;
}

/** A field by its id, its label or a synonym (as a user might type it after --map). */
export function findField<F extends string>(fields: FieldCatalogue<F>, name: string): FieldSpec<F> | undefined {
  const exact = fields.find((f) => f.field === name);
  if (exact) return exact;
  const key = fullKey(name);
  return fields.find((f) => [f.field, f.label, ...f.synonyms].some((n) => fullKey(n) === key));
}

function findHeader(headers: readonly string[], column: string): string | undefined {
  const trimmed = column.trim();
  return (
    headers.find((h) => h === trimmed) ??
    headers.find((h) => h.toLowerCase() === trimmed.toLowerCase()) ??
    headers.find((h) => h !== '' && phraseKey(h) === phraseKey(trimmed))
  );
}

export interface ResolvedMapping<F extends string> {
  mapping: ColumnMapping<F>;
  /** Where each mapped, imported field is in the row; problems with the mapping are reported on the header row. */
  columns: Partial<Record<F, ColumnRef>>;
  problems: ImportProblem[];
}

/**
 * The guess, overridden by whatever the caller maps explicitly: a column the caller maps wins its field, and a
 * guessed column that would read the same field is left out. Then checked: every required field mapped, no field
 * read from two columns, every named column and field known.
 */
export function resolveMapping<F extends string>(
  table: Pick<Table, 'headers' | 'headerRow'>,
  fields: FieldCatalogue<F>,
  explicit?: MappingInput | null,
): ResolvedMapping<F> {
  const row = table.headerRow;
  const problems: ImportProblem[] = [];
  const mapping = guessMapping(table.headers, fields);
  const chosen = new Set<string>();
  const listed = () => table.headers.filter(Boolean).map((h) => `"${h}"`).join(', ');
  for (const [column, name] of Object.entries(explicit ?? {})) {
    const header = findHeader(table.headers, column);
    if (header === undefined) {
      problems.push({ row, message: `The file has no column "${column}" to map. Its columns are ${listed()}.` });
      continue;
    }
    const spec = name === null || name.trim() === '' ? null : findField(fields, name);
    if (spec === undefined) {
      const known = fields.map((f) => f.field).join(', ');
      problems.push({ row, column: header, message: `"${name}" is not a field that can be imported. Use one of: ${known}.` });
      continue;
    }
    mapping[header] = spec?.field ?? null;
    chosen.add(header);
  }
  const explicitFields = new Set<F | null>([...chosen].map((h) => mapping[h] ?? null));
  explicitFields.delete(null);
  for (const header of Object.keys(mapping)) {
    if (!chosen.has(header) && explicitFields.has(mapping[header] ?? null)) mapping[header] = null;
  }

  const columns: Partial<Record<F, ColumnRef>> = {};
  const ignored = new Set(fields.filter((f) => f.ignored).map((f) => f.field));
  const firstColumn = new Map<F, string>();
  table.headers.forEach((header, index) => {
    const field = header === '' ? null : (mapping[header] ?? null);
    if (field === null || table.headers.indexOf(header) !== index) return;
    const earlier = firstColumn.get(field);
    if (earlier !== undefined) {
      const label = fields.find((f) => f.field === field)?.label ?? field;
      const message = `The columns "${earlier}" and "${header}" are both read as ${label}; map one of them to nothing.`;
      problems.push({ row, column: header, message });
      return;
    }
    firstColumn.set(field, header);
    if (!ignored.has(field)) columns[field] = { index, name: header };
  });
  for (const spec of fields) {
    if (spec.required && !firstColumn.has(spec.field)) {
      const message = `No column is read as ${spec.label}: add a column headed "${spec.label}" or map one of ${listed()} to it.`;
      problems.push({ row, message });
    }
  }
  return { mapping, columns, problems };
}

/* ---------------------------------------------------------------- values on a scale */

/**
 * A rating as a number (1 to levels.length), as one of the scale's labels ("Likely"), or both ("4 Likely",
 * "Likely (4)"), case-insensitive; `synonyms` adds other words ("m" for Medium). `what` names the scale in messages.
 */
export function parseScaleValue(
  text: string,
  levels: readonly { value: number; label: string }[],
  what: string,
  synonyms: Record<string, number> = {},
): Parsed<number> {
  const byWord = new Map<string, number>(Object.entries(synonyms));
  for (const level of levels) byWord.set(phraseKey(level.label), level.value);
  const max = levels.length;
  const usage = `use 1 to ${max} or ${levels.map((l) => l.label).join(', ')}`;
  const key = phraseKey(text);
  const named = byWord.get(key);
  if (named !== undefined) return ok(named);
  let n: number | null = null;
  let rest = '';
  if (/^\d+(\.0+)?$/.test(text.trim())) n = Number(text.trim());
  else {
    const lead = /^(\d+) (.+)$/.exec(key);
    const trail = /^(.+?) (\d+)$/.exec(key);
    if (lead) [n, rest] = [Number(lead[1]), lead[2]!];
    else if (trail) [n, rest] = [Number(trail[2]), trail[1]!];
  }
  if (n !== null) {
    if (n < 1 || n > max) return bad(`"${text}" is not on this workbook's ${what} scale: ${usage}.`);
    const restValue = rest === '' ? n : byWord.get(rest);
    if (restValue === n) return ok(n);
    if (restValue !== undefined) return bad(`"${text}" gives two different ${what} ratings: ${usage}.`);
  }
  return bad(`"${text}" is not a ${what} rating: ${usage}.`);
}

/* ---------------------------------------------------------------- rows */

/** One data row as read: the raw text of each mapped field, the parsed value (null when it has problems). */
export interface PlannedRow<F extends string, T> {
  row: number;
  cells: Partial<Record<F, string>>;
  value: T | null;
  problems: ImportProblem[];
}

/** Reading one row: cell text by field, and problems reported against the field's column. */
export interface RowReader<F extends string> {
  row: number;
  text(field: F): string;
  problem(field: F | null, message: string): void;
  /** The parsed cell, or undefined when it is empty, not mapped, or could not be read (then a problem is added). */
  take<T>(field: F, parse: (text: string) => Parsed<T>): T | undefined;
}

export function readRows<F extends string, T>(
  table: Table,
  columns: Partial<Record<F, ColumnRef>>,
  parseRow: (reader: RowReader<F>) => T | null,
): PlannedRow<F, T>[] {
  const mapped = Object.entries(columns) as [F, ColumnRef][];
  return table.rows.map((raw, i) => {
    const row = table.rowNumbers[i] ?? i + table.headerRow + 1;
    const cells: Partial<Record<F, string>> = {};
    for (const [field, ref] of mapped) cells[field] = raw[ref.index] ?? '';
    const problems: ImportProblem[] = [];
    const reader: RowReader<F> = {
      row,
      text: (field) => cells[field] ?? '',
      problem(field, message) {
        const column = field === null ? undefined : columns[field]?.name;
        problems.push(column === undefined ? { row, message } : { row, column, message });
      },
      take(field, parse) {
        const text = cells[field] ?? '';
        if (text === '') return undefined;
        const parsed = parse(text);
        if (parsed.ok) return parsed.value;
        reader.problem(field, parsed.message);
        return undefined;
      },
    };
    const value = parseRow(reader);
    // In the order of the columns, problems with the row as a whole last.
    const position = (p: ImportProblem) => (p.column === undefined ? Number.MAX_SAFE_INTEGER : table.headers.indexOf(p.column));
    problems.sort((a, b) => position(a) - position(b));
    return { row, cells, value: problems.length === 0 ? value : null, problems };
  });
}

/* ---------------------------------------------------------------- preview and run */

export const PREVIEW_ROWS = 50;

export interface ImportPreview<F extends string, T> {
  headers: string[];
  mapping: ColumnMapping<F>;
  fields: FieldCatalogue<F>;
  /** The first rows as they would be imported, each with its own problems (no values until the mapping is sound). */
  rows: PlannedRow<F, T>[];
  /** Every problem: the mapping's, then every row's. */
  problems: ImportProblem[];
  totalRows: number;
  /** Every row that names a record already in the workbook. */
  matches: ImportMatch[];
}

export interface ImportSpec<F extends string, T> {
  fields: FieldCatalogue<F>;
  /** Parses every row; lookups (assets, labels…) are read once here, inside the import's transaction. */
  plan(ctx: WorkbookContext, table: Table, columns: Partial<Record<F, ColumnRef>>): PlannedRow<F, T>[];
  /** How a row that the workbook already holds is recognised. */
  existing: ExistingMatcher<F, T>;
}

export interface ImportOptions {
  mapping?: MappingInput | null;
  /** Leave out rows that name a record already in the workbook. */
  skipExisting?: boolean;
}

/**
 * Plans every row and finds those the workbook already holds. Where the matched text must be unique, a match
 * that is not to be left out becomes a problem of its row.
 */
function planWithMatches<F extends string, T>(
  ctx: WorkbookContext,
  table: Table,
  spec: ImportSpec<F, T>,
  columns: Partial<Record<F, ColumnRef>>,
  skipExisting: boolean,
): { rows: PlannedRow<F, T>[]; matches: ImportMatch[] } {
  const rows = spec.plan(ctx, table, columns);
  const matches = findExistingMatches(ctx, spec.existing, rows);
  const problem = spec.existing.problem;
  if (problem && !skipExisting) {
    const byRow = new Map(rows.map((r) => [r.row, r]));
    const column = columns[spec.existing.field]?.name;
    for (const match of matches) {
      const planned = byRow.get(match.row)!;
      const message = problem(match);
      planned.problems.push(column === undefined ? { row: match.row, message } : { row: match.row, column, message });
      planned.value = null;
    }
  }
  return { rows, matches };
}

export async function previewImport<F extends string, T>(
  ctx: WorkbookContext,
  filePath: string,
  spec: ImportSpec<F, T>,
  options: ImportOptions = {},
): Promise<ImportPreview<F, T>> {
  const table = await readTable(filePath);
  const resolved = resolveMapping(table, spec.fields, options.mapping);
  const sound = resolved.problems.length === 0;
  const { rows: planned, matches } = sound
    ? planWithMatches(ctx, table, spec, resolved.columns, options.skipExisting === true)
    : { rows: readRows(table, resolved.columns, () => null), matches: [] };
  return {
    headers: table.headers,
    mapping: resolved.mapping,
    fields: spec.fields,
    rows: planned.slice(0, PREVIEW_ROWS),
    problems: [...resolved.problems, ...planned.flatMap((r) => r.problems)],
    totalRows: table.rows.length,
    matches,
  };
}

export function refuseImport(filePath: string, report: ImportReport): never {
  const n = report.problems.length;
  throw new AppError('IMPORT_FAILED', `${n} ${n === 1 ? 'problem' : 'problems'}; nothing was imported.`, {
    ...report,
    path: filePath,
    file: path.basename(filePath),
  });
}

/**
 * Reads the file, maps and checks every row, and, unless `dryRun`, writes them all in one transaction. Any problem
 * throws IMPORT_FAILED with an ImportReport (applied 0, every problem) as details; nothing is written. Planning
 * runs inside the write's transaction, so what was checked is what is written. With `skipExisting`, rows that
 * name a record already in the workbook are left out (and counted); otherwise they are added like any other,
 * unless the spec calls them a problem.
 */
export async function runImport<F extends string, T, W>(
  ctx: WorkbookContext,
  filePath: string,
  spec: ImportSpec<F, T>,
  options: ImportOptions & { dryRun: boolean },
  write: (values: T[]) => W[],
): Promise<ImportReport & { created: W[]; matches: ImportMatch[]; skipped: number }> {
  const table = await readTable(filePath);
  const { dryRun } = options;
  const skipExisting = options.skipExisting === true;
  const report = (applied: number, problems: ImportProblem[]): ImportReport => ({ rows: table.rows.length, applied, problems, dryRun });
  const resolved = resolveMapping(table, spec.fields, options.mapping);
  if (resolved.problems.length > 0) refuseImport(filePath, report(0, resolved.problems));
  let matches: ImportMatch[] = [];
  const plan = () => {
    const planned = planWithMatches(ctx, table, spec, resolved.columns, skipExisting);
    matches = planned.matches;
    const problems = planned.rows.flatMap((r) => r.problems);
    if (problems.length > 0) refuseImport(filePath, report(0, problems));
    const left = new Set(skipExisting ? matches.map((m) => m.row) : []);
    return planned.rows.filter((r) => !left.has(r.row)).map((r) => r.value as T);
  };
  const outcome = (applied: number) => ({ ...report(applied, []), matches, skipped: skipExisting ? matches.length : 0 });
  if (dryRun) return { ...outcome(plan().length), created: [] };
  const created = inTransaction(ctx, () => write(plan()));
  return { ...outcome(created.length), created };
}
