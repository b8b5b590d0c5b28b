/**
 * SOC 2 readiness from the ISO 27001 control set, as a Word document: a cover, document control, an executive
 * summary that says what the figures mean and what they do not, one table per Trust Services Category in scope
 * (criterion, readiness, mapped Annex A controls with their SoA status, what to add), and a closing list of what
 * to add. Landscape A4. Same data in, same bytes out.
 */
import { TextRun, type Paragraph } from 'docx';
import { SOC2_SERIES, TSC_CATEGORY_LABELS } from '../../../shared/catalog/soc2';
import { SOC2_REPORT_EXPECTATIONS } from '../../../shared/catalog/soc2-gap-notes';
import { IMPLEMENTATION_STATUS_LABELS } from '../../../shared/domain/soa';
import type { CriterionReadinessStatus, MappedControlStatus, Soc2CriterionReadiness } from '../../../shared/domain/soc2-readiness';
import { CRITERION_STATUS_LABELS, GAP_BELOW, controlsToWorkOn } from '../../../shared/rules/soc2-readiness';
import type { Soc2ExportData } from '../kinds/soc2-exports';
import { bullet, cellBullet } from './context-docx';
import { ALERT, controlSection, documentCover, plural, renderDocument, type Block } from './document-parts';
import { formatDateLong } from './dates';
import { contentWidth } from './page-setup';
import { COLOURS, SIZES, STYLE } from './styles';
import { bodyRow, cell, columnWidths, groupRow, headerRow, table, type CellOptions } from './table-blocks';
import { heading, para } from './text-blocks';

const ORIENTATION = 'landscape' as const;
const WIDTH = contentWidth(ORIENTATION);
const DEFAULT_TITLE = 'SOC 2 Readiness from the ISO 27001 Control Set';
const SUBJECT = 'SOC 2 Trust Services Criteria read against ISO/IEC 27001:2022 Annex A';

export const STATUS_COLOURS: Record<CriterionReadinessStatus, string> = { ready: '1E6B43', partial: '9A4A06', gap: ALERT };

const compact: CellOptions = { style: STYLE.tableTextCompact };

function counts(criteria: readonly Soc2CriterionReadiness[]) {
  const of = (status: CriterionReadinessStatus) => criteria.filter((c) => c.status === status).length;
  return { ready: of('ready'), partial: of('partial'), gap: of('gap') };
}

function summarySection(data: Soc2ExportData): Block[] {
  const { readiness } = data;
  const org = data.organisation.legalName;
  const all = counts(readiness.criteria);
  const widths = columnWidths([3.2, 1, 1, 1.1, 1, 1.1], WIDTH);
  const rows = [
    headerRow(['Trust Services Category', 'Criteria', 'Ready', 'Partly ready', 'Gap', 'Readiness'], widths, {
      alignments: ['left', 'right', 'right', 'right', 'right', 'right'],
    }),
    ...readiness.byCategory.map((b) => {
      const c = counts(readiness.criteria.filter((x) => x.category === b.category));
      return bodyRow([
        cell(b.label, { width: widths[0], bold: true, colour: COLOURS.heading }),
        ...[b.criteria, c.ready, c.partial, c.gap].map((n, i) => cell(String(n), { width: widths[i + 1], align: 'right' })),
        cell(`${b.readiness}%`, { width: widths[5], align: 'right', bold: true }),
      ]);
    }),
    bodyRow([
      cell('All criteria in scope', { width: widths[0], bold: true }),
      ...[readiness.criteria.length, all.ready, all.partial, all.gap].map((n, i) => cell(String(n), { width: widths[i + 1], align: 'right', bold: true })),
      cell(`${readiness.overall}%`, { width: widths[5], align: 'right', bold: true }),
    ]),
  ];
  return [
    heading('Executive summary', 1, { pageBreakBefore: true }),
    para(
      `As of ${formatDateLong(data.asOf)}, the ISO/IEC 27001 controls recorded in the Statement of Applicability of ${org} ` +
        `give an overall SOC 2 readiness of ${readiness.overall}% across the ${plural(readiness.criteria.length, 'criterion', 'criteria')} ` +
        `in scope: ${all.ready} ready, ${all.partial} partly ready and ${plural(all.gap, 'gap')}. ` +
        `The categories in scope are ${readiness.byCategory.map((b) => b.label).join(', ')}; Security is always included.`,
      { keepNext: true },
    ),
    table(rows, { columnWidths: widths }),
    heading('How the figure is worked out', 2),
    bullet(
      'Each Annex A control mapped to a criterion earns credit from its status in the Statement of Applicability: implemented 1, ' +
        'partially implemented ½, planned ¼, not started 0. A control the Statement of Applicability excludes earns nothing, because the criterion relies on it.',
    ),
    bullet(
      'Where SOC 2 expects a practice that an ISO 27001 control set does not provide (a code of conduct, independent board oversight, a privacy notice), ' +
        'that expectation earns credit only once it is recorded as in place. It counts as one more control, or as much as all the mapped controls together where they cover little of the criterion.',
    ),
    bullet(
      `A criterion's readiness is the weighted mean of these credits. It is ready at 100%, has a gap below ${GAP_BELOW}%, and is partly ready in between. ` +
        'Category and overall figures are plain means over their criteria, so each criterion counts the same.',
    ),
    heading('What the figure does not mean', 2),
    para(
      'This is a self-assessment of readiness, not a SOC 2 report and not an opinion. A SOC 2 report is issued by an independent CPA firm, the service auditor. ' +
        'In a Type 1 examination the auditor judges whether controls are suitably designed at a point in time; in a Type 2 examination the auditor also tests, ' +
        'by sampling evidence, whether they operated effectively throughout an observation period, usually three to twelve months.',
    ),
    para(
      'The figures rest on implementation statuses the organisation has recorded, which nobody has tested. A control recorded as implemented still needs evidence ' +
        'that it operated throughout the period. The mapping links each criterion to the Annex A controls that substantially support it; several criteria are also ' +
        'served by the ISMS clauses themselves (risk assessment, internal audit, management review), which the figure does not count.',
    ),
  ];
}

