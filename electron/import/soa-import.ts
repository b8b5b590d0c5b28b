import path from 'node:path';
import type { ImportProblem, ImportReport } from '../../shared/domain/exports';
import {
  IMPLEMENTATION_STATUSES,
  IMPLEMENTATION_STATUS_LABELS,
  SOA_REASONS,
  SOA_REASON_LABELS,
  type ImplementationStatus,
  type SoaEntry,
  type SoaReason,
} from '../../shared/domain/soa';
import { AppError } from '../../shared/ipc/result';
import { parseControlId } from '../../shared/rules/control-id';
import { listSoa, validateSoaEntry, writeSoaEntries } from '../services/soa-service';
import { inTransaction, type WorkbookContext } from '../services/workbook-context';
import { readTable, type Table } from './tabular-file';

/*
 * Imports a Statement of Applicability from a spreadsheet (.xlsx, first sheet) or a CSV file: one row per control,
 * columns recognised by name. All or nothing: every row is checked first and one problem anywhere means nothing
 * is written.
 *
 * Problems are reported by throwing AppError('IMPORT_FAILED', '<n> problems; nothing was imported.', report),
 * where `report` (the error's details) is an ImportReport with `applied: 0` and every problem, each with the row
 * number the user sees in the spreadsheet (header = row 1) and the column's name as written in the file. The
 * dry run reports problems the same way, so the app and the CLI have one path for "this file cannot be
 * imported". A returned report therefore always has `problems: []`.
 *
 * Blank cells and absent columns: a column missing from the file leaves that field as it is in the workbook, and
 * so does an empty cell in a column the file has. A sheet that fills in only some rows of a column (owners for
 * a few controls, say) then changes only what it states; the price is that an import cannot clear a field, which
 * is done in the app instead.
 */

type Field =
  | 'control'
  | 'applicable'
  | 'reasons'
  | 'exclusionJustification'
  | 'status'
  | 'implementation'
  | 'owner'
  | 'evidence'
  | 'lastReviewed';

/** Header names each field accepts, compared after `headerKey` (case, spaces and punctuation ignored). */
const HEADER_NAMES: Record<Field, readonly string[]> = {
  control: [
    'Control',
    'Control ID',
    'Control No',
    'Control number',
    'Control ref',
    'Control reference',
    'ID',
    'Ref',
    'Reference',
    'Annex A',
    'Annex A control',
    'Annex A control ID',
    'Annex A ref',
    'Annex A reference',
  ],
  applicable: ['Applicable', 'Applicability', 'In scope', 'Included', 'Applies'],
  reasons: [
    'Reasons',
    'Reason',
    'Reasons for inclusion',
    'Reason for inclusion',
    'Justification for inclusion',
    'Inclusion justification',
    'Inclusion reason',
    'Inclusion reasons',
    'Reason for selection',
    'Reasons for selection',
  ],
  exclusionJustification: [
    'Justification for exclusion',
    'Exclusion justification',
    'Reason for exclusion',
    'Reasons for exclusion',
    'Exclusion reason',
    'Justification for exclusion if not applicable',
  ],
  status: ['Status', 'Implementation status', 'Implementation state'],
  implementation: [
    'How implemented',
    'Implementation',
    'Implementation details',
    'Implementation description',
    'Implementation notes',
    'How it is implemented',
  ],
  owner: ['Owner', 'Control owner', 'Responsible', 'Responsible person'],
  evidence: ['Evidence', 'Evidence of implementation'],
  lastReviewed: [
    'Last reviewed',
    'Last review',
    'Last review date',
    'Reviewed',
    'Review date',
    'Date reviewed',
    'Reviewed on',
  ],
};

/** Columns our own export writes that the import has no use for; recognised so they are not mistaken for data. */
const INFORMATIONAL_HEADERS = ['Title', 'Control title', 'Control name', 'Name', 'Theme', 'Category', 'Control theme'];

/** "Implementation status (select)" → "implementationstatus". */
export function headerKey(header: string): string {
  return header
    .replace(/\(.*?\)/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const HEADER_LOOKUP = new Map<string, Field>(
  (Object.entries(HEADER_NAMES) as [Field, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [headerKey(name), field] as const),
  ),
);
const INFORMATIONAL = new Set(INFORMATIONAL_HEADERS.map(headerKey));

/* ---------------------------------------------------------------- cell values */

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** "Partially-Implemented " → "partially implemented". */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'applicable', 'included', 'include', 'in scope', '✓', '✔']);
const NO = new Set([
  'no',
  'n',
  'false',
  '0',
  'not applicable',
  'n/a',
  'na',
  'excluded',
  'exclude',
  'out of scope',
  'not in scope',
  'inapplicable',
]);

