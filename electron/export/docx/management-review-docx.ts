/**
 * The minutes of one management review (ISO/IEC 27001:2022 clause 9.3) as a Word document: cover, document
 * control built from the review itself, the meeting and its attendees, every input with what was considered,
 * the decisions, the action table with owners and dates, and the sign-off. Portrait A4. Same data in, same
 * bytes out.
 */
import { NoBreakHyphen, Paragraph, TextRun } from 'docx';
import {
  OUTPUT_STATUS_LABELS,
  REVIEW_INPUTS,
  REVIEW_STATUS_LABELS,
  type ManagementReview,
} from '../../../shared/domain/management-review';
import type { Organisation } from '../../../shared/domain/organisation';
import { DOCUMENT_STATUS_LABELS, type DocumentControlWithHistory } from '../../../shared/domain/workbook';
import { isOutputOverdue, isTopManagement, outputNumbers, personName } from '../../../shared/rules/management-review';
import { formatDateLong, formatDateShort } from './dates';
import { ALERT, controlSection, coverPage, renderDocument, signatureLines, type Block } from './document-parts';
import { classificationOf } from './document-control';
import { cm, contentWidth } from './page-setup';
import { COLOURS, STYLE } from './styles';
import { bodyRow, cell, columnWidths, headerRow, labelValueTable, table } from './table-blocks';
import { EMPTY, cleanText, heading, para, spacer, type ParaOptions } from './text-blocks';

const ORIENTATION = 'portrait' as const;
const WIDTH = contentWidth(ORIENTATION);
const STANDARD = 'ISO/IEC 27001:2022, clause 9.3';
const TITLE = 'Management Review Minutes';

export interface ReviewExportData {
  organisation: Organisation;
  logo: { data: Buffer; mime: string } | null;
  review: ManagementReview;
  /** The day the document speaks for: the meeting day, else the workbook's latest change. */
  asOf: string;
}

/**
 * The minutes' document control, taken from the review rather than a stored record: the reference is the
 * document ID; once the meeting is held the minutes are version 1.0 and approved by the default approver.
 */
export function reviewDocumentControl(review: ManagementReview, organisation: Organisation): DocumentControlWithHistory {
  const held = review.status === 'held' && review.heldOn !== null;
  return {
    docKey: 'management-review',
    documentId: review.ref,
    title: TITLE,
    version: held ? '1.0' : '0.1',
    status: held ? 'approved' : 'draft',
    owner: organisation.ismsOwner,
    approver: organisation.defaultApprover,
    approvedOn: held ? review.heldOn : null,
    classification: organisation.defaultClassification,
    revisions: held
      ? [{ version: '1.0', date: review.heldOn!, author: personName(organisation.ismsOwner), summary: 'Minutes of the meeting issued for approval.' }]
      : [],
  };
}

function cover(data: ReviewExportData, dc: DocumentControlWithHistory): Block[] {
  const { organisation, review } = data;
  const out = coverPage(data, {
    title: TITLE,
    subtitle: `${review.ref} · ${STANDARD}`,
    details: [
      ['Document ID', dc.documentId],
      ['Meeting date', review.heldOn ? formatDateLong(review.heldOn) : 'Not yet set'],
      ['Meeting status', REVIEW_STATUS_LABELS[review.status]],
      ['Version', dc.version],
      ['Status', DOCUMENT_STATUS_LABELS[dc.status]],
      ['Classification', classificationOf(dc, organisation)],
    ],
  });
  if (review.status !== 'held') {
    out.push(spacer(cm(1)), para('Draft: the review has not yet been recorded as held, so these minutes are not final.', { italic: true, colour: ALERT }));
  }
  return out;
}

function meetingSection(data: ReviewExportData): Block[] {
  const { review, organisation } = data;
  const widths = columnWidths([3, 4, 1.6], WIDTH);
  const attendees =
    review.attendees.length === 0
      ? para('No attendees are recorded.', { italic: true, colour: ALERT })
      : table(
          [
            headerRow(['Name', 'Role', 'Top management'], widths),
            ...review.attendees.map((a) =>
              bodyRow([
                cell(a.name, { width: widths[0], bold: true, colour: COLOURS.heading }),
                cell(a.role || EMPTY, { width: widths[1] }),
                cell(isTopManagement(a, organisation) ? 'Yes' : EMPTY, { width: widths[2] }),
              ]),
            ),
          ],
          { columnWidths: widths },
        );
  return [
    heading('The meeting', 1, { pageBreakBefore: true }),
    para(
      `Top management of ${organisation.legalName} met to review the information security management system: ` +
        'whether it still suits the organisation, whether it is adequate for what is asked of it, and whether it is ' +
        'working as intended. The inputs below were prepared from the ISMS records and discussed at the meeting; the ' +
        'decisions and actions that follow are the outcome.',
    ),
    labelValueTable(
      [
        ['Reference', review.ref],
        ['Date', review.heldOn ? formatDateLong(review.heldOn) : 'Not yet set'],
        ['Status', REVIEW_STATUS_LABELS[review.status]],
        ['Minutes kept by', organisation.ismsOwner],
      ],
      { width: WIDTH, labelShare: 0.28 },
    ),
    heading('Attendees', 2),
    attendees,
  ];
}

/** Record references (NC-001, IA-2026-01-F05, MR-2026-01…), whose hyphens must not break a line. */
const REFERENCE = /\b[A-Z]{1,5}-\d[A-Za-z0-9-]*\b/g;

