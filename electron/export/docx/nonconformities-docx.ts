/**
 * The Nonconformity and Corrective Action Register as a Word document (ISO/IEC 27001:2022 clause 10.2): how
 * nonconformities are handled, a summary, the register, and each nonconformity in full with its correction, root
 * cause, corrective action and effectiveness review. Landscape A4.
 */
import { Paragraph, TableRow, TextRun } from 'docx';
import { CONTROLLED_DOCUMENTS } from '../../../shared/domain/controlled-documents';
import {
  EFFECTIVENESS_RESULT_LABELS,
  NC_SOURCES,
  NC_SOURCE_LABELS,
  NC_STATUSES,
  NC_STATUS_LABELS,
  isNonconformityOverdue,
  type Nonconformity,
} from '../../../shared/domain/nonconformity';
import type { AuditExportData } from '../kinds/audit-exports';
import { auditCover, renderAuditDocument, requirementOf } from './audit-document-parts';
import { ALERT, approvalLines, controlSection, plural, type Block } from './document-parts';
import { formatDateLong, formatDateShort } from './dates';
import { contentWidth } from './page-setup';
import { COLOURS, SIZES, STYLE } from './styles';
import { bodyRow, cell, columnWidths, headerRow, labelValueTable, table, type CellOptions } from './table-blocks';
import { EMPTY, heading, para } from './text-blocks';

const ORIENTATION = 'landscape' as const;
const WIDTH = contentWidth(ORIENTATION);
const NARROW = Math.round(WIDTH * 0.66);
const STANDARD = 'ISO/IEC 27001:2022, clause 10.2';
const compact: CellOptions = { style: STYLE.tableTextCompact };

const STEPS: [string, string][] = [
  ['1. React', 'Contain the problem and deal with its immediate consequences: the correction.'],
  ['2. Find the cause', 'Work out why it happened, and whether the same thing exists, or could happen, elsewhere.'],
  ['3. Act on the cause', 'Decide the corrective action that removes the cause, with an owner and a due date.'],
  ['4. Review effectiveness', 'Once the action is implemented, check after a suitable interval that the problem has not recurred.'],
  ['5. Close', 'Close the nonconformity only when the review finds the action effective; otherwise plan a new action.'],
];

/** What is known about how a nonconformity came to light: its source and, for audits, the finding's requirement. */
function sourceText(data: AuditExportData, nc: Nonconformity): string {
  const requirement = data.findings.filter((f) => f.nonconformityId === nc.id).map(requirementOf).filter(Boolean);
  return [NC_SOURCE_LABELS[nc.source], nc.sourceRef, ...requirement].filter(Boolean).join('\n');
}

function effectivenessText(nc: Nonconformity): string {
  if (nc.effectivenessResult === null) return nc.status === 'implemented' ? 'Due now' : 'Not yet reviewed';
  return `${EFFECTIVENESS_RESULT_LABELS[nc.effectivenessResult]}${nc.effectivenessReviewedOn ? `, ${formatDateShort(nc.effectivenessReviewedOn)}` : ''}`;
}

function purposeSection(data: AuditExportData): Block[] {
  const widths = columnWidths([1.2, 4], NARROW);
  return [
    heading('Purpose', 1, { pageBreakBefore: true }),
    para(
      `This register records every nonconformity ${data.organisation.legalName} finds in its information security management ` +
        'system, whether from an internal or external audit, a security incident, a management review, a complaint or day-to-day ' +
        'work, together with what was done about it. It is the documented information clause 10.2 asks for, and the evidence ' +
        'that problems are not only fixed but prevented from coming back.',
    ),
    para('Each nonconformity goes through the same steps:', { keepNext: true }),
    table(
      [headerRow(['Step', 'What is done'], widths), ...STEPS.map(([step, text]) => bodyRow([cell(step, { width: widths[0], bold: true, colour: COLOURS.heading }), cell(text, { width: widths[1] })]))],
      { columnWidths: widths },
    ),
  ];
}

function summarySection(data: AuditExportData): Block[] {
  const ncs = data.nonconformities;
  const overdue = ncs.filter((nc) => isNonconformityOverdue(nc, data.asOf)).length;
  const awaiting = ncs.filter((nc) => nc.status === 'implemented' && nc.effectivenessResult === null).length;
  const half = Math.floor(NARROW / 2);
  const widths = columnWidths([2, 1], half);
  const countRow = (label: string, n: number, opts: CellOptions = {}) =>
    bodyRow([cell(label, { width: widths[0], ...opts }), cell(String(n), { width: widths[1], align: 'right', ...opts })]);
  return [
    heading('Summary', 1, { pageBreakBefore: true }),
    para(
      `As of ${formatDateLong(data.asOf)} the register holds ${plural(ncs.length, 'nonconformity', 'nonconformities')}: ` +
        `${ncs.filter((nc) => nc.status !== 'closed').length} still open, ${overdue} overdue, ` +
        `and ${awaiting} awaiting an effectiveness review.`,
      { keepNext: true },
    ),
    table(
      [
        headerRow(['Status', 'Count'], widths, { alignments: ['left', 'right'] }),
        ...NC_STATUSES.map((s) => countRow(NC_STATUS_LABELS[s], ncs.filter((nc) => nc.status === s).length)),
        countRow(`Overdue on ${formatDateShort(data.asOf)}`, overdue, overdue > 0 ? { bold: true, colour: ALERT } : {}),
      ],
      { columnWidths: widths },
    ),
    para('', { spacingAfter: 0 }),
    table(
      [headerRow(['Source', 'Count'], widths, { alignments: ['left', 'right'] }), ...NC_SOURCES.map((s) => countRow(NC_SOURCE_LABELS[s], ncs.filter((nc) => nc.source === s).length))],
      { columnWidths: widths },
    ),
  ];
}

