/**
 * The parts every controlled Word document shares: the cover, the document-control section, signature lines and
 * the document assembly with the house styles, header and footer. Each takes only the data it needs.
 */
import { Document, Packer, Paragraph, Table, type INumberingOptions } from 'docx';
import { CONTROLLED_DOCUMENTS, type ControlledDocumentKey } from '../../../shared/domain/controlled-documents';
import type { Organisation } from '../../../shared/domain/organisation';
import { DOCUMENT_STATUS_LABELS, type DocumentControlWithHistory } from '../../../shared/domain/workbook';
import { fixedDateFrom, normaliseZip } from '../deterministic-zip';
import { formatDateLong } from './dates';
import { classificationOf, documentControlBlock, headersAndFooters, revisionHistoryTable } from './document-control';
import { logoImage } from './images';
import { cm, pageSetup, type Orientation } from './page-setup';
import { COLOURS, STYLE, documentStyling } from './styles';
import { bodyRow, cell, table } from './table-blocks';
import { EMPTY, heading, para, spacer, subtitle, title } from './text-blocks';

export type Block = Paragraph | Table;
export const ALERT = 'B42318';

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What a controlled document is made from; each part picks what it needs. */
export interface DocumentBasics {
  organisation: Organisation;
  logo: { data: Buffer; mime: string } | null;
  documentControl: DocumentControlWithHistory;
  /** The day the document speaks for (YYYY-MM-DD). */
  asOf: string;
}

export const documentTitle = (data: Pick<DocumentBasics, 'documentControl'>, key: ControlledDocumentKey): string =>
  data.documentControl.title.trim() || CONTROLLED_DOCUMENTS[key].title;

export interface CoverSpec {
  title: string;
  subtitle: string;
  /** Label / value pairs under the title. */
  details: readonly (readonly [string, string])[];
  /** Width of the value column; 9 cm unless told. */
  valueWidth?: number;
}

/** The cover page: logo or space, organisation, title, subtitle and the document's key facts. */
export function coverPage(data: Pick<DocumentBasics, 'organisation' | 'logo'>, spec: CoverSpec): Block[] {
  const { organisation } = data;
  const out: Block[] = [];
  const logo = data.logo ? logoImage(data.logo.data, { name: `${organisation.legalName} logo` }) : null;
  out.push(logo ? new Paragraph({ spacing: { before: 0, after: 240 }, children: [logo] }) : spacer(cm(1.2)));
  out.push(para(organisation.legalName, { style: STYLE.coverMeta, bold: true, size: 32, colour: COLOURS.heading, spacingAfter: 0 }));
  const address = organisation.address.trim();
  if (address) out.push(para(address.replace(/\s*\n\s*/g, ', '), { style: STYLE.coverMeta, spacingBefore: 60, spacingAfter: 0 }));
  out.push(spacer(logo ? cm(2.4) : cm(3.4)), title(spec.title), subtitle(spec.subtitle));
  const widths = [cm(3.4), spec.valueWidth ?? cm(9)];
  const rows = spec.details.map(([label, value]) =>
    bodyRow([
      cell(label, { width: widths[0], style: STYLE.coverMeta, colour: COLOURS.muted, borders: 'none' }),
      cell(value || EMPTY, { width: widths[1], style: STYLE.coverMeta, bold: true, borders: 'none' }),
    ]),
  );
  out.push(table(rows, { columnWidths: widths, borders: 'none' }));
  return out;
}

/** The usual key facts on a cover: ID, version, status, any extra facts, as-of date and classification. */
export function keyFacts(
  data: Pick<DocumentBasics, 'organisation' | 'documentControl' | 'asOf'>,
  extra: readonly (readonly [string, string])[] = [],
): [string, string][] {
  const dc = data.documentControl;
  return [
    ['Document ID', dc.documentId],
    ['Version', dc.version],
    ['Status', DOCUMENT_STATUS_LABELS[dc.status] ?? dc.status],
    ...extra.map(([label, value]): [string, string] => [label, value]),
    ['As of', formatDateLong(data.asOf)],
    ['Classification', classificationOf(dc, data.organisation)],
  ];
}