/** A paragraph of text whose line breaks are kept and whose references never split across lines. */
export function textPara(text: string, opts: ParaOptions = {}): Paragraph {
  const lines = cleanText(text).replace(/\r\n?/g, '\n').split('\n');
  const children = lines.map((line, index) => {
    const parts: (string | NoBreakHyphen)[] = [];
    let last = 0;
    for (const match of line.matchAll(REFERENCE)) {
      parts.push(line.slice(last, match.index));
      match[0].split('-').forEach((piece, i) => parts.push(...(i === 0 ? [piece] : [new NoBreakHyphen(), piece])));
      last = match.index + match[0].length;
    }
    parts.push(line.slice(last));
    return new TextRun({ children: parts.filter((p) => p !== ''), break: index > 0 ? 1 : undefined, bold: opts.bold, italics: opts.italic, color: opts.colour });
  });
  return para(children, opts);
}

/** Each paragraph of the text (blank lines separate them; single line breaks are kept). */
function textBlocks(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => textPara(p));
}

function inputsSection(data: ReviewExportData): Block[] {
  const out: Block[] = [
    heading('Inputs considered', 1),
    para('The review considered each of the inputs that clause 9.3.2 asks for, as summarised here.'),
  ];
  for (const input of REVIEW_INPUTS) {
    const text = data.review.inputs[input.key].trim();
    out.push(
      heading(input.title, 2),
      para(`Clause ${input.clause}`, { style: STYLE.headerFooter, spacingAfter: 80, keepNext: true }),
      ...(text ? textBlocks(text) : [para('Not covered at this review.', { italic: true, bold: true, colour: ALERT })]),
    );
  }
  return out;
}

function outputsSection(data: ReviewExportData): Block[] {
  const { review } = data;
  const numbers = outputNumbers(review.outputs);
  const decisions = review.outputs.filter((o) => o.kind === 'decision');
  const actions = review.outputs.filter((o) => o.kind === 'action');
  const decisionWidths = columnWidths([0.6, 8], WIDTH);
  const actionWidths = columnWidths([0.6, 4.8, 2.2, 1.3, 1.1], WIDTH);
  const asOf = data.asOf;
  return [
    heading('Decisions', 1),
    decisions.length === 0
      ? para('No decisions are recorded.', { italic: true, colour: ALERT })
      : table(
          [
            headerRow(['No.', 'Decision'], decisionWidths),
            ...decisions.map((d) =>
              bodyRow([cell(numbers.get(d.id)!, { width: decisionWidths[0], bold: true, colour: COLOURS.heading }), cell([textPara(d.description, { style: STYLE.tableText })], { width: decisionWidths[1] })]),
            ),
          ],
          { columnWidths: decisionWidths },
        ),
    heading('Actions', 1),
    actions.length === 0
      ? para('No actions were agreed.', { italic: true })
      : table(
          [
            headerRow(['No.', 'Action', 'Owner', 'Due date', 'Status'], actionWidths),
            ...actions.map((a) => {
              const late = isOutputOverdue(a, asOf);
              return bodyRow([
                cell(numbers.get(a.id)!, { width: actionWidths[0], bold: true, colour: COLOURS.heading }),
                cell([textPara(a.description, { style: STYLE.tableText })], { width: actionWidths[1] }),
                cell(a.owner || 'No owner assigned', { width: actionWidths[2], ...(a.owner ? {} : { bold: true, colour: ALERT }) }),
                cell(a.dueDate ? formatDateShort(a.dueDate) : EMPTY, { width: actionWidths[3], ...(late ? { bold: true, colour: ALERT } : {}) }),
                cell(late ? `${OUTPUT_STATUS_LABELS[a.status]}, overdue` : OUTPUT_STATUS_LABELS[a.status], { width: actionWidths[4], ...(late ? { bold: true, colour: ALERT } : {}) }),
              ]);
            }),
          ],
          { columnWidths: actionWidths },
        ),
  ];
}

function signOffSection(data: ReviewExportData, dc: DocumentControlWithHistory): Block[] {
  return [
    heading('Sign-off', 1),
    para(
      `By signing, the approver confirms on behalf of top management of ${data.organisation.legalName} that these minutes ` +
        'are a true record of the review and commits the resources the actions above need.',
      { keepNext: true },
    ),
    signatureLines([
      ['Approver', dc.approver.trim()],
      ['Date', dc.approvedOn ? formatDateLong(dc.approvedOn) : ''],
      ['Signature', ''],
    ]),
  ];
}

/** Renders the minutes of one review as a .docx; the same data always gives the same bytes. */
export async function buildManagementReviewDocx(data: ReviewExportData): Promise<Buffer> {
  const dc = reviewDocumentControl(data.review, data.organisation);
  return renderDocument(
    { organisation: data.organisation, documentControl: dc, asOf: data.asOf },
    {
      title: `${TITLE} ${data.review.ref}`,
      orientation: ORIENTATION,
      subject: STANDARD,
      description: `${TITLE} ${data.review.ref} of ${data.organisation.legalName}`,
      keywords: 'ISO/IEC 27001:2022; management review; minutes',
      children: [
        ...cover(data, dc),
        ...controlSection({ organisation: data.organisation, documentControl: dc }, WIDTH),
        ...meetingSection(data),
        ...inputsSection(data),
        ...outputsSection(data),
        ...signOffSection(data, dc),
      ],
    },
  );
}
