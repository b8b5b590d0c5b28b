/**
 * The parts the internal audit programme, the audit reports and the nonconformity register share: cover,
 * document-control section, signature lines, small text helpers and the document assembly with the house styles,
 * header and footer.
 */
import { Document, Packer, Paragraph, Table, TextRun } from 'docx';
import { controlById } from '../../../shared/catalog/annex-a';
import { clauseById } from '../../../shared/catalog/clauses';
import { DOCUMENT_STATUS_LABELS } from '../../../shared/domain/workbook';
import { fixedDateFrom, normaliseZip } from '../deterministic-zip';
import type { AuditExportData } from '../kinds/audit-exports';
import { formatDateLong, formatDateShort } from './dates';
import { classificationOf, documentControlBlock, headersAndFooters, revisionHistoryTable } from './document-control';
import { logoImage } from './images';
import { cm, pageSetup, type Orientation } from './page-setup';
import { COLOURS, STYLE, documentStyling } from './styles';
import { bodyRow, cell, table } from './table-blocks';
import { EMPTY, heading, para, runs, spacer, subtitle, title } from './text-blocks';

export type Block = Paragraph | Table;
export const ALERT = 'B42318';
export const GOOD = '067647';
/** The mark in coverage matrices. */
export const MARK = '●';

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

type Basics = Pick<AuditExportData, 'organisation' | 'logo' | 'documentControl' | 'asOf'>;

/** The cover page: logo or space, organisation, title, subtitle and the document's key facts. */
export function auditCover(data: Basics, titleText: string, subtitleText: string, extra: [string, string][] = []): Block[] {
  const { organisation, documentControl: dc } = data;
  const out: Block[] = [];
  const logo = data.logo ? logoImage(data.logo.data, { name: `${organisation.legalName} logo` }) : null;
  out.push(logo ? new Paragraph({ spacing: { before: 0, after: 240 }, children: [logo] }) : spacer(cm(1.2)));
  out.push(para(organisation.legalName, { style: STYLE.coverMeta, bold: true, size: 32, colour: COLOURS.heading, spacingAfter: 0 }));
  const address = organisation.address.trim();
  if (address) out.push(para(address.replace(/\s*\n\s*/g, ', '), { style: STYLE.coverMeta, spacingBefore: 60, spacingAfter: 0 }));
  out.push(spacer(logo ? cm(2.4) : cm(3.4)), title(titleText), subtitle(subtitleText));
  const details: [string, string][] = [
    ['Document ID', dc.documentId],
    ['Version', dc.version],
    ['Status', DOCUMENT_STATUS_LABELS[dc.status] ?? dc.status],
    ...extra,
    ['As of', formatDateLong(data.asOf)],
    ['Classification', classificationOf(dc, organisation)],
  ];
  const widths = [cm(3.4), cm(11)];
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
export function controlSection(data: Basics, width: number): Block[] {
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

export function approverOf(data: Basics): string {
  return data.documentControl.approver.trim() || data.organisation.defaultApprover.trim();
}

/** A paragraph that starts with a bold lead-in, e.g. "Not yet planned: ". */
export function leadIn(lead: string, text: string, opts: { colour?: string } = {}): Paragraph {
  return para([new TextRun({ text: lead, bold: true, color: opts.colour }), ...runs(text)]);
}

/** "9.2 Internal audit" for a clause number, "A.8.9 Configuration management" for a control. */
export function clauseLabel(id: string): string {
  const clause = clauseById(id);
  return clause ? `${id} ${clause.title}` : id;
}

export function controlText(id: string): string {
  const control = controlById(id);
  return control ? `A.${id} ${control.title}` : `A.${id}`;
}

/** What a finding is measured against: its clause, its control, or both. */
export function requirementOf(finding: { clause: string | null; control: string | null }): string {
  return [finding.clause ? `Clause ${clauseLabel(finding.clause)}` : '', finding.control ? controlText(finding.control) : '']
    .filter(Boolean)
    .join('\n');
}

/** "14–18 Sep 2026", "14 Sep 2026" or "Not yet dated". */
export function auditDates(audit: { plannedStart: string | null; plannedEnd: string | null }): string {
  const { plannedStart: start, plannedEnd: end } = audit;
  if (!start && !end) return 'Not yet dated';
  if (!start || !end || start === end) return formatDateShort(start ?? end);
  return `${formatDateShort(start)} – ${formatDateShort(end)}`;
}

export interface AuditDocumentSpec {
  title: string;
  orientation: Orientation;
  subject: string;
  keywords: string;
  children: Block[];
}

/** Packs a document with the house styles, header and footer; the bytes depend on the data only. */
export async function renderAuditDocument(data: Basics, spec: AuditDocumentSpec): Promise<Buffer> {
  const dc = data.documentControl;
  const doc = new Document({
    creator: 'ISMS Workbook',
    lastModifiedBy: 'ISMS Workbook',
    title: spec.title,
    subject: spec.subject,
    description: `${spec.title} of ${data.organisation.legalName}, version ${dc.version}`,
    keywords: spec.keywords,
    revision: 1,
    ...documentStyling(),
    sections: [
      {
        properties: { page: pageSetup(spec.orientation), titlePage: true },
        ...headersAndFooters({ dc: { ...dc, title: spec.title }, organisation: data.organisation, orientation: spec.orientation }),
        children: spec.children,
      },
    ],
  });
  return normaliseZip(await Packer.toBuffer(doc), fixedDateFrom(data.asOf));
}
