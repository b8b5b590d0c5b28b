import path from 'node:path';
import type { ImportProblem, ImportReport } from '../../shared/domain/exports';
import type { SoaEntry } from '../../shared/domain/soa';
import { AppError } from '../../shared/ipc/result';
import { parseControlId } from '../../shared/rules/control-id';
import { listSoa, validateSoaEntry, writeSoaEntries } from '../services/soa-service';
import { inTransaction, type WorkbookContext } from '../services/workbook-context';
import { ok, parseDay, parseList, parseYesNo, type Parsed } from './cell-values';
import { mapColumns, type ColumnMap, type Field } from './soa-import-columns';
import { parseReasons, parseStatus } from './soa-import-values';
import { readTable, type Table } from './tabular-file';

/*
 * Imports a Statement of Applicability from a spreadsheet (.xlsx, first sheet) or a CSV file: one row per control,
 * columns recognised by name (soa-import-columns.ts). All or nothing: every row is checked first and one problem
 * anywhere means nothing is written.
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
    take('applicable', parseYesNo, (v) => (after.applicable = v));
    take('reasons', parseReasons, (v) => {
      // The same reasons in another order are no change.
      if (!(v.length === before.reasons.length && v.every((r) => before.reasons.includes(r)))) after.reasons = v;
    });
    take('exclusionJustification', ok, (v) => (after.exclusionJustification = v));
    take('status', parseStatus, (v) => (after.status = v));
    take('implementation', ok, (v) => (after.implementation = v));
    take('owner', ok, (v) => (after.owner = v));
    take('evidence', (t) => ok(parseList(t)), (v) => (after.evidence = v));
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
