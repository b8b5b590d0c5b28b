import ExcelJS from 'exceljs';
import { CONTROL_THEMES } from '../../../shared/catalog/annex-a';
import {
  IMPLEMENTATION_STATUSES,
  IMPLEMENTATION_STATUS_LABELS,
  SOA_REASON_LABELS,
} from '../../../shared/domain/soa';
import { fixedDateFrom, normaliseZip } from '../deterministic-zip';
import type { SoaExportData, SoaRow } from '../soa-data';

export const SOA_SHEET_NAME = 'Statement of Applicability';

interface Column {
  header: string;
  width: number;
  wrap?: boolean;
  value(row: SoaRow): string | Date | null;
}

const THEME_NAMES = new Map(CONTROL_THEMES.map((t) => [t.id, t.title.replace(/ controls$/, '')]));

/** A YYYY-MM-DD day as midnight UTC, which exceljs writes as a whole Excel serial whatever the time zone. */
function dayAsDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/**
 * The columns, in order. Their headers are the ones the SoA import recognises, so an exported sheet can be edited
 * and imported back.
 */
export const SOA_XLSX_COLUMNS: readonly Column[] = [
  { header: 'Control ID', width: 11, value: (r) => `A.${r.control.id}` },
  { header: 'Title', width: 40, wrap: true, value: (r) => r.control.title },
  { header: 'Theme', width: 15, value: (r) => THEME_NAMES.get(r.control.theme) ?? r.control.theme },
  { header: 'Applicable', width: 12, value: (r) => (r.entry.applicable ? 'Yes' : 'No') },
  {
    header: 'Reasons for inclusion',
    width: 30,
    wrap: true,
    value: (r) => r.entry.reasons.map((reason) => SOA_REASON_LABELS[reason]).join('; '),
  },
  { header: 'Justification for exclusion', width: 40, wrap: true, value: (r) => r.entry.exclusionJustification },
  {
    header: 'Implementation status',
    width: 22,
    value: (r) => IMPLEMENTATION_STATUS_LABELS[r.entry.status],
  },
  { header: 'How implemented', width: 50, wrap: true, value: (r) => r.entry.implementation },
  { header: 'Owner', width: 20, wrap: true, value: (r) => r.entry.owner },
  { header: 'Evidence', width: 40, wrap: true, value: (r) => r.entry.evidence.join('; ') },
  {
    header: 'Last reviewed',
    width: 14,
    value: (r) => (r.entry.lastReviewed ? dayAsDate(r.entry.lastReviewed) : null),
  },
];

const APPLICABLE_COLUMN = SOA_XLSX_COLUMNS.findIndex((c) => c.header === 'Applicable') + 1;
const STATUS_COLUMN = SOA_XLSX_COLUMNS.findIndex((c) => c.header === 'Implementation status') + 1;
const LAST_REVIEWED_COLUMN = SOA_XLSX_COLUMNS.findIndex((c) => c.header === 'Last reviewed') + 1;

const LINE_HEIGHT = 15; // points per line of 11 pt Calibri, the workbook's default font

/**
 * How many lines a wrapped cell needs, by greedy word wrap.
 * Row heights are written out because spreadsheet programs do not reliably grow rows to fit wrapped text on
 * opening a file (LibreOffice overlaps the text instead); erring on the tall side keeps every word visible.
 */
export function wrappedLineCount(text: string, width: number): number {
  // Calibri 11 fits about 1.15 average characters per unit of width; keep a margin so no text is cut off.
  const capacity = Math.max(1, Math.floor(width * 1.1) - 1);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= capacity) {
        used = needed;
      } else if (used === 0) {
        lines += Math.ceil(word.length / capacity) - 1;
        used = word.length % capacity || capacity;
      } else {
        lines += Math.ceil(word.length / capacity);
        used = word.length % capacity || capacity;
      }
    }
  }
  return Math.max(1, lines);
}