export function parseApplicable(text: string): Parsed<boolean> {
  const key = text.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '').trim();
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return bad(`"${text}" is not a yes/no value: use Yes or No.`);
}

const REASON_WORDS: Record<SoaReason, readonly string[]> = {
  'risk-treatment': [
    'risk treatment',
    'risk',
    'risks',
    'risk assessment',
    'risk treatment plan',
    'result of risk assessment',
    'risk assessment result',
    'rtp',
    'ra',
    'rr',
    'rra',
  ],
  'legal-regulatory': [
    'legal or regulatory',
    'legal and regulatory',
    'legal regulatory',
    'legal',
    'regulatory',
    'law',
    'laws',
    'legislation',
    'regulation',
    'regulations',
    'legal requirement',
    'legal requirements',
    'regulatory requirement',
    'regulatory requirements',
    'statutory',
    'lr',
  ],
  contractual: [
    'contractual',
    'contract',
    'contracts',
    'contractual obligation',
    'contractual obligations',
    'contractual requirement',
    'contractual requirements',
    'co',
  ],
  'business-best-practice': [
    'business requirement best practice',
    'business requirements best practice',
    'business requirement',
    'business requirements',
    'business',
    'business need',
    'best practice',
    'best practices',
    'good practice',
    'business best practice',
    'br',
    'bp',
    'br bp',
  ],
};

const REASON_LOOKUP = new Map<string, SoaReason>(
  SOA_REASONS.flatMap((reason) =>
    [reason, SOA_REASON_LABELS[reason], ...REASON_WORDS[reason]].map((w) => [words(w), reason] as const),
  ),
);

/** Reasons as labels or keys, separated by semicolons, commas or line breaks; duplicates collapse. */
export function parseReasons(text: string): Parsed<SoaReason[]> {
  const found = new Set<SoaReason>();
  const unknown: string[] = [];
  for (const part of text.split(/[;,\n]+/)) {
    if (part.trim() === '') continue;
    const reason = REASON_LOOKUP.get(words(part));
    if (reason) found.add(reason);
    else unknown.push(part.trim());
  }
  if (unknown.length > 0) {
    const list = unknown.map((u) => `"${u}"`).join(', ');
    return bad(
      `${list} ${unknown.length === 1 ? 'is not a reason' : 'are not reasons'} for inclusion: use ` +
        `${SOA_REASONS.map((r) => SOA_REASON_LABELS[r]).join('; ')}.`,
    );
  }
  return ok(SOA_REASONS.filter((r) => found.has(r)));
}

const STATUS_WORDS: Record<ImplementationStatus, readonly string[]> = {
  implemented: ['implemented', 'fully implemented', 'done', 'complete', 'completed', 'in place', 'operational'],
  partial: [
    'partial',
    'partially',
    'partially implemented',
    'partly implemented',
    'in progress',
    'ongoing',
    'being implemented',
    'under implementation',
    'implementation in progress',
  ],
  planned: ['planned', 'scheduled', 'to be implemented', 'implementation planned'],
  'not-started': ['not started', 'not implemented', 'not yet implemented', 'not yet started', 'none', 'to do', 'todo'],
};

const STATUS_LOOKUP = new Map<string, ImplementationStatus>(
  IMPLEMENTATION_STATUSES.flatMap((status) =>
    [status, IMPLEMENTATION_STATUS_LABELS[status], ...STATUS_WORDS[status]].map((w) => [words(w), status] as const),
  ),
);

