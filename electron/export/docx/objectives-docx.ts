/**
 * The Information Security Objectives as a Word document (ISO/IEC 27001:2022 clauses 6.2 and 9.1): a cover,
 * document control, how objectives are set and monitored, a summary of where each stands, each objective in
 * detail with its measurements charted against the target, and top management's approval. Portrait A4.
 * Same data in, same bytes out.
 */
import { TextRun } from 'docx';
import { OBJECTIVE_STATUS_LABELS, formatMeasure, formatTarget, type Objective } from '../../../shared/domain/objectives';
import { STANDING_LABELS, TREND_LABELS, assessObjective, summariseObjectives, type ObjectiveAssessment, type Standing } from '../../../shared/rules/objective-status';
import type { ObjectivesExportData } from '../kinds/objectives-exports';
import { ALERT, approvalLines, controlSection, documentCover, documentTitle, plural, renderDocument, type Block } from './document-parts';
import { formatDateLong, formatDateShort } from './dates';
import { BAR_COLOURS, measurementChartTable } from './objectives-chart';
import { contentWidth } from './page-setup';
import { COLOURS, SIZES, STYLE } from './styles';
import { bodyRow, cell, columnWidths, headerRow, labelValueTable, table, type CellOptions } from './table-blocks';
import { EMPTY, heading, para } from './text-blocks';

const ORIENTATION = 'portrait' as const;
const WIDTH = contentWidth(ORIENTATION);
const STANDARD = 'ISO/IEC 27001:2022, clauses 6.2 and 9.1';

// ---------------------------------------------------------------------------------------------------------------
// The objectives document

const STANDING_MEANINGS: Record<Standing, string> = {
  'on-target': 'The latest result meets the target.',
  'off-target': 'The latest result misses the target; the owner explains why and what is being done in the note.',
  'not-measured': 'The objective has a target, but no result has been recorded yet.',
  'no-target': 'The objective has no numeric target; progress is evaluated as its evaluation method describes.',
  closed: 'The objective has been achieved or retired; its results are kept as a record.',
};

const STANDING_COLOURS: Partial<Record<Standing, string>> = { 'on-target': BAR_COLOURS.on, 'off-target': ALERT };

function purposeSection(data: ObjectivesExportData): Block[] {
  const org = data.organisation.legalName;
  return [
    heading('Purpose', 1, { pageBreakBefore: true }),
    para(
      `This document sets out the information security objectives of ${org}: what the organisation intends to achieve, ` +
        'how each objective is measured, who is responsible for it, the resources committed, when it is due and how ' +
        'its results are evaluated. It also holds every result recorded so far, so that progress can be followed over time.',
    ),
    para(
      'Objectives are set by top management in line with the Information Security Policy, and take account of the ' +
        'security requirements that apply to the organisation and of the results of risk assessment and treatment. ' +
        'Owners record results at the interval each objective states. Results are reviewed by management as they come ' +
        'in and at every management review, objectives are communicated to the staff who contribute to them, and they ' +
        'are updated when the business, the risks or the results call for it.',
    ),
    heading('How to read the results', 2),
    para('Each active objective with a numeric target is judged by its latest result:', { keepNext: true }),
    table(
      [
        headerRow(['Standing', 'Meaning'], columnWidths([1, 3.4], WIDTH)),
        ...(Object.keys(STANDING_MEANINGS) as Standing[]).map((s) =>
          bodyRow([
            cell(STANDING_LABELS[s], { width: columnWidths([1, 3.4], WIDTH)[0], bold: true, colour: STANDING_COLOURS[s] ?? COLOURS.heading }),
            cell(STANDING_MEANINGS[s], { width: columnWidths([1, 3.4], WIDTH)[1] }),
          ]),
        ),
      ],
      { columnWidths: columnWidths([1, 3.4], WIDTH) },
    ),
  ];
}

const compact: CellOptions = { style: STYLE.tableTextCompact };

function latestText(objective: Objective, a: ObjectiveAssessment): string {
  if (!a.latest) return 'None yet';
  const trend = a.trend ? `\n${TREND_LABELS[a.trend]}` : '';
  return `${formatMeasure(a.latest.value, objective.unit)}\n${formatDateShort(a.latest.measuredOn)}${trend}`;
}

function standingCell(a: ObjectiveAssessment, width: number) {
  const colour = STANDING_COLOURS[a.standing];
  const children = [para([new TextRun({ text: STANDING_LABELS[a.standing], bold: colour !== undefined, color: colour })], compact)];
  if (a.pastDue) children.push(para([new TextRun({ text: 'Past due date', bold: true, color: ALERT })], compact));
  return cell(children, { width });
}

