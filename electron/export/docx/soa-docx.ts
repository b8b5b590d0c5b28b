/**
 * The Statement of Applicability as a Word document (ISO/IEC 27001:2022 clause 6.1.3 d): a cover, document
 * control and revision history, a short explanation of how to read it, a summary, the control table grouped by
 * Annex A theme, and an approval block. Landscape A4. Same data in, same bytes out.
 */
import { Document, Packer, Paragraph, Table, TextRun, type ParagraphChild } from 'docx';
import { CONTROL_THEMES } from '../../../shared/catalog/annex-a';
import {
  IMPLEMENTATION_STATUSES,
  IMPLEMENTATION_STATUS_LABELS,
  SOA_REASONS,
  SOA_REASON_LABELS,
  type ImplementationStatus,
  type SoaReason,
} from '../../../shared/domain/soa';
import { DOCUMENT_STATUS_LABELS } from '../../../shared/domain/workbook';
import { fixedDateFrom, normaliseZip } from '../deterministic-zip';
import type { SoaExportData, SoaRow } from '../soa-data';
import {
  classificationOf,
  documentControlBlock,
  headersAndFooters,
  revisionHistoryTable,
} from './document-control';
import { formatDateLong, formatDateShort } from './dates';
import { logoImage } from './images';
import { cm, contentWidth, pageSetup } from './page-setup';
import { COLOURS, SIZES, STYLE, documentStyling } from './styles';
import { bodyRow, cell, columnWidths, groupRow, headerRow, table, type CellOptions } from './table-blocks';
import { EMPTY, heading, para, runs, spacer, subtitle, title } from './text-blocks';

const ORIENTATION = 'landscape' as const;
const WIDTH = contentWidth(ORIENTATION);
/** Narrower tables (summaries, definitions) read better than ones stretched across a landscape page. */
const NARROW = Math.round(WIDTH * 0.66);

const DEFAULT_TITLE = 'Statement of Applicability';
const STANDARD = 'ISO/IEC 27001:2022, Annex A';

/** Status order in tables: furthest along first. */
const STATUS_ORDER: readonly ImplementationStatus[] = [...IMPLEMENTATION_STATUSES].reverse();

const REASON_MEANINGS: Record<SoaReason, string> = {
  'risk-treatment': 'Selected to treat one or more risks identified in the information security risk assessment.',
  'legal-regulatory': 'Needed to meet a law or regulation that applies to the organisation.',
  contractual: 'Required by a contract or another commitment made to customers, partners or suppliers.',
  'business-best-practice':
    'Adopted because the business needs it or because it is accepted good practice, even where no single risk calls for it.',
};

const STATUS_MEANINGS: Record<ImplementationStatus, string> = {
  implemented: 'The control is in place, operating as intended, and supported by evidence.',
  partial: 'Part of the control is in place; the remaining work is planned and has an owner.',
  planned: 'The control is not yet in place; the work is scheduled and has an owner.',
  'not-started': 'The control applies, but work on it has not yet begun.',
};

// ---------------------------------------------------------------------------------------------------------------
// Counts

interface Counts {
  controls: number;
  applicable: number;
  excluded: number;
  byStatus: Record<ImplementationStatus, number>;
}

function emptyCounts(): Counts {
  return {
    controls: 0,
    applicable: 0,
    excluded: 0,
    byStatus: { implemented: 0, partial: 0, planned: 0, 'not-started': 0 },
  };
}

function add(counts: Counts, row: SoaRow): void {
  counts.controls += 1;
  if (row.entry.applicable) {
    counts.applicable += 1;
    counts.byStatus[row.entry.status] += 1;
  } else {
    counts.excluded += 1;
  }
}

/** Counts over all rows and per theme; implementation statuses are counted over applicable controls only. */
export function summariseSoa(rows: readonly SoaRow[]) {
  const total = emptyCounts();
  const byTheme = new Map(CONTROL_THEMES.map((theme) => [theme.id, emptyCounts()]));
  for (const row of rows) {
    add(total, row);
    const theme = byTheme.get(row.control.theme);
    if (theme) add(theme, row);
  }
  return { total, byTheme };
}