const REGISTER = ['Ref', 'Raised', 'Source', 'Nonconformity', 'Owner', 'Due', 'Status', 'Effectiveness'];
const REGISTER_WEIGHTS = [0.8, 1.1, 2.2, 5, 1.8, 1.1, 1.3, 1.5];

function registerSection(data: AuditExportData): Block[] {
  const widths = columnWidths(REGISTER_WEIGHTS, WIDTH);
  const rows: TableRow[] = [headerRow(REGISTER, widths, { style: STYLE.tableHeading, size: SIZES.tableCompact })];
  for (const nc of data.nonconformities) {
    const overdue = isNonconformityOverdue(nc, data.asOf);
    const status = [
      para(NC_STATUS_LABELS[nc.status], compact),
      ...(overdue ? [para([new TextRun({ text: 'Overdue', bold: true, color: ALERT })], compact)] : []),
    ];
    rows.push(
      bodyRow([
        cell(nc.ref, { ...compact, width: widths[0], bold: true, colour: COLOURS.heading }),
        cell(formatDateShort(nc.raisedOn), { ...compact, width: widths[1] }),
        cell(sourceText(data, nc), { ...compact, width: widths[2] }),
        cell(nc.description, { ...compact, width: widths[3] }),
        cell(nc.owner || EMPTY, { ...compact, width: widths[4] }),
        cell(nc.dueDate ? formatDateShort(nc.dueDate) : EMPTY, { ...compact, width: widths[5], ...(overdue ? { bold: true, colour: ALERT } : {}) }),
        cell(status, { width: widths[6] }),
        cell(effectivenessText(nc), { ...compact, width: widths[7] }),
      ]),
    );
  }
  return [
    heading('Register', 1, { pageBreakBefore: true }),
    data.nonconformities.length === 0 ? para('No nonconformities have been recorded.') : table(rows, { columnWidths: widths }),
  ];
}

function detailSection(data: AuditExportData): Block[] {
  if (data.nonconformities.length === 0) return [];
  const out: Block[] = [heading('Nonconformities in detail', 1, { pageBreakBefore: true })];
  for (const nc of data.nonconformities) {
    const review = nc.effectivenessResult
      ? `${effectivenessText(nc)}${nc.effectivenessNote ? `\n${nc.effectivenessNote}` : ''}`
      : nc.effectivenessNote || 'Not yet reviewed';
    out.push(
      heading(`${nc.ref}  ${NC_STATUS_LABELS[nc.status]}`, 2),
      labelValueTable(
        [
          ['Source', sourceText(data, nc).replace(/\n/g, ' · ')],
          ['Raised on', formatDateLong(nc.raisedOn)],
          ['Nonconformity', nc.description],
          ['Correction', nc.correction || EMPTY],
          ['Root cause', nc.rootCause || EMPTY],
          ['Corrective action', nc.correctiveAction || EMPTY],
          ['Owner and due date', `${nc.owner || 'No owner'}${nc.dueDate ? `, due ${formatDateLong(nc.dueDate)}` : ''}`],
          ['Effectiveness review', review],
        ],
        { width: NARROW, labelShare: 0.24 },
      ),
    );
  }
  return out;
}

function approvalSection(data: AuditExportData): Block[] {
  return [
    heading('Approval', 1),
    new Paragraph({ keepNext: true, children: [new TextRun('The approver confirms that the register is complete and that the corrective actions it records have the resources they need.')] }),
    approvalLines(data),
  ];
}

/** Renders the nonconformity register as a .docx; the same data always gives the same bytes. */
export async function buildNonconformitiesDocx(data: AuditExportData): Promise<Buffer> {
  const documentTitle = data.documentControl.title.trim() || CONTROLLED_DOCUMENTS.nonconformities.title;
  return renderAuditDocument(data, {
    title: documentTitle,
    orientation: ORIENTATION,
    subject: STANDARD,
    keywords: 'ISO/IEC 27001:2022; nonconformity; corrective action; effectiveness review',
    children: [
      ...auditCover(data, documentTitle, STANDARD),
      ...controlSection(data, NARROW),
      ...purposeSection(data),
      ...summarySection(data),
      ...registerSection(data),
      ...detailSection(data),
      ...approvalSection(data),
    ],
  });
}
