import type ExcelJS from 'exceljs';
import {
  RISK_STATUSES,
  RISK_STATUS_LABELS,
  TREATMENT_OPTIONS,
  TREATMENT_OPTION_LABELS,
  type Risk,
} from '../../../shared/domain/risk';
import { RETENTION_RULE_LABELS, type RiskMethod } from '../../../shared/domain/risk-method';
import { bandById, heatMapCounts } from '../../../shared/rules/risk-scoring';
import type { RiskExportData } from '../risk-data';
import {
  HEADER_FILL,
  addRegisterSheet,
  columnStyle,
  dayAsDate,
  newWorkbook,
  sheetOptions,
  solidFill,
  styleHeader,
  textOn,
  writeDeterministic,
  type RegisterColumn,
} from './register-sheet';
import { wrappedLineCount } from './soa-xlsx';

/*
 * The risk register as an Excel workbook: the register itself first (so the file imports back: the import reads
 * the first sheet, and the headers are the ones it recognises), the inherent and residual heat maps, and the
 * method's scales and bands as a legend.
 */

export const REGISTER_SHEET = 'Register';
export const INHERENT_MATRIX_SHEET = 'Inherent matrix';
export const RESIDUAL_MATRIX_SHEET = 'Residual matrix';
export const METHOD_SHEET = 'Method';

function registerColumns(data: RiskExportData): RegisterColumn<Risk>[] {
  const assetRefs = new Map(data.assets.map((a) => [a.id, a.ref]));
  const level = (id: string | null) => bandById(data.method, id)?.label ?? null;
  return [
    { header: 'Ref', width: 8, value: (r) => r.ref },
    { header: 'Title', width: 32, wrap: true, value: (r) => r.title },
    { header: 'Description', width: 45, wrap: true, value: (r) => r.description },
    { header: 'Assets', width: 16, wrap: true, value: (r) => r.assetIds.map((id) => assetRefs.get(id) ?? '').filter(Boolean).join('; ') },
    { header: 'Threat', width: 28, wrap: true, value: (r) => r.threat },
    { header: 'Vulnerability', width: 28, wrap: true, value: (r) => r.vulnerability },
    { header: 'Owner', width: 18, wrap: true, value: (r) => r.owner },
    { header: 'Existing controls', width: 32, wrap: true, value: (r) => r.existingControls },
    { header: 'Inherent L', width: 10, value: (r) => r.inherentLikelihood },
    { header: 'Inherent I', width: 10, value: (r) => r.inherentImpact },
    { header: 'Inherent level', width: 12, value: (r) => level(r.inherentLevel) },
    { header: 'Treatment', width: 17, value: (r) => (r.treatment ? TREATMENT_OPTION_LABELS[r.treatment] : null) },
    { header: 'Controls', width: 18, wrap: true, value: (r) => r.controlIds.map((id) => `A.${id}`).join('; ') },
    { header: 'Residual L', width: 10, value: (r) => r.residualLikelihood },
    { header: 'Residual I', width: 10, value: (r) => r.residualImpact },
    { header: 'Residual level', width: 12, value: (r) => level(r.residualLevel) },
    { header: 'Accepted by', width: 18, wrap: true, value: (r) => r.acceptedBy },
    { header: 'Accepted on', width: 12, date: true, value: (r) => dayAsDate(r.acceptedOn) },
    { header: 'Acceptance rationale', width: 36, wrap: true, value: (r) => r.acceptanceRationale },
    { header: 'Status', width: 18, value: (r) => RISK_STATUS_LABELS[r.status] },
    { header: 'Next review', width: 12, date: true, value: (r) => dayAsDate(r.nextReview) },
  ];
}

type Validations = { add(range: string, validation: ExcelJS.DataValidation): void };

/** One dropdown per column range (see soa-xlsx.ts for why not cell by cell). */
function addDropdown(sheet: ExcelJS.Worksheet, column: number, lastRow: number, title: string, options: string[]): void {
  const letter = sheet.getColumn(column).letter;
  (sheet as unknown as { dataValidations: Validations }).dataValidations.add(`${letter}2:${letter}${Math.max(2, lastRow)}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${options.join(',')}"`],
    showErrorMessage: true,
    errorTitle: title,
    error: 'Choose one of the values in the list.',
  });
}

function addRegister(workbook: ExcelJS.Workbook, data: RiskExportData): void {
  const columns = registerColumns(data);
  const sheet = addRegisterSheet(workbook, REGISTER_SHEET, data, columns, data.risks);
  const at = (header: string) => columns.findIndex((c) => c.header === header) + 1;
  // Level cells take their band's colour: one whole style object per band, shared by every cell of that band.
  const styles = new Map(
    data.method.bands.map((b) => [
      b.id,
      { ...columnStyle({}), fill: solidFill(b.colour), font: { name: 'Calibri', size: 11, color: { argb: textOn(b.colour) } } },
    ]),
  );
  const levelColumns = [
    [at('Inherent level'), 'inherentLevel'],
    [at('Residual level'), 'residualLevel'],
  ] as const;
  data.risks.forEach((risk, i) => {
    const row = sheet.getRow(i + 2);
    for (const [column, key] of levelColumns) {
      const style = risk[key] === null ? undefined : styles.get(risk[key]);
      if (style) row.getCell(column).style = style;
    }
  });
  const lastRow = data.risks.length + 1;
  addDropdown(sheet, at('Treatment'), lastRow, 'Treatment', TREATMENT_OPTIONS.map((t) => TREATMENT_OPTION_LABELS[t]));
  addDropdown(sheet, at('Status'), lastRow, 'Status', RISK_STATUSES.map((s) => RISK_STATUS_LABELS[s]));
}