const percent = (part: number, whole: number): string => (whole === 0 ? EMPTY : `${Math.round((part * 100) / whole)}%`);

// ---------------------------------------------------------------------------------------------------------------
// Sections

function cover(data: SoaExportData): (Paragraph | Table)[] {
  const { organisation, documentControl: dc } = data;
  const out: (Paragraph | Table)[] = [];
  const logo = data.logo ? logoImage(data.logo.data, { name: `${organisation.legalName} logo` }) : null;
  if (logo) out.push(new Paragraph({ spacing: { before: 0, after: 240 }, children: [logo] }));
  else out.push(spacer(cm(1.2)));
  out.push(
    para(organisation.legalName, {
      style: STYLE.coverMeta,
      bold: true,
      size: 32,
      colour: COLOURS.heading,
      spacingAfter: 0,
    }),
  );
  const address = organisation.address.trim();
  if (address) {
    out.push(para(address.replace(/\s*\n\s*/g, ', '), { style: STYLE.coverMeta, spacingBefore: 60, spacingAfter: 0 }));
  }
  out.push(spacer(logo ? cm(2.4) : cm(3.4)));
  out.push(title(dc.title.trim() || DEFAULT_TITLE));
  out.push(subtitle(STANDARD));

  const classification = classificationOf(dc, organisation);
  const details: [string, string][] = [
    ['Document ID', dc.documentId],
    ['Version', dc.version],
    ['Status', DOCUMENT_STATUS_LABELS[dc.status] ?? dc.status],
    ['As of', formatDateLong(data.asOf)],
    ['Classification', classification || EMPTY],
  ];
  const widths = [cm(3.4), cm(9)];
  out.push(
    table(
      details.map(([label, value]) =>
        bodyRow([
          cell(label, { width: widths[0], style: STYLE.coverMeta, colour: COLOURS.muted, borders: 'none' }),
          cell(value || EMPTY, {
            width: widths[1],
            style: STYLE.coverMeta,
            colour: COLOURS.text,
            bold: true,
            borders: 'none',
          }),
        ]),
      ),
      { columnWidths: widths, borders: 'none' },
    ),
  );
  return out;
}

function documentControlSection(data: SoaExportData): (Paragraph | Table)[] {
  const dc = data.documentControl;
  return [
    heading('Document control', 1, { pageBreakBefore: true }),
    documentControlBlock(dc, data.organisation, { width: NARROW }),
    heading('Revision history', 2),
    revisionHistoryTable(dc.revisions, { width: NARROW }),
  ];
}

function definitionTable(header: [string, string], rows: [string, string][]): Table {
  const widths = columnWidths([1, 2.6], NARROW);
  return table(
    [
      headerRow(header, widths),
      ...rows.map(([term, meaning]) =>
        bodyRow([
          cell(term, { width: widths[0], bold: true, colour: COLOURS.heading }),
          cell(meaning, { width: widths[1] }),
        ]),
      ),
    ],
    { columnWidths: widths },
  );
}