export function parseStatus(text: string): Parsed<ImplementationStatus> {
  const status = STATUS_LOOKUP.get(words(text));
  if (status) return ok(status);
  return bad(
    `"${text}" is not an implementation status: use ` +
      `${IMPLEMENTATION_STATUSES.map((s) => IMPLEMENTATION_STATUS_LABELS[s]).join(', ')}.`,
  );
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Excel's day 0 in the 1900 date system, as used for every serial after 1 March 1900. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Excel serials read as dates: 1927-05-18 (10000) to 9999-12-31. Smaller numbers are more likely a typo. */
const SERIAL_RANGE = [10000, 2958465] as const;

/**
 * A day as YYYY-MM-DD (also with / or . and an optional time after it, as some tools write) or as an Excel
 * serial number (a date cell without date formatting, or a CSV written from one).
 */
export function parseDay(text: string): Parsed<string> {
  const time = /(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/.source;
  const iso = new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${time}$`).exec(text.trim());
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return ok(`${y}-${pad2(m)}-${pad2(d)}`);
    }
    return bad(`"${text}" is not a date in the calendar.`);
  }
  if (/^\d+(\.\d+)?$/.test(text.trim())) {
    const serial = Number(text);
    if (serial >= SERIAL_RANGE[0] && serial <= SERIAL_RANGE[1]) {
      return ok(new Date(EXCEL_EPOCH + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10));
    }
  }
  return bad(`"${text}" is not a date: use the form YYYY-MM-DD, e.g. 2026-03-31.`);
}

/** Evidence items, one per line or separated by semicolons (commas stay: they occur inside document names). */
export function parseEvidence(text: string): string[] {
  return [...new Set(text.split(/[;\n]+/).map((e) => e.trim()).filter(Boolean))];
}

/* ---------------------------------------------------------------- columns */

interface ColumnRef {
  index: number;
  /** The header as written in the file, for messages. */
  name: string;
}

type ColumnMap = Partial<Record<Field, ColumnRef>>;

/**
 * Sheets often have both an ID column and a "Control" column holding the title ("Ref | Control | Applicable"):
 * of the columns whose header can name the control, the one whose cells read as control IDs most often wins.
 */
function pickControlColumn(table: Table): number | undefined {
  let best: { index: number; score: number } | undefined;
  table.headers.forEach((name, index) => {
    if (HEADER_LOOKUP.get(headerKey(name)) !== 'control') return;
    const score = table.rows.filter((cells) => parseControlId(cells[index] ?? '') !== null).length;
    if (!best || score > best.score) best = { index, score };
  });
  return best?.index;
}

function mapColumns(table: Table): { columns: ColumnMap; problems: ImportProblem[] } {
  const columns: ColumnMap = {};
  const problems: ImportProblem[] = [];
  const row = table.headerRow;
  const controlIndex = pickControlColumn(table);
  table.headers.forEach((name, index) => {
    const field = HEADER_LOOKUP.get(headerKey(name));
    if (!field) return;
    if (field === 'control' && index !== controlIndex) return;
    const earlier = columns[field];
    if (earlier) {
      problems.push({
        row,
        column: name,
        message: `The columns "${earlier.name}" and "${name}" mean the same thing; keep one of them.`,
      });
      return;
    }
    columns[field] = { index, name };
  });
  if (!columns.control) {
    problems.push({
      row,
      message:
        'There is no column naming the control. Add one headed "Control ID" (values like A.5.1); ' +
        `found: ${table.headers.filter(Boolean).map((h) => `"${h}"`).join(', ') || 'no headers'}.`,
    });
  }
  const dataFields = (Object.keys(columns) as Field[]).filter((f) => f !== 'control');
  if (dataFields.length === 0) {
    const known = table.headers.filter((h) => INFORMATIONAL.has(headerKey(h)));
    problems.push({
      row,
      message:
        'There is no column to import' +
        (known.length > 0 ? ` (${known.map((h) => `"${h}"`).join(', ')} are not imported)` : '') +
        '. Recognised columns: Applicable, Reasons for inclusion, Justification for exclusion, ' +
        'Implementation status, How implemented, Owner, Evidence, Last reviewed.',
    });
  }
  return { columns, problems };
}

/* ---------------------------------------------------------------- rows */

interface Plan {
  problems: ImportProblem[];
  /** Merged entries that differ from the workbook's, in file order. */
  changes: SoaEntry[];
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

function sameEntry(a: SoaEntry, b: SoaEntry): boolean {
  return (
    a.applicable === b.applicable &&
    sameList(a.reasons, b.reasons) &&
    a.exclusionJustification === b.exclusionJustification &&
    a.status === b.status &&
    a.implementation === b.implementation &&
    a.owner === b.owner &&
    sameList(a.evidence, b.evidence) &&
    a.lastReviewed === b.lastReviewed
  );
}

const ANNEX_2013 = /^\s*A?\s*\.?\s*(?:[5-9]|1[0-8])\.\d{1,2}\.\d{1,2}\s*$/i;

function planImport(ctx: WorkbookContext, table: Table, columns: ColumnMap): Plan {
  const problems: ImportProblem[] = [];
  const changes: SoaEntry[] = [];
  const current = new Map(listSoa(ctx).map((e) => [e.controlId, e]));
  const seen = new Map<string, number>();
  const controlColumn = columns.control!;

  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers[i] ?? i + 2;
    const cell = (field: Field): { text: string; column: string } | null => {
      const ref = columns[field];
      if (!ref) return null;
      const text = cells[ref.index] ?? '';
      return text === '' ? null : { text, column: ref.name };
    };
    const problem = (column: string | undefined, message: string) =>
      problems.push(column === undefined ? { row, message } : { row, column, message });

    const controlText = cells[controlColumn.index] ?? '';
    if (controlText === '') {
      problem(controlColumn.name, 'The control ID is empty: give the Annex A control, e.g. A.5.1.');
      return;
    }
    const controlId = parseControlId(controlText);
    if (!controlId) {
      problem(
        controlColumn.name,
        ANNEX_2013.test(controlText)
          ? `"${controlText}" looks like a control number of the 2013 edition; this workbook uses the 2022 ` +
              'Annex A (A.5.1 to A.8.34).'
          : `"${controlText}" is not an Annex A control of ISO/IEC 27001:2022 (A.5.1 to A.8.34).`,
      );
      return;
    }
    const before = current.get(controlId);
    if (!before) {
      problem(controlColumn.name, `A.${controlId} is not in this workbook's Statement of Applicability.`);
      return;
    }
    const firstRow = seen.get(controlId);
    if (firstRow !== undefined) {
      problem(controlColumn.name, `A.${controlId} is also in row ${firstRow}: give each control one row.`);
      return;
    }
    seen.set(controlId, row);

    const after: SoaEntry = { ...before };
    const take = <T>(field: Field, parse: (text: string) => Parsed<T>, apply: (value: T) => void) => {
      const value = cell(field);
      if (!value) return;
      const parsed = parse(value.text);
      if (parsed.ok) apply(parsed.value);
      else problem(value.column, parsed.message);
    };
    take('applicable', parseApplicable, (v) => (after.applicable = v));
    take('reasons', parseReasons, (v) => {
      // The same reasons in another order are no change.
      if (!(v.length === before.reasons.length && v.every((r) => before.reasons.includes(r)))) after.reasons = v;
    });
    take('exclusionJustification', ok, (v) => (after.exclusionJustification = v));
    take('status', parseStatus, (v) => (after.status = v));
    take('implementation', ok, (v) => (after.implementation = v));
    take('owner', ok, (v) => (after.owner = v));
    take('evidence', (t) => ok(parseEvidence(t)), (v) => (after.evidence = v));
    take('lastReviewed', parseDay, (v) => (after.lastReviewed = v));

    const invalid = validateSoaEntry(after);
    if (invalid) {
      const notApplicable = !after.applicable && after.exclusionJustification.trim() === '';
      const column = notApplicable ? (columns.exclusionJustification ?? columns.applicable)?.name : undefined;
      const hint =
        notApplicable && !columns.exclusionJustification
          ? ' Add a "Justification for exclusion" column, or give the justification in the app first.'
          : '';
      problem(column, invalid + hint);
      return;
    }
    if (!sameEntry(before, after)) changes.push(after);
  });
  return { problems, changes };
}

