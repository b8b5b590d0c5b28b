import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../shared/ipc/result';

/**
 * A spreadsheet or CSV file read as text: the header row and the data rows under it. Used by every import
 * (SoA, assets, risks), so it knows nothing about what the columns mean.
 */
export interface Table {
  /** The header cells, trimmed, up to the last non-empty one. */
  headers: string[];
  /**
   * The data rows that have at least one non-empty cell, each exactly `headers.length` cells long (cells beyond
   * the last header are dropped), trimmed, with line breaks inside a cell as "\n".
   */
  rows: string[][];
  /**
   * The 1-based row number of each data row as the user sees it in the spreadsheet (`rowNumbers[i]` for
   * `rows[i]`), so a problem can be reported against the right row although blank rows are skipped.
   * In a CSV file a row is a record: a quoted field with line breaks stays one row, as in Excel.
   */
  rowNumbers: number[];
  /** The row number of the header row (1 unless blank rows come first). */
  headerRow: number;
}

export const DELIMITED_EXTENSIONS = ['.csv', '.tsv', '.txt'] as const;
export const EXCEL_EXTENSIONS = ['.xlsx', '.xlsm'] as const;

/** Far larger than any register; stops a wrong file from being read into memory whole. */
const MAX_BYTES = 50 * 1024 * 1024;

const fail = (filePath: string, reason: string, details?: Record<string, unknown>) =>
  new AppError('IMPORT_FAILED', `Could not import "${path.basename(filePath)}": ${reason}`, {
    path: filePath,
    ...details,
  });

/** Reads the first worksheet of an .xlsx file, or a CSV file, into headers and rows of strings. */
export async function readTable(filePath: string): Promise<Table> {
  const ext = path.extname(filePath).toLowerCase();
  const isDelimited = (DELIMITED_EXTENSIONS as readonly string[]).includes(ext);
  const isExcel = (EXCEL_EXTENSIONS as readonly string[]).includes(ext);
  if (!isDelimited && !isExcel) {
    const hint =
      ext === '.xls'
        ? 'the old Excel 97-2003 format (.xls) is not supported. Save it as an Excel workbook (.xlsx) or as CSV.'
        : `files ending in "${ext || '(no extension)'}" are not supported. ` +
          'Use an Excel workbook (.xlsx) or a CSV file (.csv).';
    throw fail(filePath, hint);
  }
  const bytes = readBytes(filePath);
  const grid = isExcel ? await readXlsxGrid(filePath, bytes) : readDelimitedGrid(filePath, bytes);
  return toTable(filePath, grid);
}

/** The same as `readTable` for delimited text, without the promise (CSV needs no asynchronous work). */
export function readDelimitedTable(filePath: string): Table {
  return toTable(filePath, readDelimitedGrid(filePath, readBytes(filePath)));
}

function readBytes(filePath: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'there is no such file.' : `the file could not be read (${code ?? 'error'}).`;
    throw fail(filePath, reason);
  }
  if (!stat.isFile()) throw fail(filePath, 'it is a folder, not a file.');
  if (stat.size > MAX_BYTES) throw fail(filePath, `the file is too large (${Math.round(stat.size / 1048576)} MB).`);
  if (stat.size === 0) throw fail(filePath, 'the file is empty.');
  try {
    return fs.readFileSync(filePath);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === 'EBUSY' || code === 'EPERM' || code === 'EACCES'
        ? 'it is open in another program or you do not have permission to read it.'
        : `the file could not be read (${code ?? (error as Error).message}).`;
    throw fail(filePath, reason);
  }
}

/* ---------------------------------------------------------------- delimited text */

/**
 * Decodes the bytes as Excel and other tools write CSV: UTF-8 with or without a byte order mark, UTF-16 with
 * one ("Unicode text"), and, when the bytes are not valid UTF-8, Windows-1252 (Excel's "CSV" on Western
 * Windows).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const CANDIDATE_DELIMITERS = [',', ';', '\t'] as const;

/**
 * Picks the delimiter from the header line: the candidate that occurs most often outside quotes before the first
 * line break outside quotes (comma on a tie or when none occurs). Semicolons are what Excel writes where the
 * decimal separator is a comma.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATE_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [delimiter, count] of counts) {
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

function readDelimitedGrid(filePath: string, bytes: Uint8Array): Grid {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw fail(filePath, 'it is an Excel workbook, not a CSV file. Give it the .xlsx extension.');
  }
  const text = decodeText(bytes);
  if (text.trim() === '') throw fail(filePath, 'the file is empty.');
  const parsed = Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  // Papa reports a missing closing quote; other "errors" (a row with more or fewer fields) are ordinary in
  // hand-edited files and handled by padding.
  const quoteError = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (quoteError) {
    const row = (quoteError.row ?? 0) + 1;
    throw fail(filePath, `row ${row} has a quoted value that is never closed (a missing " character).`, { row });
  }
  return parsed.data.map((record, index) => ({ number: index + 1, cells: record.map((v) => v ?? '') }));
}

/* ---------------------------------------------------------------- Excel */

async function readXlsxGrid(filePath: string, bytes: Buffer): Promise<Grid> {
  // An .xlsx file is a ZIP archive: anything else (an .xls renamed, a CSV renamed) fails here with a clear word.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw fail(filePath, 'it is not an Excel workbook (.xlsx). If it is a CSV file, give it the .csv extension.');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw fail(filePath, `it is not a readable Excel workbook (${(error as Error).message}).`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fail(filePath, 'the workbook has no worksheet.');
  const grid: Grid = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      cells[colNumber - 1] = cellText(cell.value);
    });
    grid.push({ number: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return grid;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of a date cell. exceljs hands dates over as UTC instants, so the UTC fields are the cell's day. */
export function formatDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/** A cell's value as the text an importer reads: dates as YYYY-MM-DD, rich text flattened, formulas as their result. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : formatDay(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      return cellText((value as { result?: ExcelJS.CellValue }).result);
    }
    if ('hyperlink' in value) {
      const text = (value as { text?: unknown }).text;
      return cellText((text ?? (value as { hyperlink: string }).hyperlink) as ExcelJS.CellValue);
    }
    if ('error' in value) return String((value as { error: unknown }).error);
    if ('text' in value) return cellText((value as { text: ExcelJS.CellValue }).text);
  }
  return '';
}

/* ---------------------------------------------------------------- shared */

type Grid = { number: number; cells: string[] }[];

const clean = (text: string) => text.replace(/\r\n?/g, '\n').trim();

function toTable(filePath: string, grid: Grid): Table {
  const nonBlank = grid
    .map((row) => ({ number: row.number, cells: row.cells.map(clean) }))
    .filter((row) => row.cells.some((c) => c !== ''));
  const [header, ...data] = nonBlank;
  if (!header) throw fail(filePath, 'the file is empty.');
  let width = header.cells.length;
  while (width > 0 && header.cells[width - 1] === '') width -= 1;
  const headers = header.cells.slice(0, width);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (const row of data) {
    const cells = Array.from({ length: width }, (_, i) => row.cells[i] ?? '');
    if (cells.every((c) => c === '')) continue;
    rows.push(cells);
    rowNumbers.push(row.number);
  }
  if (rows.length === 0) {
    throw fail(filePath, `it has a header row (row ${header.number}) but no data rows under it.`, {
      headerRow: header.number,
    });
  }
  return { headers, rows, rowNumbers, headerRow: header.number };
}