function purposeSection(data: SoaExportData): (Paragraph | Table)[] {
  const name = data.organisation.legalName;
  const count = data.rows.length;
  const cycle = data.organisation.reviewCycleMonths;
  return [
    heading('Purpose and basis', 1, { pageBreakBefore: true }),
    para(
      `This Statement of Applicability (SoA) sets out, for each of the ${count} controls in Annex A of ISO/IEC 27001:2022, ` +
        `whether ${name} applies the control, why it is included or excluded, and how far it has been implemented. ` +
        'It is the documented information that clause 6.1.3 d) of the standard asks for: the link between the ' +
        'decisions taken when treating information security risks and the controls the organisation actually operates.',
    ),
    para(
      'Every control is considered. A control is included when a risk treatment decision, a legal or regulatory ' +
        'requirement, a contractual commitment or a business need calls for it; a control is excluded only with a ' +
        'written justification. ' +
        `The document owner keeps the SoA current and reviews it at least every ${cycle} month${cycle === 1 ? '' : 's'}, ` +
        'and whenever the risk assessment, the scope of the ISMS or the organisation\u2019s obligations change.',
    ),
    heading('How to read the control table', 2),
    para(
      'Controls are listed in Annex A order and grouped by theme (organizational, people, physical and ' +
        'technological). Each row records:',
      { keepNext: true },
    ),
    definitionTable(
      ['Column', 'What it records'],
      [
        ['Control', 'The Annex A control number and title.'],
        ['Applicable', 'Yes when the control is part of the ISMS; No when it has been excluded.'],
        [
          'Reasons for inclusion or exclusion',
          'For applicable controls, why the control was included (see below). For excluded controls, the justification for the exclusion.',
        ],
        ['Implementation status', 'How far the control has been put in place (see below).'],
        ['How implemented', 'A short description of the way the organisation meets the control.'],
        ['Owner', 'The role accountable for operating the control and keeping its evidence.'],
        ['Evidence', 'Records an auditor can sample to confirm that the control operates.'],
        ['Last reviewed', 'When the owner last confirmed the entry.'],
      ],
    ),
    heading('Reasons for inclusion', 3),
    definitionTable(
      ['Reason', 'Meaning'],
      SOA_REASONS.map((reason) => [SOA_REASON_LABELS[reason], REASON_MEANINGS[reason]]),
    ),
    heading('Implementation status', 3),
    definitionTable(
      ['Status', 'Meaning'],
      [
        ...STATUS_ORDER.map((status): [string, string] => [IMPLEMENTATION_STATUS_LABELS[status], STATUS_MEANINGS[status]]),
        ['Not applicable', 'The control is excluded; the justification is given in place of the reasons.'],
      ],
    ),
  ];
}

function summarySection(data: SoaExportData): (Paragraph | Table)[] {
  const { total, byTheme } = summariseSoa(data.rows);
  const s = total.byStatus;
  const intro =
    `Of the ${total.controls} Annex A controls, ${total.applicable} are applicable and ${total.excluded} ` +
    `${total.excluded === 1 ? 'is' : 'are'} excluded. Of the applicable controls, ` +
    `${s.implemented} ${s.implemented === 1 ? 'is' : 'are'} implemented (${percent(s.implemented, total.applicable)}), ` +
    `${s.partial} partially implemented, ${s.planned} planned and ${s['not-started']} not started.`;

  const statusWidths = columnWidths([3, 1.2, 1.8], Math.round(NARROW * 0.75));
  const statusRows = [
    headerRow(['Implementation status', 'Controls', 'Share of applicable'], statusWidths, {
      alignments: ['left', 'right', 'right'],
    }),
    ...STATUS_ORDER.map((status) =>
      bodyRow([
        cell(IMPLEMENTATION_STATUS_LABELS[status], { width: statusWidths[0] }),
        cell(String(s[status]), { width: statusWidths[1], align: 'right' }),
        cell(percent(s[status], total.applicable), { width: statusWidths[2], align: 'right' }),
      ]),
    ),
    bodyRow([
      cell('Applicable controls', { width: statusWidths[0], bold: true, fill: COLOURS.labelFill }),
      cell(String(total.applicable), { width: statusWidths[1], align: 'right', bold: true, fill: COLOURS.labelFill }),
      cell(percent(total.applicable, total.applicable), {
        width: statusWidths[2],
        align: 'right',
        bold: true,
        fill: COLOURS.labelFill,
      }),
    ]),
    bodyRow([
      cell('Excluded (not applicable)', { width: statusWidths[0] }),
      cell(String(total.excluded), { width: statusWidths[1], align: 'right' }),
      cell(EMPTY, { width: statusWidths[2], align: 'right' }),
    ]),
  ];

  const themeHeaders = [
    'Theme',
    'Controls',
    'Applicable',
    ...STATUS_ORDER.map((status) => IMPLEMENTATION_STATUS_LABELS[status]),
  ];
  const themeWidths = columnWidths([3.2, 1, 1.1, 1.2, 1.3, 1, 1.1], WIDTH * 0.8);
  const numberCell = (value: number, index: number, opts: CellOptions = {}) =>
    cell(String(value), { width: themeWidths[index], align: 'right', ...opts });
  const themeRow = (label: string, counts: Counts, opts: CellOptions = {}) =>
    bodyRow([
      cell(label, { width: themeWidths[0], ...opts }),
      numberCell(counts.controls, 1, opts),
      numberCell(counts.applicable, 2, opts),
      ...STATUS_ORDER.map((status, index) => numberCell(counts.byStatus[status], index + 3, opts)),
    ]);
  const themeRows = [
    headerRow(themeHeaders, themeWidths, { alignments: themeHeaders.map((_, i) => (i === 0 ? 'left' : 'right')) }),
    ...CONTROL_THEMES.filter((theme) => (byTheme.get(theme.id)?.controls ?? 0) > 0).map((theme) =>
      themeRow(`${theme.clause} ${theme.title}`, byTheme.get(theme.id)!),
    ),
    themeRow('All themes', total, { bold: true, fill: COLOURS.labelFill }),
  ];

  return [
    heading('Summary', 1),
    para(intro),
    heading('By implementation status', 2),
    table(statusRows, { columnWidths: statusWidths }),
    heading('By theme', 2),
    para('Implementation statuses count applicable controls only.', {
      style: STYLE.coverMeta,
      size: SIZES.small,
      keepNext: true,
    }),
    table(themeRows, { columnWidths: themeWidths }),
  ];
}

