/**
 * One document of the register (a policy, procedure, record or external document) as a Word document: a cover,
 * the document-control block from the document's own metadata, the revision history of its issued versions, then
 * the body rendered from its Markdown with real Heading 1-3 styles, Word lists and tables in the house table style.
 * Portrait A4. Same data in, same bytes out.
 */
import {
  AlignmentType,
  Document,
  LevelFormat,
  Paragraph,
  Table,
  TableRow,
  TextRun,
  type ILevelsOptions,
  type INumberingOptions,
} from 'docx';
import { controlLabel } from '../../../shared/catalog/annex-a';
import { clauseById } from '../../../shared/catalog/clauses';
import { DOCUMENT_TYPE_LABELS, type IsmsDocument } from '../../../shared/domain/documents';
import type { Organisation } from '../../../shared/domain/organisation';
import { DOCUMENT_STATUS_LABELS, type DocumentControlWithHistory } from '../../../shared/domain/workbook';
import { parseMarkdown, spansToText, type Block, type Span } from '../../../shared/rules/markdown-blocks';
import { formatDateLong } from './dates';
import { coverPage, houseDocument, packDocument } from './document-parts';
import { classificationOf, revisionHistoryTable } from './document-control';
import { contentWidth } from './page-setup';
import { COLOURS, STYLE } from './styles';
import { bodyRow, cell, columnWidths, labelValueTable, table } from './table-blocks';
import { EMPTY, cleanText, heading, para } from './text-blocks';

type Out = Paragraph | Table;
const ORIENTATION = 'portrait' as const;
const WIDTH = contentWidth(ORIENTATION);
const STANDARD = 'ISO/IEC 27001:2022';

export interface PolicyExportData {
  organisation: Organisation;
  logo: { data: Buffer; mime: string } | null;
  document: IsmsDocument;
  /** The text printed: the last issued version once there is one, else the working draft. */
  body: string;
  /** The day of the workbook's latest change (YYYY-MM-DD), which stamps the file. */
  asOf: string;
}

