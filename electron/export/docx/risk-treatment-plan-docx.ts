/**
 * The Risk Treatment Plan as a Word document (ISO/IEC 27001:2022 clauses 6.1.3 e) and 8.3): the actions that put
 * the selected controls in place, grouped by risk, with owners, resources, due dates, status and evidence; the
 * risks retained and their acceptance; and the risk owners' approval of the plan and of the residual risk.
 * Landscape A4. Same data in, same bytes out.
 */
import { NoBreakHyphen, Paragraph, TableRow, TextRun } from 'docx';
import { controlLabel } from '../../../shared/catalog/annex-a';
import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  type Risk,
  type TreatmentAction,
} from '../../../shared/domain/risk';
import { acceptanceProblems } from '../../../shared/rules/risk-scoring';
import { isOverdue } from '../../../shared/rules/treatment-plan';
import type { RiskExportData } from '../risk-data';
import { formatDateLong, formatDateShort } from './dates';
import { riskLevelCell } from './heat-map';
import { cm, contentWidth } from './page-setup';
import { COLOURS, SIZES, STYLE } from './styles';
import { bodyRow, cell, columnWidths, headerRow, table, type CellOptions } from './table-blocks';
import { EMPTY, heading, para } from './text-blocks';
import { approvalLines, controlSection, documentCover, documentTitle, renderDocument, type Block } from './document-parts';

const ORIENTATION = 'landscape' as const;
const WIDTH = contentWidth(ORIENTATION);
const NARROW = Math.round(WIDTH * 0.66);
const STANDARD = 'ISO/IEC 27001:2022, clauses 6.1.3 e) and 8.3';
const ALERT = 'B42318';
const NO_OWNER = 'No owner assigned';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const isOpen = (a: TreatmentAction) => a.status === 'planned' || a.status === 'in-progress';
const compact: CellOptions = { style: STYLE.tableTextCompact };
const headerOpts = { style: STYLE.tableHeading, size: SIZES.tableCompact };

/** Actions grouped under their risk, in register order; risks being treated without actions get an empty group. */
function planGroups(data: RiskExportData): { risk: Risk; actions: TreatmentAction[] }[] {
  const byRisk = new Map<number, TreatmentAction[]>();
  for (const action of data.actions) {
    const list = byRisk.get(action.riskId) ?? [];
    list.push(action);
    byRisk.set(action.riskId, list);
  }
  return data.risks
    .filter((risk) => byRisk.has(risk.id) || (risk.treatment !== null && risk.treatment !== 'retain' && risk.status !== 'closed'))
    .map((risk) => ({ risk, actions: byRisk.get(risk.id) ?? [] }));
}

function purposeSection(data: RiskExportData): Block[] {
  return [
    heading('Purpose', 1, { pageBreakBefore: true }),
    para(
      `This plan sets out how ${data.organisation.legalName} will treat the information security risks identified in ` +
        'its risk assessment: for each risk, the actions that put the selected controls in place, who is responsible, ' +
        'the resources needed, when each action is due, and the evidence that shows it is complete.',
    ),
    para(
      'It is maintained by the ISMS owner, reviewed with the risk owners as actions progress, and approved by each ' +
        'risk owner, who thereby also accepts the residual risk that remains once the plan is carried out. The controls ' +
        'referred to are recorded in the Statement of Applicability; the method followed is described in the Risk ' +
        'Assessment and Treatment Methodology.',
    ),
  ];
}

function summarySection(data: RiskExportData, groups: { risk: Risk; actions: TreatmentAction[] }[]): Block[] {
  const byStatus = new Map<string, number>();
  let overdue = 0;
  for (const action of data.actions) {
    byStatus.set(action.status, (byStatus.get(action.status) ?? 0) + 1);
    if (isOverdue(action, data.asOf)) overdue += 1;
  }
  const withOpen = groups.filter((g) => g.actions.some(isOpen)).length;
  const withoutActions = groups.filter((g) => g.actions.length === 0).length;
  const half = Math.floor(NARROW / 2) - cm(0.3);
  const widths = columnWidths([2, 1], half);
  const countRow = (label: string, value: number, opts: CellOptions = {}) =>
    bodyRow([cell(label, { width: widths[0], ...opts }), cell(String(value), { width: widths[1], align: 'right', ...opts })]);
  const statusTable = table(
    [
      headerRow(['Action status', 'Actions'], widths, { alignments: ['left', 'right'] }),
      ...ACTION_STATUSES.map((s) => countRow(ACTION_STATUS_LABELS[s], byStatus.get(s) ?? 0)),
      countRow('All actions', data.actions.length, { bold: true, fill: COLOURS.labelFill }),
    ],
    { columnWidths: widths },
  );
  const figures = table(
    [
      headerRow(['Key figures', 'Count'], widths, { alignments: ['left', 'right'] }),
      countRow(`Overdue as of ${formatDateShort(data.asOf)}`, overdue, overdue > 0 ? { bold: true, colour: ALERT } : {}),
      countRow('Risks with open actions', withOpen),
      countRow('Risks under treatment with no action', withoutActions, withoutActions > 0 ? { bold: true, colour: ALERT } : {}),
    ],
    { columnWidths: widths },
  );
  return [
    heading('Summary', 1),
    para(
      `As of ${formatDateLong(data.asOf)} the plan holds ${plural(data.actions.length, 'action')} for ` +
        `${plural(groups.length, 'risk')}; ${plural(overdue, 'action is', 'actions are')} overdue and ` +
        `${plural(withOpen, 'risk has', 'risks have')} actions still open.`,
      { keepNext: true },
    ),
    statusTable,
    para('', { spacingAfter: 0 }),
    figures,
  ];
}