/** Control, title, applicable, reasons, status, how implemented, owner, evidence, last reviewed. */
const CONTROL_COLUMNS: readonly { label: string; weight: number }[] = [
  { label: 'Control', weight: 0.85 },
  { label: 'Title', weight: 1.9 },
  { label: 'Applicable', weight: 1.0 },
  { label: 'Reasons for inclusion or exclusion', weight: 2.15 },
  { label: 'Implementation status', weight: 1.55 },
  { label: 'How implemented', weight: 3.85 },
  { label: 'Owner', weight: 1.35 },
  { label: 'Evidence', weight: 2.2 },
  { label: 'Last reviewed', weight: 1.2 },
];

function reasonsCell(row: SoaRow, width: number | undefined, text: CellOptions): ReturnType<typeof cell> {
  const { entry } = row;
  if (!entry.applicable) {
    const justification = entry.exclusionJustification.trim() || 'No justification recorded.';
    const children: ParagraphChild[] = [
      new TextRun({ text: 'Excluded: ', bold: true }),
      ...runs(justification),
    ];
    return cell([para(children, { style: STYLE.tableTextCompact })], { width });
  }
  const labels = entry.reasons.map((reason) => SOA_REASON_LABELS[reason] ?? reason);
  return cell(labels.length > 0 ? labels : [EMPTY], { ...text, width });
}

function controlRow(row: SoaRow, widths: number[]) {
  const { control, entry } = row;
  const text: CellOptions = { style: STYLE.tableTextCompact };
  const muted: CellOptions = entry.applicable ? text : { ...text, colour: COLOURS.muted };
  const evidence = entry.evidence.map((item) => item.trim()).filter((item) => item !== '');
  return bodyRow([
    cell(`A.${control.id}`, { ...text, width: widths[0], bold: true, colour: COLOURS.heading }),
    cell(control.title, { ...text, width: widths[1] }),
    cell(entry.applicable ? 'Yes' : 'No', { ...text, width: widths[2], align: 'center', bold: !entry.applicable }),
    reasonsCell(row, widths[3], text),
    cell(entry.applicable ? IMPLEMENTATION_STATUS_LABELS[entry.status] ?? entry.status : 'Not applicable', {
      ...muted,
      width: widths[4],
    }),
    cell(entry.implementation.trim() || EMPTY, { ...muted, width: widths[5] }),
    cell(entry.owner.trim() || EMPTY, { ...text, width: widths[6] }),
    cell(evidence.length > 0 ? evidence : [EMPTY], { ...text, width: widths[7] }),
    cell(entry.lastReviewed ? formatDateShort(entry.lastReviewed) : EMPTY, { ...text, width: widths[8] }),
  ]);
}