function summarySection(data: ObjectivesExportData): Block[] {
  const s = summariseObjectives(data.objectives, data.asOf);
  const widths = columnWidths([0.8, 3.6, 1.3, 1.3, 1.2, 1.5, 1.1], WIDTH);
  const rows = [
    headerRow(['Ref', 'Objective', 'Target', 'Latest result', 'Standing', 'Owner', 'Due date'], widths, { size: SIZES.tableCompact }),
    ...data.objectives.map((o) => {
      const a = assessObjective(o, data.asOf);
      return bodyRow([
        cell(o.ref, { ...compact, width: widths[0], bold: true, colour: COLOURS.heading }),
        cell(o.objective, { ...compact, width: widths[1] }),
        cell(formatTarget(o) || EMPTY, { ...compact, width: widths[2] }),
        cell(latestText(o, a), { ...compact, width: widths[3] }),
        o.status === 'active' ? standingCell(a, widths[4]!) : cell(OBJECTIVE_STATUS_LABELS[o.status], { ...compact, width: widths[4], colour: COLOURS.muted }),
        cell(o.owner || EMPTY, { ...compact, width: widths[5] }),
        cell(o.dueDate ? formatDateShort(o.dueDate) : EMPTY, { ...compact, width: widths[6], ...(a.pastDue ? { bold: true, colour: ALERT } : {}) }),
      ]);
    }),
  ];
  const closed = s.achieved + s.retired;
  return [
    heading('Summary', 1, { pageBreakBefore: true }),
    para(
      `As of ${formatDateLong(data.asOf)}, ${plural(s.active, 'objective is', 'objectives are')} active: ${s.onTarget} on target, ` +
        `${s.offTarget} off target, ${s.notMeasured} not yet measured and ${s.active - s.onTarget - s.offTarget - s.notMeasured} without a numeric target. ` +
        `${s.pastDue === 0 ? 'None is' : plural(s.pastDue, 'is', 'are')} past its due date. ` +
        (closed > 0 ? `${plural(s.achieved, 'objective has', 'objectives have')} been achieved and ${s.retired} retired.` : ''),
      { keepNext: true },
    ),
    data.objectives.length > 0 ? table(rows, { columnWidths: widths }) : para('No information security objectives have been set yet.', { bold: true, colour: ALERT }),
  ];
}

function detailSection(objective: Objective, asOf: string): Block[] {
  const a = assessObjective(objective, asOf);
  const judged = a.onTarget === null ? '' : a.onTarget ? ', meeting the target' : ', missing the target';
  const trend = a.trend ? `; ${TREND_LABELS[a.trend].toLowerCase()} since the previous result` : '';
  const latest = a.latest ? `${formatMeasure(a.latest.value, objective.unit)} on ${formatDateLong(a.latest.measuredOn)}${judged}${trend}` : 'No result recorded yet';
  const due = objective.dueDate ? formatDateLong(objective.dueDate) + (a.pastDue ? ' (past due)' : '') : '';
  const out: Block[] = [
    heading(`${objective.ref}  ${objective.objective}`, 2),
    labelValueTable(
      [
        ['Status', OBJECTIVE_STATUS_LABELS[objective.status]],
        ['Measure', objective.measure],
        ['Target', formatTarget(objective) || 'No numeric target'],
        ['Latest result', latest],
        ['Owner', objective.owner],
        ['Resources', objective.resources],
        ['Due date', due],
        ['How results are evaluated', objective.evaluation],
      ],
      { width: WIDTH, labelShare: 0.24 },
    ),
  ];
  if (!a.measurable) {
    out.push(para('This objective has no measure with a numeric target, so results are not judged against one.', { italic: true, colour: COLOURS.muted, spacingBefore: 80 }));
  }
  if (objective.measurements.length === 0) {
    out.push(para('No measurements recorded yet.', { italic: true, spacingBefore: 80 }));
    return out;
  }
  out.push(
    para('Results, oldest first. Each bar is drawn to scale; the dark vertical line marks the target.', { style: STYLE.coverMeta, size: SIZES.small, spacingBefore: 120, keepNext: true }),
    measurementChartTable(objective, WIDTH),
  );
  return out;
}

export async function buildObjectivesDocx(data: ObjectivesExportData): Promise<Buffer> {
  const details = data.objectives.flatMap((o) => detailSection(o, data.asOf));
  return renderDocument(data, {
    title: documentTitle(data, 'objectives'),
    orientation: ORIENTATION,
    subject: STANDARD,
    keywords: 'ISO/IEC 27001:2022; information security objectives; monitoring and measurement',
    children: [
      ...documentCover(data, documentTitle(data, 'objectives'), STANDARD),
      ...controlSection(data, WIDTH),
      ...purposeSection(data),
      ...summarySection(data),
      ...(details.length > 0 ? [heading('Objectives in detail', 1, { pageBreakBefore: true }), ...details] : []),
      heading('Approval', 1, { pageBreakBefore: details.length === 0 }),
      para('By signing, top management approves these objectives and confirms that the resources they need are available.', { keepNext: true }),
      approvalLines(data),
    ],
  });
}
