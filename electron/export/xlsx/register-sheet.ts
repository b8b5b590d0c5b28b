import ExcelJS from 'exceljs';
import { fixedDateFrom, normaliseZip } from '../deterministic-zip';
import type { RiskExportData } from '../risk-data';
import { wrappedLineCount } from './soa-xlsx';

/*
 * The conventions every register sheet shares (the asset inventory and the risk register): header in row 1,
 * frozen, with an auto-filter; landscape A4 fitted to the width with the header repeated on every page; a footer
 * naming the document and the organisation; deterministic bytes.
 */

export interface RegisterColumn<R> {
  header: string;
  width: number;
  wrap?: boolean;
  /** Written as a date cell (yyyy-mm-dd). */
  date?: boolean;
  value(row: R): string | number | Date | null;
}

const LINE_HEIGHT = 15; // points per line of 11 pt Calibri
export const HEADER_FILL = 'FF1F3864';

/** A YYYY-MM-DD day as midnight UTC, which exceljs writes as a whole Excel serial whatever the time zone. */
export function dayAsDate(day: string | null): Date | null {
  if (day === null) return null;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** "#d92d20" → "FFD92D20", the ARGB exceljs wants. */
export const argb = (colour: string) => `FF${colour.replace('#', '').toUpperCase()}`;

/** Black or white text, whichever reads better on the colour. */
export function textOn(colour: string): string {
  const hex = colour.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return luminance > 0.55 ? 'FF000000' : 'FFFFFFFF';
}

export function solidFill(colour: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour) } };
}

/** Header and footer text is a mini-language in which "&" starts a code: a literal one is written "&&". */
const headerFooterText = (text: string) => text.replace(/&/g, '&&');

/** A workbook stamped with the data's date and organisation, so nothing in it depends on when it was made. */
export function newWorkbook(data: RiskExportData, title: string, subject: string): ExcelJS.Workbook {
  const stamp = fixedDateFrom(data.asOf);
  const organisationName = data.organisation.legalName;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = organisationName;
  workbook.lastModifiedBy = organisationName;
  workbook.company = organisationName;
  workbook.title = `${title} – ${organisationName}`;
  workbook.subject = subject;
  workbook.created = stamp;
  workbook.modified = stamp;
  return workbook;
}

/** Page setup and footer for a sheet: landscape A4, fitted to the width, `titleRows` repeated on every page. */
export function sheetOptions(data: RiskExportData, titleRows: string | null): Partial<ExcelJS.AddWorksheetOptions> {
  const doc = data.documentControl;
  const documentLine = `${doc.documentId} v${doc.version}${doc.classification ? ` – ${doc.classification}` : ''}`;
  return {
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(titleRows ? { printTitlesRow: titleRows } : {}),
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddFooter: `&L${headerFooterText(documentLine)}&C${headerFooterText(data.organisation.legalName)}&RPage &P of &N`,
    },
  };
}

/** Dark header cells with white bold text. */
export function styleHeader(row: ExcelJS.Row, columns: number): void {
  row.font = { name: 'Calibri', size: 11, bold: true, color: { argb: 'FFFFFFFF' } };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.height = 30;
  for (let col = 1; col <= columns; col += 1) {
    const cell = row.getCell(col);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
  }
}

/** The style of a register column's data cells. */
export function columnStyle(column: Pick<RegisterColumn<unknown>, 'wrap' | 'date'>): Partial<ExcelJS.Style> {
  return {
    alignment: { vertical: 'top', wrapText: column.wrap === true },
    ...(column.date ? { numFmt: 'yyyy-mm-dd' } : {}),
  };
}

/**
 * A register sheet: header in row 1 (frozen, auto-filter over the data), one row per record, wrapped columns
 * with row heights written out (spreadsheet programs do not reliably grow rows for wrapped text on opening).
 *
 * Speed: every data cell of a column gets the very same style object. exceljs turns each distinct style object
 * into XML to find its style id, but remembers objects it has seen, so shared objects cost nothing per cell (a
 * column style, or `cell.alignment = …`, would give each cell its own copy). Never change a data cell's style
 * through `cell.fill = …` and the like: that would change the shared object; assign a whole style instead.
 */
export function addRegisterSheet<R>(
  workbook: ExcelJS.Workbook,
  name: string,
  data: RiskExportData,
  columns: readonly RegisterColumn<R>[],
  records: readonly R[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    ...sheetOptions(data, '1:1'),
  });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  styleHeader(sheet.getRow(1), columns.length);
  const styles = columns.map(columnStyle);
  for (const record of records) {
    // Empty text is written as an empty cell, not as an empty string.
    const values = columns.map((c) => c.value(record)).map((v) => (v === '' ? null : v));
    const row = sheet.addRow(values);
    let lines = 1;
    columns.forEach((c, index) => {
      row.getCell(index + 1).style = styles[index]!;
      const value = values[index];
      if (!c.wrap || typeof value !== 'string') return;
      if (value.length > c.width) lines = Math.max(lines, wrappedLineCount(value, c.width));
      else if (value.includes('\n')) lines = Math.max(lines, value.split('\n').length);
    });
    if (lines > 1) row.height = lines * LINE_HEIGHT + 2;
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: records.length + 1, column: columns.length } };
  return sheet;
}

/** Writes the package and rezips it with fixed entry dates: the same data gives the same bytes. */
export async function writeDeterministic(workbook: ExcelJS.Workbook, asOf: string): Promise<Buffer> {
  // Stored uncompressed by exceljs: normaliseZip compresses every entry once anyway (the same bytes either way).
  const written = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions);
  return normaliseZip(new Uint8Array(written as ArrayBuffer), fixedDateFrom(asOf));
}