export function documentControlOf(doc: IsmsDocument): DocumentControlWithHistory {
  return {
    docKey: `document:${doc.documentId}`,
    documentId: doc.documentId,
    title: doc.title,
    version: doc.version,
    status: doc.status,
    owner: doc.owner,
    approver: doc.approver,
    approvedOn: doc.approvedOn,
    classification: doc.classification,
    revisions: doc.revisions.map((r) => ({ version: r.version, date: r.revisedOn, author: r.author, summary: r.summary })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Cover and control sections

function cover(data: PolicyExportData): Out[] {
  const { organisation, document: doc } = data;
  return coverPage(data, {
    title: doc.title,
    subtitle: `${DOCUMENT_TYPE_LABELS[doc.type]} · ${STANDARD}`,
    details: [
      ['Document ID', doc.documentId],
      ['Version', doc.version],
      ['Status', DOCUMENT_STATUS_LABELS[doc.status]],
      ['Approved', doc.approvedOn ? formatDateLong(doc.approvedOn) : 'Not yet approved'],
      ['Next review', doc.nextReview ? formatDateLong(doc.nextReview) : EMPTY],
      ['Classification', classificationOf(doc, organisation)],
    ],
  });
}

/** What a reader must know when the text is not (or no longer) the approved version in force. */
function statusNote(doc: IsmsDocument): string | null {
  switch (doc.status) {
    case 'draft':
      return 'This is a working draft. It has not been issued for review and is not in force.';
    case 'in-review':
      return `Version ${doc.version} has been issued for review. It comes into force when ${doc.approver.trim() || 'the approver'} approves it.`;
    case 'retired':
      return 'This document has been retired. It is no longer in force and is kept for reference only.';
    default:
      return null;
  }
}

function controlSection(data: PolicyExportData): Out[] {
  const { document: doc, organisation } = data;
  const clauses = doc.clauses.map((id) => `${id} ${clauseById(id)?.title ?? ''}`.trim());
  const rows: [string, string][] = [
    ['Document ID', doc.documentId],
    ['Title', doc.title],
    ['Type', DOCUMENT_TYPE_LABELS[doc.type]],
    ['Version', doc.version],
    ['Status', DOCUMENT_STATUS_LABELS[doc.status]],
    ['Owner', doc.owner],
    ['Approver', doc.approver],
    ['Approval date', doc.approvedOn ? formatDateLong(doc.approvedOn) : 'Not yet approved'],
    ['Next review', doc.nextReview ? formatDateLong(doc.nextReview) : EMPTY],
    ['Classification', classificationOf(doc, organisation)],
    ['Related clauses', clauses.length > 0 ? clauses.join('\n') : EMPTY],
    ['Related controls', doc.controls.length > 0 ? doc.controls.map(controlLabel).join('\n') : EMPTY],
    ['Organisation', organisation.legalName],
  ];
  const note = statusNote(doc);
  return [
    heading('Document control', 1, { pageBreakBefore: true }),
    labelValueTable(rows, { width: WIDTH, labelShare: 0.26 }),
    ...(note ? [para(note, { italic: true, colour: COLOURS.muted, spacingBefore: 120 })] : []),
    heading('Revision history', 2),
    revisionHistoryTable(documentControlOf(doc).revisions, { width: WIDTH }),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// The body, from Markdown blocks

const BULLETS = 'isms-bullets';
const NUMBERS = 'isms-numbers';
const INDENT = 360;
const HANGING = 300;

function listLevels(kind: 'bullet' | 'number', start = 1): ILevelsOptions[] {
  const bullets = ['\u2022', '\u2013', '\u25AA'];
  const numbers = [
    { format: LevelFormat.DECIMAL, text: '%1.' },
    { format: LevelFormat.LOWER_LETTER, text: '%2)' },
    { format: LevelFormat.LOWER_ROMAN, text: '%3.' },
  ];
  return [0, 1, 2].map((level) => ({
    level,
    ...(kind === 'bullet' ? { format: LevelFormat.BULLET, text: bullets[level]! } : numbers[level]!),
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: INDENT * (level + 1) + HANGING * level, hanging: HANGING } } },
  }));
}

const runsOf = (spans: readonly Span[], extra: { bold?: boolean } = {}): TextRun[] =>
  spans.map((s) => new TextRun({ text: cleanText(s.text), bold: s.bold || extra.bold || undefined, italics: s.italic || undefined }));

/** Renders the blocks; collects the numbering definitions the lists need. */
class BodyRenderer {
  readonly starts = new Set<number>();
  private instance = 0;
  /** The body starts on a new page: its first block is always a heading. */
  private breakBeforeHeading = true;

  constructor(
    readonly headingShift: number,
    private readonly width: number,
  ) {}

  render(blocks: readonly Block[]): Out[] {
    return blocks.flatMap((block) => this.block(block));
  }

  numbering(): INumberingOptions {
    return {
      config: [
        { reference: BULLETS, levels: listLevels('bullet') },
        { reference: NUMBERS, levels: listLevels('number') },
        ...[...this.starts].sort((a, b) => a - b).map((start) => ({ reference: `${NUMBERS}-${start}`, levels: listLevels('number', start) })),
      ],
    };
  }

  private block(block: Block): Out[] {
    switch (block.kind) {
      case 'heading': {
        const level = Math.min(3, Math.max(1, block.level - this.headingShift)) as 1 | 2 | 3;
        const out = heading(spansToText(block.content), level, { pageBreakBefore: this.breakBeforeHeading });
        this.breakBeforeHeading = false;
        return [out];
      }
      case 'paragraph':
        return [new Paragraph({ children: runsOf(block.content) })];
      case 'list':
        return this.list(block);
      case 'table':
        return [this.table(block), new Paragraph({ spacing: { before: 0, after: 60 }, children: [] })];
    }
  }

  private list(block: Extract<Block, { kind: 'list' }>): Paragraph[] {
    const numbers = block.ordered && block.start !== 1 ? `${NUMBERS}-${block.start}` : NUMBERS;
    if (numbers !== NUMBERS) this.starts.add(block.start);
    const instances: number[] = [];
    const lastOrdered: boolean[] = [];
    let previousLevel = -1;
    return block.items.map((item, index) => {
      if (item.ordered && (instances[item.level] === undefined || previousLevel < item.level)) {
        instances[item.level] = item.level > 0 && lastOrdered[item.level - 1] ? instances[item.level - 1]! : (this.instance += 1);
      }
      lastOrdered[item.level] = item.ordered;
      previousLevel = item.level;
      return new Paragraph({
        numbering: item.ordered
          ? { reference: numbers, level: item.level, instance: instances[item.level]! }
          : { reference: BULLETS, level: item.level },
        // The last item keeps the usual paragraph gap from what follows the list.
        spacing: { before: 0, after: index === block.items.length - 1 ? 120 : 60 },
        children: runsOf(item.content),
      });
    });
  }

  private table(block: Extract<Block, { kind: 'table' }>): Table {
    const widths = markdownTableWidths([block.header, ...block.rows].map((row) => row.map(spansToText)), this.width);
    const align = (column: number) => block.align[column] ?? undefined;
    const textCell = (spans: readonly Span[], column: number, header: boolean) =>
      cell([new Paragraph({ style: header ? STYLE.tableHeading : STYLE.tableText, alignment: alignmentOf(align(column)), children: runsOf(spans, { bold: header }) })], {
        width: widths[column],
        ...(header ? { fill: COLOURS.headerFill, verticalAlign: 'bottom' as const } : {}),
      });
    const header = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: block.header.map((spans, column) => textCell(spans, column, true)),
    });
    return table([header, ...block.rows.map((row) => bodyRow(row.map((spans, column) => textCell(spans, column, false))))], {
      columnWidths: widths,
    });
  }
}

