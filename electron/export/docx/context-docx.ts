/**
 * Context of the Organisation as a Word document (ISO/IEC 27001:2022 clause 4.1): the internal and external
 * issues, how each affects the ISMS, and the risks they give rise to. Portrait A4. Same data in, same bytes out.
 *
 * The cover, document-control section, signature lines and document assembly shared by the four clause 4 and 5.3
 * documents (context, interested parties, scope, roles) live here too.
 */
import { Paragraph, TabStopType, TextRun } from 'docx';
import { CONTROLLED_DOCUMENTS, type ControlledDocumentKey } from '../../../shared/domain/controlled-documents';
import {
  ISSUE_CATEGORIES,
  ISSUE_CATEGORY_LABELS,
  ISSUE_KIND_LABELS,
  linkedRisks,
  type ContextIssue,
  type InterestedParty,
  type IsmsRole,
  type IsmsScope,
  type IssueKind,
} from '../../../shared/domain/context';
import type { Organisation } from '../../../shared/domain/organisation';
import type { Risk } from '../../../shared/domain/risk';
import type { RiskMethod } from '../../../shared/domain/risk-method';
import { type DocumentControlWithHistory } from '../../../shared/domain/workbook';
import { approvalLines, controlSection, documentCover, documentTitle, plural, renderDocument, type Block } from './document-parts';
import { riskLevelCell } from './heat-map';
import { contentWidth } from './page-setup';
import { COLOURS, STYLE } from './styles';
import { bodyRow, cell, columnWidths, headerRow, table } from './table-blocks';
import { EMPTY, heading, para, runs } from './text-blocks';

/** Everything the four documents need, read in one go so they agree with each other. */
export interface ContextExportData {
  organisation: Organisation;
  logo: { data: Buffer; mime: string } | null;
  documentControl: DocumentControlWithHistory;
  /** Document IDs of the four documents, so each can refer to the others by the IDs the user gave them. */
  documentIds: Record<'context' | 'interested-parties' | 'scope' | 'roles', string>;
  issues: ContextIssue[];
  parties: InterestedParty[];
  scope: IsmsScope;
  roles: IsmsRole[];
  risks: Risk[];
  method: RiskMethod;
  /** The day of the workbook's latest change (YYYY-MM-DD): the document date. */
  asOf: string;
}

export const WIDTH = contentWidth('portrait');
const STANDARD = 'ISO/IEC 27001:2022';

// ---------------------------------------------------------------------------------------------------------------
// Parts shared by the four documents

/** The cover page, document control and revision history, as every exported document starts. */
export function opening(data: ContextExportData, key: ControlledDocumentKey): Block[] {
  return [
    ...documentCover(data, documentTitle(data, key), `${STANDARD}, clause ${CONTROLLED_DOCUMENTS[key].clause}`),
    ...controlSection(data, WIDTH),
  ];
}

/** Name, date and signature lines for the approver. */
export function approvalBlock(data: ContextExportData, statement: string): Block[] {
  return [heading('Approval', 1), para(statement, { keepNext: true }), approvalLines(data)];
}

export function bullet(text: string): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: runs(text) });
}

/** A bulleted line inside a table cell, with a hanging indent so wrapped lines align with the text. */
export function cellBullet(text: string): Paragraph {
  return new Paragraph({
    style: STYLE.tableText,
    indent: { left: 200, hanging: 200 },
    tabStops: [{ type: TabStopType.LEFT, position: 200 }],
    children: [new TextRun({ text: '\u2022\t' }), ...runs(text)],
  });
}

/** A bold lead-in followed by text, inside a table cell. */
export function labelled(label: string, text: string): Paragraph {
  return para([new TextRun({ text: `${label} `, bold: true }), ...runs(text)], { style: STYLE.tableText });
}

/** Packs one of the four documents with the house styles, header and footer; the bytes depend on the data only. */
export async function renderContextDocument(
  data: ContextExportData,
  key: ControlledDocumentKey,
  spec: { subject: string; keywords: string; children: Block[] },
): Promise<Buffer> {
  return renderDocument(data, { title: documentTitle(data, key), orientation: 'portrait', ...spec });
}

// ---------------------------------------------------------------------------------------------------------------
// Context of the organisation

function purposeSection(data: ContextExportData): Block[] {
  const org = data.organisation.legalName;
  const cycle = data.organisation.reviewCycleMonths;
  const climate = data.issues.filter((issue) => issue.category === 'environmental');
  return [
    heading('Purpose', 1, { pageBreakBefore: true }),
    para(
      `This document records the internal and external issues that bear on ${org}\u2019s purpose and on the ability ` +
        'of its information security management system (ISMS) to achieve what it is meant to achieve. For each issue ' +
        'it states how the issue affects the ISMS and which risks in the risk register it gives rise to, so that the ' +
        'risk assessment, the scope and the objectives can be traced back to the context they respond to.',
    ),
    para(
      `The issues are reviewed at every management review, at least every ${plural(cycle, 'month')}, and whenever ` +
        'the business, its technology, its obligations or its surroundings change significantly. The requirements of ' +
        `interested parties are recorded separately, in ${data.documentIds['interested-parties']}.`,
    ),
    para(
      climate.length > 0
        ? `Climate change has been considered as a possible issue and is judged relevant: see ${climate.map((i) => i.ref).join(', ')}.`
        : 'No environmental or climate-related issue is recorded. The organisation should record whether climate change is a relevant issue and why.',
    ),
  ];
}