const PLAN_HEADER = ['Ref', 'Action', 'Control', 'Owner', 'Resources', 'Due date', 'Status', 'Completion evidence'];
const PLAN_WEIGHTS = [0.7, 3.2, 2.2, 1.4, 1.9, 1, 1.1, 2.5];

function actionRow(action: TreatmentAction, widths: number[], asOf: string): TableRow {
  const late = isOverdue(action, asOf);
  const status = [
    para(ACTION_STATUS_LABELS[action.status] ?? action.status, compact),
    ...(late ? [para([new TextRun({ text: 'Overdue', bold: true, color: ALERT })], compact)] : []),
  ];
  const evidence = action.completionEvidence.trim();
  const done = action.completedOn ? `Completed ${formatDateShort(action.completedOn)}` : '';
  return bodyRow([
    cell(action.ref, { ...compact, width: widths[0], bold: true, colour: COLOURS.heading }),
    cell(action.title, { ...compact, width: widths[1] }),
    cell(action.controlId ? controlLabel(action.controlId) : EMPTY, { ...compact, width: widths[2] }),
    cell(action.owner || EMPTY, { ...compact, width: widths[3] }),
    cell(action.resources || EMPTY, { ...compact, width: widths[4] }),
    cell(action.dueDate ? formatDateShort(action.dueDate) : EMPTY, { ...compact, width: widths[5], ...(late ? { bold: true, colour: ALERT } : {}) }),
    cell(status, { width: widths[6] }),
    cell([evidence, done].filter(Boolean).join('\n') || EMPTY, { ...compact, width: widths[7] }),
  ]);
}

function planSection(data: RiskExportData, groups: { risk: Risk; actions: TreatmentAction[] }[]): Block[] {
  const widths = columnWidths(PLAN_WEIGHTS, WIDTH);
  const lead = widths.slice(0, 6).reduce((a, b) => a + b, 0);
  const rows: TableRow[] = [headerRow(PLAN_HEADER, widths, headerOpts)];
  for (const { risk, actions } of groups) {
    const score = risk.residualLikelihood !== null && risk.residualImpact !== null ? `${risk.residualLikelihood} × ${risk.residualImpact}` : undefined;
    rows.push(
      new TableRow({
        cantSplit: true,
        keepNext: true,
        children: [
          cell(
            [
              para(
                [
                  new TextRun({ text: `${risk.ref}  ${risk.title}`, bold: true, color: COLOURS.heading }),
                  new TextRun({ text: `   Risk owner: ${risk.owner.trim() || NO_OWNER}`, color: COLOURS.muted }),
                ],
                { style: STYLE.tableText },
              ),
            ],
            { width: lead, columnSpan: 6, fill: COLOURS.groupFill, verticalAlign: 'center' },
          ),
          riskLevelCell(data.method, risk.residualLevel, { width: widths[6]! + widths[7]!, columnSpan: 2, prefix: 'Residual: ', detail: score, inline: true }),
        ],
      }),
    );
    if (actions.length === 0) {
      rows.push(bodyRow([cell('No actions recorded yet for this risk.', { ...compact, italic: true, colour: ALERT, columnSpan: widths.length, width: WIDTH })]));
    }
    for (const action of actions) rows.push(actionRow(action, widths, data.asOf));
  }
  return [
    heading('Treatment actions', 1, { pageBreakBefore: true }),
    para(
      'Actions are grouped by the risk they treat, with the residual level expected once they are complete. ' +
        `Open actions past their due date on ${formatDateLong(data.asOf)} are marked overdue.`,
      { keepNext: true },
    ),
    groups.length > 0 ? table(rows, { columnWidths: widths }) : para('No treatment actions have been planned yet.'),
  ];
}