function controlLine(control: MappedControlStatus): Paragraph {
  const status = control.applicable ? IMPLEMENTATION_STATUS_LABELS[control.status] : 'Excluded in the SoA';
  const short = !control.applicable || control.credit < 1;
  return para(
    [
      new TextRun({ text: `A.${control.controlId} `, bold: true }),
      new TextRun({ text: `${control.title}: ` }),
      new TextRun({ text: status, bold: short, color: short ? STATUS_COLOURS[control.applicable && control.credit > 0 ? 'partial' : 'gap'] : undefined }),
    ],
    compact,
  );
}

function criterionRow(c: Soc2CriterionReadiness, widths: readonly number[]) {
  const controls = c.controls.map(controlLine);
  if (c.beyondIso?.inPlace) controls.push(para([new TextRun({ text: 'SOC 2-specific practice: ', bold: true }), new TextRun({ text: 'in place' })], compact));
  const gaps = c.gaps.length > 0 ? c.gaps.map(cellBullet) : [para('Nothing to add.', { ...compact, colour: COLOURS.muted, italic: true })];
  return bodyRow([
    cell(c.id, { ...compact, width: widths[0], bold: true, colour: COLOURS.heading }),
    cell(c.title, { ...compact, width: widths[1] }),
    cell(
      [
        para([new TextRun({ text: `${c.readiness}%`, bold: true })], compact),
        para([new TextRun({ text: CRITERION_STATUS_LABELS[c.status], color: STATUS_COLOURS[c.status], bold: c.status !== 'ready' })], compact),
      ],
      { width: widths[2] },
    ),
    cell(controls, { width: widths[3] }),
    cell(gaps, { width: widths[4] }),
  ]);
}

function categorySection(data: Soc2ExportData, index: number): Block[] {
  const summary = data.readiness.byCategory[index]!;
  const criteria = data.readiness.criteria.filter((c) => c.category === summary.category);
  const c = counts(criteria);
  const widths = columnWidths([0.8, 2, 1, 3.6, 5.2], WIDTH);
  const rows = [headerRow(['Criterion', 'Title', 'Readiness', 'Mapped ISO 27001 controls and SoA status', 'What to add'], widths, { size: SIZES.tableCompact })];
  for (const series of SOC2_SERIES.filter((s) => s.category === summary.category)) {
    const own = criteria.filter((x) => x.series === series.id);
    if (own.length === 0) continue;
    rows.push(groupRow(`${series.id}  ${series.title}`, widths.length, WIDTH), ...own.map((x) => criterionRow(x, widths)));
  }
  return [
    heading(summary.label, 1, { pageBreakBefore: true }),
    para(`${plural(summary.criteria, 'criterion', 'criteria')}: ${c.ready} ready, ${c.partial} partly ready, ${plural(c.gap, 'gap')}. Readiness ${summary.readiness}%.`, {
      keepNext: true,
    }),
    table(rows, { columnWidths: widths }),
  ];
}

