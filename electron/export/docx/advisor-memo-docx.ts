/**
 * "SOC 2 or ISO 27001 first?" as a one-page memo: who it is to and from, the recommendation, the reasons tied to
 * the answers, the plan with typical durations and costs, and one line on where the figures come from. It is
 * advice to the organisation's leadership, not Stage 1 evidence, so it has no document-control page.
 */
import { Document, Footer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import {
  ADVISOR_QUESTIONS,
  COST_FIGURE_INFO,
  FIGURES_BASIS,
  formatFigure,
  type FigureRange,
} from '../../../shared/domain/advisor';
import { FRAMEWORK_NAMES, editedParts, type AdvisorReason, type Lean, type PlanStep } from '../../../shared/rules/framework-advisor';
import type { AdvisorMemoData } from '../kinds/advisor-exports';
import { formatDateLong } from './dates';
import { classificationOf, organisationDisplayName } from './document-control';
import { packDocument, type Block } from './document-parts';
import { logoImage } from './images';
import { cm, contentWidth, pageSetup } from './page-setup';
import { COLOURS, STYLE, documentStyling } from './styles';
import { bodyRow, cell, columnWidths, headerRow, table } from './table-blocks';
import { EMPTY, cleanText, heading, para, runs, title } from './text-blocks';

const WIDTH = contentWidth('portrait');
/** Marks a figure the user changed from the market-guide default. */
const EDITED_MARK = ' *';

export const MEMO_TITLE = 'SOC 2 or ISO 27001 first?';

const LEAN_LABELS: Record<Lean, string> = { soc2: 'SOC 2', iso: 'ISO 27001', both: 'Both', neutral: 'Neutral' };

/** The To / From / Date / Subject block, with a rule under it. */
function addressBlock(data: AdvisorMemoData): Block[] {
  const org = data.organisation;
  const widths = [cm(2.2), WIDTH - cm(2.2)];
  const rows: [string, string][] = [
    ['To', org.defaultApprover.trim() || `Leadership team, ${org.legalName}`],
    ['From', org.ismsOwner.trim() || `Information security, ${org.legalName}`],
    ['Date', formatDateLong(data.date)],
    ['Subject', `SOC 2 or ISO 27001 first: recommendation and plan for ${org.legalName}`],
  ];
  return [
    table(
      rows.map(([label, value]) =>
        bodyRow([
          cell(label, { width: widths[0], bold: true, colour: COLOURS.heading, borders: 'none', style: STYLE.normal }),
          cell(value, { width: widths[1], borders: 'none', style: STYLE.normal }),
        ]),
      ),
      { columnWidths: widths, borders: 'none' },
    ),
    new Paragraph({
      spacing: { before: 60, after: 0 },
      border: { bottom: { style: 'single', size: 8, color: COLOURS.accent, space: 4 } },
      children: [],
    }),
  ];
}

function topicOf(reason: AdvisorReason): string {
  if (reason.question === 'order') return 'Order';
  const question = ADVISOR_QUESTIONS.find((q) => q.id === reason.question)!;
  return question.topic.charAt(0).toUpperCase() + question.topic.slice(1);
}

function reasonsTable(reasons: readonly AdvisorReason[]): Block {
  const widths = columnWidths([4.6, 1.7, 10.7], WIDTH);
  return table(
    [
      headerRow(['Your answer', 'Points to', 'Why'], widths),
      ...reasons.map((reason) =>
        bodyRow([
          cell([para([new TextRun({ text: `${topicOf(reason)}: `, bold: true }), ...runs(reason.answer)], { style: STYLE.tableText })], {
            width: widths[0],
          }),
          cell(LEAN_LABELS[reason.lean], { width: widths[1] }),
          cell(reason.text, { width: widths[2] }),
        ]),
      ),
    ],
    { columnWidths: widths },
  );
}

const RECURRENCE_SUFFIX: Record<PlanStep['recurrence'], string> = { once: '', yearly: ' a year', 'every-3-years': ' each time' };

function figureCell(range: FigureRange | null, unit: 'months' | 'usd', edited: boolean, suffix = ''): string {
  if (!range) return EMPTY;
  return `${formatFigure(range, unit)}${suffix}${edited ? EDITED_MARK : ''}`;
}

function planTable(data: AdvisorMemoData): Block {
  const widths = columnWidths([4.4, 5.2, 2.9, 4.5], WIDTH);
  return table(
    [
      headerRow(['Step', 'When', 'Typical duration', 'Typical cost (US$)'], widths),
      ...data.advice.plan.map((step) => {
        const edited = editedParts(step, data.edited);
        return bodyRow([
          cell(step.title, { width: widths[0], bold: true }),
          cell(step.when, { width: widths[1] }),
          cell(figureCell(step.months, 'months', edited.months), { width: widths[2] }),
          cell(figureCell(step.cost, 'usd', edited.cost, RECURRENCE_SUFFIX[step.recurrence]), { width: widths[3] }),
        ]);
      }),
    ],
    { columnWidths: widths },
  );
}

/** The one line on where the figures come from, naming the overlap the second framework's cost rests on. */
function basisLine(data: AdvisorMemoData): Paragraph {
  const overlap = formatFigure(data.figures.controlOverlap, COST_FIGURE_INFO.controlOverlap.unit);
  const edited = data.edited.length > 0 ? ` * Edited by you.` : '';
  return para(`${FIGURES_BASIS} Adding the second framework assumes ${overlap} of controls are shared.${edited}`, {
    size: 16,
    colour: COLOURS.muted,
    spacingBefore: 100,
    spacingAfter: 0,
  });
}

function memoFooter(data: AdvisorMemoData): Footer {
  const classification = classificationOf({ classification: '' }, data.organisation);
  const parts = [organisationDisplayName(data.organisation), MEMO_TITLE, classification].filter((p) => p.trim() !== '');
  return new Footer({
    children: [new Paragraph({ style: STYLE.headerFooter, alignment: 'center', children: [new TextRun({ text: cleanText(parts.join('  |  ')) })] })],
  });
}

export async function buildAdvisorMemoDocx(data: AdvisorMemoData): Promise<Buffer> {
  const { advice } = data;
  const logo = data.logo ? logoImage(data.logo.data, { maxWidthCm: 3.5, maxHeightCm: 1.4, name: `${data.organisation.legalName} logo` }) : null;
  const headlineRuns: ParagraphChild[] = runs(advice.headline, { bold: true, size: 26, colour: COLOURS.heading });
  const children: Block[] = [
    ...(logo ? [new Paragraph({ spacing: { before: 0, after: 120 }, children: [logo] })] : []),
    title('Memo'),
    ...addressBlock(data),
    heading('Recommendation', 2),
    para(headlineRuns, { spacingAfter: 40 }),
    para(advice.summary, { spacingAfter: 0 }),
    heading('Why', 2),
    reasonsTable(advice.reasons),
    heading(`Plan: ${advice.order.map((f) => FRAMEWORK_NAMES[f]).join(', then ')}`, 2),
    planTable(data),
    basisLine(data),
  ];
  const doc = new Document({
    creator: 'ISMS Workbook',
    lastModifiedBy: 'ISMS Workbook',
    title: `${MEMO_TITLE} ${data.organisation.legalName}`,
    subject: 'Recommendation on SOC 2 and ISO/IEC 27001',
    description: `Framework advice for ${data.organisation.legalName}: ${advice.headline}`,
    keywords: 'SOC 2, ISO 27001, certification, attestation, plan',
    revision: 1,
    ...documentStyling(),
    sections: [{ properties: { page: pageSetup('portrait') }, footers: { default: memoFooter(data) }, children }],
  });
  return packDocument(doc, data.date);
}
