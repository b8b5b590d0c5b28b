/**
 * The parts the three risk documents (methodology, assessment report, treatment plan) share: the cover, the
 * document-control section, signature lines and the document assembly with the house styles, header and footer.
 */
import { Document, Packer, Paragraph, Table } from 'docx';
import { CONTROLLED_DOCUMENTS, type ControlledDocumentKey } from '../../../shared/domain/controlled-documents';
import { DOCUMENT_STATUS_LABELS } from '../../../shared/domain/workbook';
import { fixedDateFrom, normaliseZip } from '../deterministic-zip';
import type { RiskExportData } from '../risk-data';
import { formatDateLong } from './dates';
import { classificationOf, documentControlBlock, headersAndFooters, revisionHistoryTable } from './document-control';
import { logoImage } from './images';
import { cm, pageSetup, type Orientation } from './page-setup';
import { COLOURS, STYLE, documentStyling } from './styles';
import { bodyRow, cell, table } from './table-blocks';
import { EMPTY, heading, para, spacer, subtitle, title } from './text-blocks';

export type Block = Paragraph | Table;

export const documentTitle = (data: RiskExportData, key: ControlledDocumentKey): string =>
  data.documentControl.title.trim() || CONTROLLED_DOCUMENTS[key].title;

/** The cover page: logo or space, organisation, title, subtitle and the document's key facts. */
export function riskCover(data: RiskExportData, key: ControlledDocumentKey, subtitleText: string): Block[] {
  const { organisation, documentControl: dc } = data;
  const out: Block[] = [];
  const logo = data.logo ? logoImage(data.logo.data, { name: `${organisation.legalName} logo` }) : null;
  out.push(logo ? new Paragraph({ spacing: { before: 0, after: 240 }, children: [logo] }) : spacer(cm(1.2)));
  out.push(para(organisation.legalName, { style: STYLE.coverMeta, bold: true, size: 32, colour: COLOURS.heading, spacingAfter: 0 }));
  const address = organisation.address.trim();
  if (address) out.push(para(address.replace(/\s*\n\s*/g, ', '), { style: STYLE.coverMeta, spacingBefore: 60, spacingAfter: 0 }));
  out.push(spacer(logo ? cm(2.4) : cm(3.4)), title(documentTitle(data, key)), subtitle(subtitleText));
  const status = DOCUMENT_STATUS_LABELS[dc.status] ?? dc.status;
  const details: [string, string][] = [['Document ID', dc.documentId], ['Version', dc.version], ['Status', status], ['As of', formatDateLong(data.asOf)], ['Classification', classificationOf(dc, organisation)]];
  const widths = [cm(3.4), cm(9)];
  const rows = details.map(([label, value]) =>
    bodyRow([
      cell(label, { width: widths[0], style: STYLE.coverMeta, colour: COLOURS.muted, borders: 'none' }),
      cell(value || EMPTY, { width: widths[1], style: STYLE.coverMeta, bold: true, borders: 'none' }),
    ]),
  );
  out.push(table(rows, { columnWidths: widths, borders: 'none' }));
  return out;
}

/** Document control and revision history, on a page of their own after the cover. */
export function controlSection(data: RiskExportData, width: number): Block[] {
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

export function approverOf(data: RiskExportData): string {
  return data.documentControl.approver.trim() || data.organisation.defaultApprover.trim();
}

export interface RiskDocumentSpec {
  key: ControlledDocumentKey;
  orientation: Orientation;
  subject: string;
  keywords: string;
  children: Block[];
}

/** A risk document with the house styles, header and footer, ready to pack. */
export function riskDocument(data: RiskExportData, spec: RiskDocumentSpec): Document {
  const dc = data.documentControl;
  const name = documentTitle(data, spec.key);
  return new Document({
    creator: 'ISMS Workbook',
    lastModifiedBy: 'ISMS Workbook',
    title: name,
    subject: spec.subject,
    description: `${name} of ${data.organisation.legalName}, version ${dc.version}`,
    keywords: spec.keywords,
    revision: 1,
    ...documentStyling(),
    sections: [
      {
        properties: { page: pageSetup(spec.orientation), titlePage: true },
        ...headersAndFooters({ dc, organisation: data.organisation, orientation: spec.orientation }),
        children: spec.children,
      },
    ],
  });
}

/** Packs a risk document; the bytes depend on the data only. */
export async function renderRiskDocument(data: RiskExportData, spec: RiskDocumentSpec): Promise<Buffer> {
  return normaliseZip(await Packer.toBuffer(riskDocument(data, spec)), fixedDateFrom(data.asOf));
}