/** Twips per character of 9 pt table text, on average, and a cell's left and right padding. */
const CHAR = 100;
const PADDING = 220;

/**
 * Column widths for a Markdown table across the text width: every column at least as wide as its longest word,
 * the rest shared in proportion to how much text each column holds, so short label columns stay narrow without
 * breaking words.
 */
export function markdownTableWidths(rows: readonly (readonly string[])[], total: number): number[] {
  const columns = rows[0]?.length ?? 0;
  if (columns === 0) return [];
  const texts = (c: number) => rows.map((row) => row[c] ?? '');
  const longestWord = (c: number) => Math.max(1, ...texts(c).flatMap((t) => t.split(/\s+/).map((w) => w.length)));
  const minimum = Array.from({ length: columns }, (_, c) => Math.min(longestWord(c) * CHAR + PADDING, total / Math.min(columns, 3)));
  const spare = total - minimum.reduce((a, b) => a + b, 0);
  if (spare <= 0) return columnWidths(minimum, total);
  const weights = Array.from({ length: columns }, (_, c) => {
    const lengths = texts(c).map((t) => t.length);
    const needed = Math.max(...lengths) * CHAR + PADDING;
    return Math.max(0, Math.min(needed, (lengths.reduce((a, b) => a + b, 0) / lengths.length) * CHAR * 4) - minimum[c]!) + 1;
  });
  const share = weights.reduce((a, b) => a + b, 0);
  return columnWidths(minimum.map((min, c) => min + (spare * weights[c]!) / share), total);
}

const ALIGNMENTS = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function alignmentOf(align: 'left' | 'center' | 'right' | undefined) {
  return align ? ALIGNMENTS[align] : undefined;
}

/**
 * The body's blocks, ready to render: a leading "# Title" that repeats the document title is dropped (the cover
 * carries it), and the shallowest heading level left becomes Heading 1.
 */
export function bodyBlocks(body: string, documentTitle: string): { blocks: Block[]; headingShift: number } {
  const blocks = parseMarkdown(body);
  const first = blocks[0];
  if (first?.kind === 'heading' && first.level === 1 && spansToText(first.content).trim().toLowerCase() === documentTitle.trim().toLowerCase()) {
    blocks.shift();
  }
  const levels = blocks.flatMap((b) => (b.kind === 'heading' ? [b.level] : []));
  return { blocks, headingShift: levels.length > 0 ? Math.min(...levels) - 1 : 0 };
}

function bodySection(data: PolicyExportData, renderer: BodyRenderer, blocks: readonly Block[]): Out[] {
  // A body that does not open with a heading gets the title as its first heading.
  const opening: Block[] =
    blocks[0]?.kind === 'heading' ? [] : [{ kind: 'heading', level: 1 + renderer.headingShift, content: [{ text: data.document.title, bold: false, italic: false }] } as Block];
  const out = renderer.render([...opening, ...blocks]);
  if (blocks.length === 0) out.push(para('This document has no content yet.', { italic: true, colour: COLOURS.muted }));
  return out;
}

export function policyDocument(data: PolicyExportData): Document {
  const doc = data.document;
  const dc = documentControlOf(doc);
  const { blocks, headingShift } = bodyBlocks(data.body, doc.title);
  const renderer = new BodyRenderer(headingShift, WIDTH);
  const children = [...cover(data), ...controlSection(data), ...bodySection(data, renderer, blocks)];
  const references = [...doc.clauses.map((c) => `clause ${c}`), ...doc.controls.map((c) => `A.${c}`)];
  return houseDocument(
    { organisation: data.organisation, documentControl: dc },
    {
      title: doc.title,
      orientation: ORIENTATION,
      subject: `${DOCUMENT_TYPE_LABELS[doc.type]}, ${STANDARD}`,
      description: `${doc.documentId} ${doc.title} of ${data.organisation.legalName}, version ${doc.version}`,
      keywords: references.join(', '),
      numbering: renderer.numbering(),
      children,
    },
  );
}

/** Packs the document; the bytes depend on the data only. */
export async function buildPolicyDocx(data: PolicyExportData): Promise<Buffer> {
  return packDocument(policyDocument(data), data.asOf);
}
