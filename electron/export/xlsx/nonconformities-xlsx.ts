import ExcelJS from 'exceljs';
import {
  EFFECTIVENESS_RESULT_LABELS,
  NC_SOURCE_LABELS,
  NC_STATUS_LABELS,
  isNonconformityOverdue,
  type Nonconformity,
} from '../../../shared/domain/nonconformity';
import { fixedDateFrom } from '../deterministic-zip';
import { requirementOf } from '../docx/audit-document-parts';
import type { AuditExportData } from '../kinds/audit-exports';
import { columnStyle, dayAsDate, styleHeader, writeDeterministic, type RegisterColumn } from './register-sheet';
import { wrappedLineCount } from './soa-xlsx';

/*
 * The nonconformity and corrective action register (10.2) as an Excel sheet, following the other registers:
 * header in row 1, frozen, with an auto-filter; landscape A4 fitted to the width with the header repeated; a
 * footer naming the document and the organisation; deterministic bytes.
 */

export const NONCONFORMITIES_SHEET_NAME = 'Nonconformities';
const LINE_HEIGHT = 15;

const footerText = (text: string) => text.replace(/&/g, '&&');

export function nonconformityColumns(data: AuditExportData): RegisterColumn<Nonconformity>[] {
  const requirement = (nc: Nonconformity) =>
    data.findings
      .filter((f) => f.nonconformityId === nc.id)
      .map((f) => requirementOf(f).replace(/\n/g, '; '))
      .join('\n');
  return [
    { header: 'Ref', width: 9, value: (nc) => nc.ref },
    { header: 'Raised on', width: 12, date: true, value: (nc) => dayAsDate(nc.raisedOn) },
    { header: 'Source', width: 16, value: (nc) => NC_SOURCE_LABELS[nc.source] },
    { header: 'Source reference', width: 17, value: (nc) => nc.sourceRef },
    { header: 'Requirement', width: 28, wrap: true, value: requirement },
    { header: 'Nonconformity', width: 50, wrap: true, value: (nc) => nc.description },
    { header: 'Correction', width: 36, wrap: true, value: (nc) => nc.correction },
    { header: 'Root cause', width: 36, wrap: true, value: (nc) => nc.rootCause },
    { header: 'Corrective action', width: 44, wrap: true, value: (nc) => nc.correctiveAction },
    { header: 'Owner', width: 22, wrap: true, value: (nc) => nc.owner },
    { header: 'Due date', width: 12, date: true, value: (nc) => dayAsDate(nc.dueDate) },
    { header: 'Status', width: 15, value: (nc) => NC_STATUS_LABELS[nc.status] },
    { header: 'Overdue', width: 9, value: (nc) => (isNonconformityOverdue(nc, data.asOf) ? 'Yes' : '') },
    { header: 'Effectiveness reviewed on', width: 14, date: true, value: (nc) => dayAsDate(nc.effectivenessReviewedOn) },
    { header: 'Effectiveness result', width: 14, value: (nc) => (nc.effectivenessResult ? EFFECTIVENESS_RESULT_LABELS[nc.effectivenessResult] : '') },
    { header: 'Effectiveness note', width: 40, wrap: true, value: (nc) => nc.effectivenessNote },
    { header: 'Linked findings', width: 18, wrap: true, value: (nc) => nc.findingRefs.join('\n') },
  ];
}

/** The nonconformity register as an Excel workbook: one row per nonconformity. */
export async function buildNonconformitiesXlsx(data: AuditExportData): Promise<Buffer> {
  const organisation = data.organisation.legalName;
  const dc = data.documentControl;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = organisation;
  workbook.lastModifiedBy = organisation;
  workbook.company = organisation;
  workbook.title = `${dc.title} – ${organisation}`;
  workbook.subject = 'Nonconformities and corrective action (ISO/IEC 27001:2022 clause 10.2)';
  workbook.created = fixedDateFrom(data.asOf);
  workbook.modified = fixedDateFrom(data.asOf);

  const columns = nonconformityColumns(data);
  const documentLine = `${dc.documentId} v${dc.version}${dc.classification ? ` – ${dc.classification}` : ''}`;
  const sheet = workbook.addWorksheet(NONCONFORMITIES_SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'B2' }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${footerText(documentLine)}&C${footerText(organisation)}&RPage &P of &N` },
  });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  styleHeader(sheet.getRow(1), columns.length);
  // One style object per column, shared by its cells (see register-sheet.ts on why).
  const styles = columns.map(columnStyle);
  for (const nc of data.nonconformities) {
    const values = columns.map((c) => c.value(nc)).map((v) => (v === '' ? null : v));
    const row = sheet.addRow(values);
    let lines = 1;
    columns.forEach((c, index) => {
      row.getCell(index + 1).style = styles[index]!;
      const value = values[index];
      if (c.wrap && typeof value === 'string') lines = Math.max(lines, wrappedLineCount(value, c.width), value.split('\n').length);
    });
    if (lines > 1) row.height = lines * LINE_HEIGHT + 2;
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: data.nonconformities.length + 1, column: columns.length } };
  return writeDeterministic(workbook, data.asOf);
}