function refuse(filePath: string, report: ImportReport): never {
  const n = report.problems.length;
  throw new AppError('IMPORT_FAILED', `${n} ${n === 1 ? 'problem' : 'problems'}; nothing was imported.`, {
    ...report,
    path: filePath,
    file: path.basename(filePath),
  });
}

/**
 * Reads an SoA sheet and, unless `dryRun`, writes every changed entry in one transaction through
 * `writeSoaEntries` (so each changed field is in the change log). `rows` counts the data rows read; `applied` the
 * controls whose entry changes (in a dry run: would change). Any problem throws IMPORT_FAILED, see above.
 */
export async function importSoa(
  ctx: WorkbookContext,
  filePath: string,
  options: { dryRun: boolean },
): Promise<ImportReport> {
  const table = await readTable(filePath);
  const report = (applied: number, problems: ImportProblem[]): ImportReport => ({
    rows: table.rows.length,
    applied,
    problems,
    dryRun: options.dryRun,
  });

  const { columns, problems: headerProblems } = mapColumns(table);
  if (headerProblems.length > 0) refuse(filePath, report(0, headerProblems));

  // Everything from here on is synchronous, so the entries checked are the entries written.
  const plan = () => {
    const result = planImport(ctx, table, columns);
    if (result.problems.length > 0) refuse(filePath, report(0, result.problems));
    return result.changes;
  };
  if (options.dryRun) return report(plan().length, []);
  const changes = inTransaction(ctx, () => {
    const planned = plan();
    writeSoaEntries(ctx, planned);
    return planned;
  });
  return report(changes.length, []);
}