/** The cover of a controlled document with its usual key facts. */
export function documentCover(
  data: Pick<DocumentBasics, 'organisation' | 'logo' | 'documentControl' | 'asOf'>,
  titleText: string,
  subtitleText: string,
  opts: { extra?: readonly (readonly [string, string])[]; valueWidth?: number } = {},
): Block[] {
  return coverPage(data, { title: titleText, subtitle: subtitleText, details: keyFacts(data, opts.extra), valueWidth: opts.valueWidth });
}

/** Document control and revision history, on a page of their own after the cover. */
export function controlSection(data: Pick<DocumentBasics, 'organisation' | 'documentControl'>, width: number): Block[] {
  return [
    heading('Document control', 1, { pageBreakBefore: true }),
    documentControlBlock(data.documentControl, data.organisation, { width }),
    heading('Revision history', 2),
    revisionHistoryTable(data.documentControl.revisions, { width }),
  ];
}

/** Label / line pairs to sign on: name, date, signature. */
export function signatureLines(lines: readonly (readonly [string, string])[]): Table {
  const widths = [cm(4), cm(10)];
  return table(
    lines.map(([label, value]) =>
      bodyRow(
        [
          cell(label, { width: widths[0], bold: true, colour: COLOURS.heading, borders: 'none', verticalAlign: 'bottom' }),
          cell(value, { width: widths[1], borders: 'bottom', verticalAlign: 'bottom' }),
        ],
        { height: label === 'Signature' ? cm(1.6) : cm(0.9) },
      ),
    ),
    { columnWidths: widths, borders: 'none' },
  );
}

/** The approver named in document control, else the organisation's default approver. */
export function approverOf(data: Pick<DocumentBasics, 'organisation' | 'documentControl'>): string {
  return data.documentControl.approver.trim() || data.organisation.defaultApprover.trim();
}

/** Approver, approval date and signature lines for the document's approver. */
export function approvalLines(data: Pick<DocumentBasics, 'organisation' | 'documentControl'>): Table {
  const dc = data.documentControl;
  return signatureLines([
    ['Approver', approverOf(data)],
    ['Date', dc.approvedOn ? formatDateLong(dc.approvedOn) : ''],
    ['Signature', ''],
  ]);
}

export interface DocumentSpec {
  title: string;
  orientation: Orientation;
  subject: string;
  keywords: string;
  children: Block[];
  /** "<title> of <organisation>, version <version>" unless told. */
  description?: string;
  numbering?: INumberingOptions;
}

/** A document with the house styles, header and footer, ready to pack. */
export function houseDocument(data: Pick<DocumentBasics, 'organisation' | 'documentControl'>, spec: DocumentSpec): Document {
  const dc = data.documentControl;
  return new Document({
    creator: 'ISMS Workbook',
    lastModifiedBy: 'ISMS Workbook',
    title: spec.title,
    subject: spec.subject,
    description: spec.description ?? `${spec.title} of ${data.organisation.legalName}, version ${dc.version}`,
    keywords: spec.keywords,
    revision: 1,
    ...documentStyling(),
    ...(spec.numbering ? { numbering: spec.numbering } : {}),
    sections: [
      {
        properties: { page: pageSetup(spec.orientation), titlePage: true },
        ...headersAndFooters({ dc, organisation: data.organisation, orientation: spec.orientation }),
        children: spec.children,
      },
    ],
  });
}

/** Packs a document; the bytes depend on the data only. */
export async function packDocument(doc: Document, asOf: string): Promise<Buffer> {
  return normaliseZip(await Packer.toBuffer(doc), fixedDateFrom(asOf));
}

/** Assembles and packs a document with the house styles, header and footer. */
export async function renderDocument(data: Pick<DocumentBasics, 'organisation' | 'documentControl' | 'asOf'>, spec: DocumentSpec): Promise<Buffer> {
  return packDocument(houseDocument(data, spec), data.asOf);
}