function controlTable(rows: readonly SoaRow[]): Table {
  const widths = columnWidths(
    CONTROL_COLUMNS.map((column) => column.weight),
    WIDTH,
  );
  const tableRows = [
    headerRow(
      CONTROL_COLUMNS.map((column) => column.label),
      widths,
      { style: STYLE.tableHeading, size: SIZES.tableCompact },
    ),
  ];
  const themesInOrder = [
    ...CONTROL_THEMES,
    // Any theme the catalogue might add later still gets printed, after the known ones.
    ...[...new Set(rows.map((row) => row.control.theme))]
      .filter((id) => !CONTROL_THEMES.some((theme) => theme.id === id))
      .map((id) => ({ id, clause: '', title: id })),
  ];
  for (const theme of themesInOrder) {
    const themeRows = rows.filter((row) => row.control.theme === theme.id);
    if (themeRows.length === 0) continue;
    const label = `${theme.clause} ${theme.title}`.trim();
    tableRows.push(
      groupRow(`${label}  (${themeRows.length} control${themeRows.length === 1 ? '' : 's'})`, widths.length, WIDTH, {
        style: STYLE.tableText,
      }),
    );
    for (const row of themeRows) tableRows.push(controlRow(row, widths));
  }
  return table(tableRows, { columnWidths: widths });
}

function controlsSection(data: SoaExportData): (Paragraph | Table)[] {
  return [
    heading('Annex A controls', 1, { pageBreakBefore: true }),
    para(
      `The table lists all ${data.rows.length} Annex A controls with the decision taken on each, as of ` +
        `${formatDateLong(data.asOf)}.`,
      { keepNext: true },
    ),
    controlTable(data.rows),
  ];
}

function approvalSection(data: SoaExportData): (Paragraph | Table)[] {
  const dc = data.documentControl;
  const widths = [cm(4), cm(10)];
  const line = (label: string, value: string, height?: number) =>
    bodyRow(
      [
        cell(label, { width: widths[0], bold: true, colour: COLOURS.heading, borders: 'none', verticalAlign: 'bottom' }),
        cell(value, { width: widths[1], borders: 'bottom', verticalAlign: 'bottom' }),
      ],
      { height },
    );
  return [
    heading('Approval', 1),
    para(
      `By signing below, the approver confirms on behalf of ${data.organisation.legalName} that this Statement of ` +
        'Applicability records the controls selected to treat its information security risks, and accepts the ' +
        'exclusions and the implementation status it reports.',
      { keepNext: true },
    ),
    table(
      [
        line('Approver', dc.approver.trim() || data.organisation.defaultApprover.trim(), cm(0.9)),
        line('Date', dc.approvedOn ? formatDateLong(dc.approvedOn) : '', cm(0.9)),
        line('Signature', '', cm(1.6)),
      ],
      { columnWidths: widths, borders: 'none' },
    ),
  ];
}

// ---------------------------------------------------------------------------------------------------------------

/** Renders the Statement of Applicability as a .docx; the same data always gives the same bytes. */
export async function buildSoaDocx(data: SoaExportData): Promise<Buffer> {
  const dc = data.documentControl;
  const documentTitle = dc.title.trim() || DEFAULT_TITLE;
  const doc = new Document({
    creator: 'ISMS Workbook',
    lastModifiedBy: 'ISMS Workbook',
    title: documentTitle,
    subject: STANDARD,
    description: `${documentTitle} of ${data.organisation.legalName}, version ${dc.version}`,
    keywords: 'ISO/IEC 27001:2022; Annex A; Statement of Applicability',
    revision: 1,
    ...documentStyling(),
    sections: [
      {
        properties: { page: pageSetup(ORIENTATION), titlePage: true },
        ...headersAndFooters({ dc, organisation: data.organisation, orientation: ORIENTATION }),
        children: [
          ...cover(data),
          ...documentControlSection(data),
          ...purposeSection(data),
          ...summarySection(data),
          ...controlsSection(data),
          ...approvalSection(data),
        ],
      },
    ],
  });
  return normaliseZip(await Packer.toBuffer(doc), fixedDateFrom(data.asOf));
}