function summarySection(data: ContextExportData): Block[] {
  const count = (kind: IssueKind, category?: string) =>
    data.issues.filter((i) => i.kind === kind && (category === undefined || i.category === category)).length;
  const used = ISSUE_CATEGORIES.filter((category) => data.issues.some((i) => i.category === category));
  const widths = columnWidths([3, 1, 1, 1], Math.round(WIDTH * 0.7));
  const row = (label: string, internal: number, external: number, bold = false) =>
    bodyRow([
      cell(label, { width: widths[0], bold, fill: bold ? COLOURS.labelFill : undefined }),
      ...[internal, external, internal + external].map((n, index) =>
        cell(String(n), { width: widths[index + 1], align: 'right', bold, fill: bold ? COLOURS.labelFill : undefined }),
      ),
    ]);
  const linked = new Set(data.issues.flatMap((i) => linkedRisks(i, data.risks).map((r) => r.id)));
  return [
    heading('Summary', 1),
    para(
      `${plural(data.issues.length, 'issue')} ${data.issues.length === 1 ? 'is' : 'are'} recorded: ${count('internal')} internal and ` +
        `${count('external')} external. Together they give rise to ${plural(linked.size, 'risk')} in the risk register.`,
      { keepNext: true },
    ),
    table(
      [
        headerRow(['Category', 'Internal', 'External', 'Total'], widths, { alignments: ['left', 'right', 'right', 'right'] }),
        ...used.map((category) => row(ISSUE_CATEGORY_LABELS[category], count('internal', category), count('external', category))),
        row('All categories', count('internal'), count('external'), true),
      ],
      { columnWidths: widths },
    ),
  ];
}

const ISSUE_WIDTHS = columnWidths([1.15, 5.2, 2.1, 5.6, 1.55], WIDTH);

function issueRow(issue: ContextIssue, data: ContextExportData) {
  const risks = linkedRisks(issue, data.risks).map((r) => r.ref);
  const description = issue.description.trim();
  return bodyRow([
    cell(issue.ref, { width: ISSUE_WIDTHS[0], bold: true, colour: COLOURS.heading }),
    cell(
      [
        para(issue.title, { style: STYLE.tableText, bold: true }),
        ...(description ? [para(description, { style: STYLE.tableText, colour: COLOURS.muted })] : []),
      ],
      { width: ISSUE_WIDTHS[1] },
    ),
    cell(ISSUE_CATEGORY_LABELS[issue.category] ?? issue.category, { width: ISSUE_WIDTHS[2] }),
    cell(issue.effect.trim() || 'Not yet assessed', { width: ISSUE_WIDTHS[3], italic: issue.effect.trim() === '' }),
    cell(risks.length > 0 ? risks : ['None'], { width: ISSUE_WIDTHS[4] }),
  ]);
}

function issuesSection(data: ContextExportData, kind: IssueKind): Block[] {
  const issues = data.issues.filter((i) => i.kind === kind);
  const label = ISSUE_KIND_LABELS[kind];
  const intro =
    kind === 'internal'
      ? 'Issues arising inside the organisation: its structure, people, culture, processes, technology and plans.'
      : 'Issues arising outside the organisation: law and regulation, customers and markets, suppliers, technology and the threat landscape, the economy and the environment.';
  return [
    heading(`${label} issues`, 1, { pageBreakBefore: kind === 'internal' }),
    para(intro, { keepNext: true }),
    issues.length === 0
      ? para(`No ${label.toLowerCase()} issue is recorded.`, { italic: true })
      : table([headerRow(['Ref', 'Issue', 'Category', 'How it affects the ISMS', 'Risks'], ISSUE_WIDTHS), ...issues.map((i) => issueRow(i, data))], {
          columnWidths: ISSUE_WIDTHS,
        }),
  ];
}

function risksSection(data: ContextExportData): Block[] {
  const issuesByRisk = new Map<number, string[]>();
  for (const issue of data.issues) {
    for (const risk of linkedRisks(issue, data.risks)) issuesByRisk.set(risk.id, [...(issuesByRisk.get(risk.id) ?? []), issue.ref]);
  }
  const risks = data.risks.filter((r) => issuesByRisk.has(r.id)).sort((a, b) => a.ref.localeCompare(b.ref, undefined, { numeric: true }));
  const widths = columnWidths([1.1, 5.6, 2.6, 1.7, 1.6], WIDTH);
  return [
    heading('Risks arising from the context', 1, { pageBreakBefore: true }),
    para('The risks below were identified from the issues in this document and are assessed and treated in the risk register.', { keepNext: true }),
    risks.length === 0
      ? para('No issue is linked to a risk yet.', { italic: true })
      : table(
          [
            headerRow(['Risk', 'Title', 'Owner', 'Residual level', 'Issues'], widths),
            ...risks.map((risk) =>
              bodyRow([
                cell(risk.ref, { width: widths[0], bold: true, colour: COLOURS.heading }),
                cell(risk.title, { width: widths[1] }),
                cell(risk.owner || EMPTY, { width: widths[2] }),
                risk.residualLevel
                  ? riskLevelCell(data.method, risk.residualLevel, { width: widths[3] })
                  : cell('Not yet rated', { width: widths[3], italic: true, colour: COLOURS.muted, align: 'center' }),
                cell(issuesByRisk.get(risk.id) ?? [], { width: widths[4] }),
              ]),
            ),
          ],
          { columnWidths: widths },
        ),
  ];
}

/** Renders the Context of the Organisation as a .docx; the same data always gives the same bytes. */
export function buildContextDocx(data: ContextExportData): Promise<Buffer> {
  return renderContextDocument(data, 'context', {
    subject: `${STANDARD}, clause 4.1`,
    keywords: 'ISO/IEC 27001:2022; clause 4.1; context of the organisation; internal and external issues',
    children: [
      ...opening(data, 'context'),
      ...purposeSection(data),
      ...summarySection(data),
      ...issuesSection(data, 'internal'),
      ...issuesSection(data, 'external'),
      ...risksSection(data),
    ],
  });
}