/** Header and footer text is a mini-language in which "&" starts a code: a literal one is written "&&". */
const headerFooterText = (text: string) => text.replace(/&/g, '&&');

/**
 * The Statement of Applicability as an Excel register: one row per Annex A control, header in row 1 (so the
 * auto-filter and the frozen pane sit cleanly on it), dropdowns for the coded columns. Deterministic: the same
 * data gives the same bytes (dates come from `data.asOf`, the package is rezipped with fixed entry dates).
 */
export async function buildSoaXlsx(data: SoaExportData): Promise<Buffer> {
  const stamp = fixedDateFrom(data.asOf);
  const organisationName = data.organisation.legalName;
  const doc = data.documentControl;
  const documentLine = `${doc.documentId} v${doc.version}${doc.classification ? ` – ${doc.classification}` : ''}`;

  const workbook = new ExcelJS.Workbook();
  workbook.creator = organisationName;
  workbook.lastModifiedBy = organisationName;
  workbook.company = organisationName;
  workbook.title = `${doc.title || 'Statement of Applicability'} – ${organisationName}`;
  workbook.subject = 'ISO/IEC 27001:2022 Statement of Applicability (6.1.3 d)';
  workbook.created = stamp;
  workbook.modified = stamp;

  const sheet = workbook.addWorksheet(SOA_SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddFooter:
        `&L${headerFooterText(documentLine)}&C${headerFooterText(organisationName)}&RPage &P of &N`,
    },
  });

  sheet.columns = SOA_XLSX_COLUMNS.map((c) => ({ header: c.header, width: c.width }));

  const header = sheet.getRow(1);
  header.font = { name: 'Calibri', size: 11, bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 30;
  for (let col = 1; col <= SOA_XLSX_COLUMNS.length; col += 1) {
    const cell = header.getCell(col);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
  }

  for (const row of data.rows) {
    sheet.addRow(SOA_XLSX_COLUMNS.map((c) => c.value(row)));
  }

  const lastRow = data.rows.length + 1;
  data.rows.forEach((soaRow, i) => {
    const row = sheet.getRow(i + 2);
    let lines = 1;
    SOA_XLSX_COLUMNS.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      cell.alignment = { vertical: 'top', wrapText: column.wrap === true };
      if (index + 1 === LAST_REVIEWED_COLUMN) cell.numFmt = 'yyyy-mm-dd';
      const value = column.value(soaRow);
      if (column.wrap && typeof value === 'string') lines = Math.max(lines, wrappedLineCount(value, column.width));
    });
    row.height = lines * LINE_HEIGHT + 2;
  });

  // One validation per column range. Setting `cell.dataValidation` cell by cell makes exceljs squeeze the cells
  // into ranges, but it sorts addresses as text ("D10" before "D2") and writes overlapping ranges, which Excel
  // reports as damaged content. The worksheet's own (untyped) collection takes a range address as is.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  const columnRange = (col: number) => `${sheet.getColumn(col).letter}2:${sheet.getColumn(col).letter}${lastRow}`;
  validations.add(columnRange(APPLICABLE_COLUMN), {
    type: 'list',
    allowBlank: false,
    formulae: ['"Yes,No"'],
    showErrorMessage: true,
    errorTitle: 'Applicable',
    error: 'Choose Yes or No.',
  });
  validations.add(columnRange(STATUS_COLUMN), {
    type: 'list',
    allowBlank: false,
    formulae: [`"${IMPLEMENTATION_STATUSES.map((s) => IMPLEMENTATION_STATUS_LABELS[s]).join(',')}"`],
    showErrorMessage: true,
    errorTitle: 'Implementation status',
    error: 'Choose one of the statuses in the list.',
  });

  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: lastRow, column: SOA_XLSX_COLUMNS.length },
  };

  const written = await workbook.xlsx.writeBuffer();
  return normaliseZip(new Uint8Array(written as ArrayBuffer), stamp);
}