const BOLD = { name: 'Calibri', size: 11, bold: true } as const;

/** Likelihood rows from the highest level down, impact columns from the lowest up; each cell counts its risks. */
function addMatrix(workbook: ExcelJS.Workbook, data: RiskExportData, name: string, which: 'inherent' | 'residual'): void {
  const { method } = data;
  const sheet = workbook.addWorksheet(name, sheetOptions(data, null));
  const counts = heatMapCounts(method, data.risks, which);
  sheet.getColumn(1).width = 26;
  method.impact.forEach((_, i) => (sheet.getColumn(i + 2).width = 16));

  const header = sheet.getRow(1);
  header.values = ['Likelihood \\ Impact', ...method.impact.map((l) => `${l.value} ${l.label}`)];
  styleHeader(header, method.impact.length + 1);
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };

  [...method.likelihood].reverse().forEach((level, r) => {
    const row = sheet.getRow(r + 2);
    row.height = 36;
    const label = row.getCell(1);
    label.value = `${level.value} ${level.label}`;
    label.font = { ...BOLD, color: { argb: 'FFFFFFFF' } };
    label.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    label.alignment = { vertical: 'middle' };
    method.impact.forEach((_, i) => {
      const cell = row.getCell(i + 2);
      const band = bandById(method, method.matrix[level.value - 1]?.[i] ?? null);
      cell.value = counts[level.value - 1]?.[i] ?? 0;
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      if (band) {
        cell.fill = solidFill(band.colour);
        cell.font = { ...BOLD, size: 14, color: { argb: textOn(band.colour) } };
      }
    });
  });

  const rated = counts.flat().reduce((sum, n) => sum + n, 0);
  const below = method.likelihood.length + 3;
  sheet.getCell(below, 1).value = 'Risks in the matrix';
  sheet.getCell(below, 2).value = rated;
  sheet.getCell(below + 1, 1).value = 'Not yet rated';
  sheet.getCell(below + 1, 2).value = data.risks.length - rated;
  sheet.getCell(below + 2, 1).value = `${which === 'inherent' ? 'Inherent' : 'Residual'} risk, as of`;
  sheet.getCell(below + 2, 2).value = dayAsDate(data.asOf);
  sheet.getCell(below + 2, 2).numFmt = 'yyyy-mm-dd';
  sheet.getCell(below + 2, 2).alignment = { horizontal: 'left' };
}

/** The legend: scales, bands with their colours and what may be retained at each level, review cadence. */
function addMethod(workbook: ExcelJS.Workbook, data: RiskExportData): void {
  const method: RiskMethod = data.method;
  const sheet = workbook.addWorksheet(METHOD_SHEET, sheetOptions(data, null));
  const widths = [8, 22, 60, 40, 40, 40];
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  let rowNumber = 1;
  const section = (title: string, headers: string[]) => {
    if (rowNumber > 1) rowNumber += 1;
    const titleCell = sheet.getCell(rowNumber, 1);
    titleCell.value = title;
    titleCell.font = { ...BOLD, size: 13 };
    rowNumber += 1;
    const header = sheet.getRow(rowNumber);
    header.values = headers;
    styleHeader(header, headers.length);
    header.height = 20;
    rowNumber += 1;
  };
  const line = (values: (string | number)[]) => {
    const row = sheet.getRow(rowNumber);
    row.values = values;
    row.alignment = { vertical: 'top', horizontal: 'left', wrapText: true };
    // Written out: spreadsheet programs do not reliably grow rows to fit wrapped text on opening.
    const lines = values.map((v, i) => (typeof v === 'string' ? wrappedLineCount(v, widths[i] ?? 10) : 1));
    row.height = Math.max(...lines) * 15 + 2;
    rowNumber += 1;
    return row;
  };

  section('Likelihood', ['Value', 'Label', 'Criteria']);
  for (const level of method.likelihood) line([level.value, level.label, level.criteria]);
  section('Impact', ['Value', 'Label', 'Criteria', 'Confidentiality', 'Integrity', 'Availability']);
  for (const level of method.impact) {
    line([level.value, level.label, level.criteria, level.confidentiality, level.integrity, level.availability]);
  }
  section('Risk levels (lowest first)', ['Rank', 'Level', 'Retention', 'Acceptance authority']);
  method.bands.forEach((band, i) => {
    const row = line([i + 1, band.label, RETENTION_RULE_LABELS[band.retention], band.acceptanceAuthority]);
    const cell = row.getCell(2);
    cell.fill = solidFill(band.colour);
    cell.font = { ...BOLD, color: { argb: textOn(band.colour) } };
  });
  section('Review', ['', 'Item', 'Value']);
  line(['', 'Review cadence', `Every ${method.reviewCadenceMonths} months`]);
  line(['', 'Approach', method.approach]);
}

/**
 * The risk register (8.2, 6.1.2) as an Excel workbook: Register, Inherent matrix, Residual matrix, Method.
 * Deterministic: the same data gives the same bytes. Built for thousands of risks: styles are set per column or
 * shared per band, never built cell by cell.
 */
export async function buildRiskRegisterXlsx(data: RiskExportData): Promise<Buffer> {
  const workbook = newWorkbook(data, 'Risk register', 'ISO/IEC 27001:2022 risk register (6.1.2, 8.2)');
  addRegister(workbook, data);
  addMatrix(workbook, data, INHERENT_MATRIX_SHEET, 'inherent');
  addMatrix(workbook, data, RESIDUAL_MATRIX_SHEET, 'residual');
  addMethod(workbook, data);
  return writeDeterministic(workbook, data.asOf);
}
