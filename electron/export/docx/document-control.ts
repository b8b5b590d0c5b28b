/**
 * The document-control block, revision history, and page header and footer that every exported document carries
 * (DESIGN.md, "Content rules").
 */
import { BorderStyle, Footer, Header, PageNumber, Paragraph, Table, TabStopType, TextRun } from 'docx';
import type { Organisation } from '../../../shared/domain/organisation';
import {
  DOCUMENT_STATUS_LABELS,
  type DocumentControlWithHistory,
  type DocumentRevision,
} from '../../../shared/domain/workbook';
import { formatDateLong, formatDateShort } from './dates';
import { contentWidth, type Orientation } from './page-setup';
import { COLOURS, STYLE } from './styles';
import { bodyRow, cell, columnWidths, headerRow, labelValueTable, table } from './table-blocks';
import { EMPTY, cleanText } from './text-blocks';

/** The name printed in page headers: the short name when there is one. */
export function organisationDisplayName(organisation: Pick<Organisation, 'legalName' | 'shortName'>): string {
  return organisation.shortName.trim() || organisation.legalName;
}

/** The classification printed on the document: its own, else the organisation's default. */
export function classificationOf(
  dc: Pick<DocumentControlWithHistory, 'classification'>,
  organisation: Pick<Organisation, 'defaultClassification'>,
): string {
  return dc.classification.trim() || organisation.defaultClassification.trim();
}

/** Default width of the control tables: the text width of a portrait A4 page, which reads well either way. */
const DEFAULT_WIDTH = contentWidth('portrait');

/**
 * Document ID, title, version, status, owner, approver, approval date, classification and organisation, as a
 * two-column table.
 */
export function documentControlBlock(
  dc: DocumentControlWithHistory,
  organisation: Pick<Organisation, 'legalName' | 'defaultClassification'>,
  opts: { width?: number } = {},
): Table {
  return labelValueTable(
    [
      ['Document ID', dc.documentId],
      ['Title', dc.title],
      ['Version', dc.version],
      ['Status', DOCUMENT_STATUS_LABELS[dc.status] ?? dc.status],
      ['Owner', dc.owner],
      ['Approver', dc.approver],
      ['Approval date', dc.approvedOn ? formatDateLong(dc.approvedOn) : 'Not yet approved'],
      ['Classification', classificationOf(dc, organisation)],
      ['Organisation', organisation.legalName],
    ],
    { width: opts.width ?? DEFAULT_WIDTH, labelShare: 0.28 },
  );
}

/** Version, date, author and summary of every issued revision; says so plainly when there are none. */
export function revisionHistoryTable(revisions: readonly DocumentRevision[], opts: { width?: number } = {}): Table {
  const widths = columnWidths([1, 1.6, 2.2, 6.2], opts.width ?? DEFAULT_WIDTH);
  const total = widths.reduce((a, b) => a + b, 0);
  const rows = [headerRow(['Version', 'Date', 'Author', 'Summary of changes'], widths)];
  if (revisions.length === 0) {
    rows.push(bodyRow([cell('No revisions issued yet', { columnSpan: widths.length, width: total, italic: true })]));
  } else {
    for (const revision of revisions) {
      rows.push(
        bodyRow([
          cell(revision.version, { width: widths[0] }),
          cell(formatDateShort(revision.date) || EMPTY, { width: widths[1] }),
          cell(revision.author || EMPTY, { width: widths[2] }),
          cell(revision.summary || EMPTY, { width: widths[3] }),
        ]),
      );
    }
  }
  return table(rows, { columnWidths: widths });
}

function headerFooterParagraph(left: TextRun[], right: TextRun[], width: number, rule: 'top' | 'bottom'): Paragraph {
  const border = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.border, space: 4 };
  return new Paragraph({
    style: STYLE.headerFooter,
    tabStops: [{ type: TabStopType.RIGHT, position: width }],
    border: rule === 'top' ? { top: border } : { bottom: border },
    children: [...left, new TextRun({ text: '\t' }), ...right],
  });
}

export interface HeaderFooterOptions {
  dc: DocumentControlWithHistory;
  organisation: Pick<Organisation, 'legalName' | 'shortName' | 'defaultClassification'>;
  orientation: Orientation;
}

/**
 * The page header (organisation and document title) and footer (document ID, version, classification and
 * "Page X of Y"). The first page, the cover, gets a footer with the classification only and no header.
 * Use with `titlePage: true` on the section.
 */
export function headersAndFooters({ dc, organisation, orientation }: HeaderFooterOptions) {
  const width = contentWidth(orientation);
  const classification = classificationOf(dc, organisation);
  const header = new Header({
    children: [
      headerFooterParagraph(
        [new TextRun({ text: cleanText(organisationDisplayName(organisation)), bold: true })],
        [new TextRun({ text: cleanText(dc.title) })],
        width,
        'bottom',
      ),
    ],
  });
  const footerLeft = [dc.documentId, `Version ${dc.version}`, classification].filter((part) => part.trim() !== '');
  const footer = new Footer({
    children: [
      headerFooterParagraph(
        [new TextRun({ text: cleanText(footerLeft.join('  |  ')) })],
        [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
        width,
        'top',
      ),
    ],
  });
  const firstFooter = new Footer({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        alignment: 'center',
        children: classification ? [new TextRun({ text: cleanText(classification), bold: true })] : [],
      }),
    ],
  });
  return {
    headers: { default: header, first: new Header({ children: [new Paragraph({ style: STYLE.headerFooter })] }) },
    footers: { default: footer, first: firstFooter },
  };
}