function controlsToAdd(data: Soc2ExportData): Block[] {
  const work = controlsToWorkOn(data.readiness);
  const out: Block[] = [
    heading('Controls to decide, implement or finish', 2),
    para(
      'Each line is one change in the Statement of Applicability. Controls holding up the most criteria come first; finishing one raises every criterion listed beside it.',
      { keepNext: true },
    ),
  ];
  if (work.length === 0) return [...out, para('Every Annex A control the criteria in scope rely on is recorded as implemented.', { italic: true })];
  const widths = columnWidths([0.8, 3, 1.6, 5], WIDTH);
  out.push(
    table(
      [
        headerRow(['Control', 'Title', 'SoA status', 'Criteria waiting on it'], widths),
        ...work.map((w) =>
          bodyRow([
            cell(`A.${w.controlId}`, { width: widths[0], bold: true, colour: COLOURS.heading }),
            cell(w.title, { width: widths[1] }),
            cell(w.applicable ? IMPLEMENTATION_STATUS_LABELS[w.status] : 'Excluded', { width: widths[2], colour: STATUS_COLOURS[w.credit > 0 ? 'partial' : 'gap'], bold: true }),
            cell(w.criteria.map((x) => x.id).join(', '), { width: widths[3] }),
          ]),
        ),
      ],
      { columnWidths: widths },
    ),
  );
  return out;
}

function practicesToAdd(data: Soc2ExportData): Block[] {
  const withNote = data.readiness.criteria.filter((c) => c.beyondIso);
  const out: Block[] = [heading('Practices SOC 2 expects beyond the ISO control set', 2)];
  if (withNote.length === 0) return [...out, para('None of the criteria in scope asks for more than its mapped controls provide.', { italic: true })];
  const widths = columnWidths([0.8, 2, 7.2, 1.2], WIDTH);
  out.push(
    para('Record each one as in place on the SOC 2 readiness screen once it exists and has evidence; until then it counts against the criterion.', { keepNext: true }),
    table(
      [
        headerRow(['Criterion', 'Title', 'What SOC 2 expects', 'In place'], widths),
        ...withNote.map((c) =>
          bodyRow([
            cell(c.id, { width: widths[0], bold: true, colour: COLOURS.heading }),
            cell(c.title, { width: widths[1] }),
            cell(c.beyondIso!.text, { width: widths[2] }),
            cell(c.beyondIso!.inPlace ? 'Yes' : 'Not yet', { width: widths[3], bold: !c.beyondIso!.inPlace, colour: c.beyondIso!.inPlace ? undefined : ALERT }),
          ]),
        ),
      ],
      { columnWidths: widths },
    ),
  );
  return out;
}

function whatToAddSection(data: Soc2ExportData): Block[] {
  return [
    heading('What to add', 1, { pageBreakBefore: true }),
    ...controlsToAdd(data),
    ...practicesToAdd(data),
    heading('For the SOC 2 report itself', 2),
    para('Whatever the criteria, a SOC 2 examination also needs these, which no ISO 27001 certificate provides:', { keepNext: true }),
    ...SOC2_REPORT_EXPECTATIONS.map((e) => para([new TextRun({ text: `${e.title}. `, bold: true }), new TextRun({ text: e.detail })], { spacingAfter: 100 })),
  ];
}

export async function buildSoc2ReadinessDocx(data: Soc2ExportData): Promise<Buffer> {
  const title = data.documentControl.title.trim() || DEFAULT_TITLE;
  const scope = data.readiness.categories.map((c) => TSC_CATEGORY_LABELS[c]).join(', ');
  return renderDocument(data, {
    title,
    orientation: ORIENTATION,
    subject: SUBJECT,
    keywords: 'SOC 2; Trust Services Criteria; ISO/IEC 27001:2022; Annex A; readiness; crosswalk',
    children: [
      ...documentCover(data, title, SUBJECT, {
        extra: [
          ['Categories in scope', scope],
          ['Overall readiness', `${data.readiness.overall}%`],
        ],
        valueWidth: 14000,
      }),
      ...controlSection(data, WIDTH),
      ...summarySection(data),
      ...data.readiness.byCategory.flatMap((_, index) => categorySection(data, index)),
      ...whatToAddSection(data),
    ],
  });
}