function retainedSection(data: RiskExportData): Block[] {
  const { method } = data;
  const retained = data.risks.filter((r) => r.treatment === 'retain');
  const out: Block[] = [heading('Risks retained', 1)];
  if (retained.length === 0) return [...out, para('No risk is treated by retaining it.')];
  const widths = columnWidths([0.7, 2.6, 1.4, 1, 1.4, 1, 3, 2.4], WIDTH);
  const rows = [headerRow(['Ref', 'Risk', 'Owner', 'Residual', 'Accepted by', 'Accepted on', 'Rationale', 'Remarks'], widths, headerOpts)];
  for (const risk of retained) {
    const problems = acceptanceProblems(method, risk);
    rows.push(
      bodyRow([
        cell(risk.ref, { ...compact, width: widths[0], bold: true, colour: COLOURS.heading }),
        cell(risk.title, { ...compact, width: widths[1] }),
        cell(risk.owner || EMPTY, { ...compact, width: widths[2] }),
        riskLevelCell(method, risk.residualLevel, { width: widths[3], style: STYLE.tableTextCompact }),
        cell(risk.acceptedBy || EMPTY, { ...compact, width: widths[4] }),
        cell(risk.acceptedOn ? formatDateShort(risk.acceptedOn) : EMPTY, { ...compact, width: widths[5] }),
        cell(risk.acceptanceRationale || EMPTY, { ...compact, width: widths[6] }),
        problems.length > 0
          ? cell(problems, { ...compact, width: widths[7], paragraphs: true, bold: true, colour: ALERT })
          : cell('Within the acceptance criteria', { ...compact, width: widths[7], colour: COLOURS.muted }),
      ]),
    );
  }
  out.push(
    para('These risks are kept without further treatment; their acceptance is recorded below.', { keepNext: true }),
    table(rows, { columnWidths: widths }),
  );
  return out;
}

/** References joined by commas, their hyphens non-breaking so that "R-046" never splits across lines. */
function refsParagraph(refs: readonly string[]): Paragraph {
  const children = refs.join(', ').split('-').flatMap((part, i) => (i === 0 ? [part] : [new NoBreakHyphen(), part]));
  return para([new TextRun({ children })], compact);
}

function approvalSection(data: RiskExportData): Block[] {
  const owners = new Map<string, string[]>();
  for (const risk of data.risks) {
    const owner = risk.owner.trim() || NO_OWNER;
    const refs = owners.get(owner) ?? [];
    refs.push(risk.ref);
    owners.set(owner, refs);
  }
  const names = [...owners.keys()].sort((a, b) => (a === NO_OWNER ? 1 : b === NO_OWNER ? -1 : a.localeCompare(b, 'en')));
  const widths = columnWidths([2.2, 4.4, 2.6, 1.4], WIDTH);
  const rows = [
    headerRow(['Risk owner', 'Risks owned', 'Signature', 'Date'], widths),
    ...names.map((name) =>
      bodyRow(
        [
          cell(name, { width: widths[0], bold: true, colour: name === NO_OWNER ? ALERT : COLOURS.heading }),
          cell([refsParagraph(owners.get(name)!)], { width: widths[1] }),
          cell('', { width: widths[2] }),
          cell('', { width: widths[3] }),
        ],
        { height: cm(1.2) },
      ),
    ),
  ];
  return [
    heading('Approval', 1, { pageBreakBefore: true }),
    heading('Risk owners\u2019 acceptance', 2),
    para(
      'By signing, each risk owner approves the treatment actions for the risks they own and accepts the residual ' +
        'risk that will remain once those actions are complete, within the authority the acceptance criteria give them.',
      { keepNext: true },
    ),
    table(rows, { columnWidths: widths }),
    heading('Plan approval', 2),
    para('The approver confirms that the resources this plan needs are made available.', { keepNext: true }),
    approvalLines(data),
  ];
}

/** Renders the Risk Treatment Plan as a .docx; the same data always gives the same bytes. */
export async function buildRiskTreatmentPlanDocx(data: RiskExportData): Promise<Buffer> {
  const groups = planGroups(data);
  return renderDocument(data, {
    title: documentTitle(data, 'risk-treatment-plan'),
    orientation: ORIENTATION,
    subject: STANDARD,
    keywords: 'ISO/IEC 27001:2022; risk treatment plan; residual risk; acceptance',
    children: [
      ...documentCover(data, documentTitle(data, 'risk-treatment-plan'), STANDARD),
      ...controlSection(data, NARROW),
      ...purposeSection(data),
      ...summarySection(data, groups),
      ...planSection(data, groups),
      ...retainedSection(data),
      ...approvalSection(data),
    ],
  });
}
