/**
 * "00 Index.docx" of the Stage 1 package: a cover, the index's own document control, how the package is organised
 * and verified, a summary by status, and the list of every document and register with its clause, ID, version,
 * status, approval and file. Landscape A4, so the list reads in one line per document. Same data in, same bytes out.
 */
import { TableRow } from 'docx';
import type { Organisation } from '../../../shared/domain/organisation';
import {
  PACKAGE_INDEX_FILE,
  PACKAGE_MANIFEST_FILE,
  type PackageEntry,
  type PackagePlan,
} from '../../../shared/domain/package';
import { DOCUMENT_STATUSES, DOCUMENT_STATUS_LABELS, type DocumentControlWithHistory } from '../../../shared/domain/workbook';
import { personName } from '../../../shared/rules/management-review';
import { formatDateLong, formatDateShort } from '../docx/dates';
import { ALERT, controlSection, coverPage, plural, renderDocument, signatureLines, type Block } from '../docx/document-parts';
import { classificationOf } from '../docx/document-control';
import { cm, contentWidth } from '../docx/page-setup';
import { COLOURS, STYLE } from '../docx/styles';
import { bodyRow, cell, columnWidths, groupRow, headerRow, table, type CellOptions } from '../docx/table-blocks';
import { EMPTY, heading, para } from '../docx/text-blocks';

const ORIENTATION = 'landscape' as const;
const WIDTH = contentWidth(ORIENTATION);
const NARROW = Math.round(WIDTH * 0.66);
const STANDARD = 'ISO/IEC 27001:2022';
export const INDEX_TITLE = 'Stage 1 Documentation Package';
export const INDEX_DOCUMENT_ID = 'ISMS-S1P';

const compact: CellOptions = { style: STYLE.tableTextCompact };

export interface PackageIndexData {
  organisation: Organisation;
  logo: { data: Buffer; mime: string } | null;
  plan: PackagePlan;
}

/**
 * The index is not one of the workbook's controlled documents: it is assembled from them. Its control record says
 * so: issued by the ISMS owner for the certification body's review, dated the day the package speaks for, and
 * approved by no one, since it only lists what was approved elsewhere.
 */
export function indexDocumentControl(organisation: Organisation, asOf: string): DocumentControlWithHistory {
  return {
    docKey: 'stage1-package',
    documentId: INDEX_DOCUMENT_ID,
    title: INDEX_TITLE,
    version: '1.0',
    status: 'in-review',
    owner: organisation.ismsOwner,
    approver: organisation.defaultApprover,
    approvedOn: null,
    classification: organisation.defaultClassification,
    revisions: [
      {
        version: '1.0',
        date: asOf,
        author: personName(organisation.ismsOwner),
        summary: 'Package assembled from the ISMS workbook for the Stage 1 documentation review.',
      },
    ],
  };
}

/** "Jane Doe, 3 Mar 2026", "Not yet approved (Jane Doe)" or "—". */
export function approvalText(entry: Pick<PackageEntry, 'status' | 'approver' | 'approvedOn'>): string {
  if (entry.approvedOn && entry.status === 'approved') {
    return [personName(entry.approver), formatDateShort(entry.approvedOn)].filter(Boolean).join(', ');
  }
  return entry.approver ? `Not yet approved (${personName(entry.approver)})` : 'Not yet approved';
}

function cover(data: PackageIndexData, dc: DocumentControlWithHistory): Block[] {
  const { organisation, plan } = data;
  return coverPage(data, {
    title: INDEX_TITLE,
    subtitle: `Index of the documented information · ${STANDARD}`,
    details: [
      ['Document ID', dc.documentId],
      ['Version', dc.version],
      ['Status', DOCUMENT_STATUS_LABELS[dc.status]],
      ['Contents', `${plural(plan.entries.length, 'document or register', 'documents and registers')} in ${plural(folders(plan).length, 'clause folder')}`],
      ['As of', formatDateLong(plan.asOf)],
      ['Classification', classificationOf(dc, organisation)],
    ],
    valueWidth: cm(12),
  });
}

function folders(plan: PackagePlan): string[] {
  return [...new Set(plan.entries.map((e) => e.folder))];
}

function aboutSection(data: PackageIndexData): Block[] {
  const { plan, organisation } = data;
  return [
    heading('About this package', 1),
    para(
      `This package holds the documented information of the information security management system of ` +
        `${organisation.legalName} as it stood on ${formatDateLong(plan.asOf)}, prepared for the Stage 1 ` +
        'documentation review. Every document and register was generated from the same ISMS workbook, so the ' +
        'figures, references and control records in one agree with those in the others.',
    ),
    para(
      `Each file sits in the folder of the ${STANDARD} clause it evidences, and its name starts with that clause ` +
        `(for example "6.1.3 Statement of Applicability.docx"). Word documents can be edited and restyled; Excel ` +
        'registers hold the same records as tables that can be filtered and sorted.',
    ),
    heading('Checking that nothing has changed', 2),
    para(
      `${PACKAGE_MANIFEST_FILE}, beside this index, lists the SHA-256 fingerprint of every other file in the package. ` +
        'Running "sha256sum -c MANIFEST.sha256" in the package folder (Linux, macOS with coreutils) reports each file as ' +
        'OK or FAILED; on Windows, "Get-FileHash -Algorithm SHA256 <file>" in PowerShell gives the value to compare. ' +
        'A file that was edited after the package was made no longer matches its fingerprint.',
    ),
  ];
}

function summarySection(plan: PackagePlan): Block[] {
  const widths = [cm(6), cm(2.4)];
  const counts = DOCUMENT_STATUSES.map((status) => [status, plan.entries.filter((e) => e.status === status).length] as const).filter(([, n]) => n > 0);
  const pending = plan.entries.filter((e) => e.status !== 'approved');
  return [
    heading('Summary', 1, { pageBreakBefore: true }),
    para(
      pending.length === 0
        ? `All ${plural(plan.entries.length, 'document and register', 'documents and registers')} are approved.`
        : `${plural(pending.length, 'document or register', 'documents and registers')} of ${plan.entries.length} ` +
            `${pending.length === 1 ? 'is' : 'are'} not yet approved; ${pending.length === 1 ? 'it is' : 'they are'} marked in the list below.`,
      { keepNext: true },
    ),
    table(
      [
        headerRow(['Status', 'Documents'], widths, { alignments: ['left', 'right'] }),
        ...counts.map(([status, n]) =>
          bodyRow([
            cell(DOCUMENT_STATUS_LABELS[status], { width: widths[0] }),
            cell(String(n), { width: widths[1], align: 'right', ...(status === 'approved' ? {} : { bold: true, colour: ALERT }) }),
          ]),
        ),
      ],
      { columnWidths: widths },
    ),
  ];
}

const LIST_HEADINGS = ['Clause', 'Document ID', 'Title', 'Version', 'Status', 'Approved by, on', 'File'];
const LIST_WEIGHTS = [0.9, 1.5, 4.4, 0.9, 1.1, 2.4, 4.6];

function listSection(plan: PackagePlan): Block[] {
  const widths = columnWidths(LIST_WEIGHTS, WIDTH);
  const total = widths.reduce((a, b) => a + b, 0);
  const lead = widths[0]! + widths[1]!;
  const rows: TableRow[] = [headerRow(LIST_HEADINGS, widths, compact)];
  let folder = '';
  for (const entry of plan.entries) {
    if (entry.folder !== folder) {
      folder = entry.folder;
      rows.push(groupRow(folder, LIST_HEADINGS.length, total, compact));
    }
    const pending = entry.status !== 'approved';
    rows.push(
      bodyRow([
        cell(entry.clause, { ...compact, width: widths[0] }),
        cell(entry.documentId || EMPTY, { ...compact, width: widths[1], bold: true, colour: COLOURS.heading }),
        cell(entry.title, { ...compact, width: widths[2] }),
        cell(entry.version || EMPTY, { ...compact, width: widths[3] }),
        cell(DOCUMENT_STATUS_LABELS[entry.status], { ...compact, width: widths[4], ...(pending ? { bold: true, colour: ALERT } : {}) }),
        cell(approvalText(entry), { ...compact, width: widths[5], italic: pending }),
        cell(entry.fileName, { ...compact, width: widths[6], colour: COLOURS.muted }),
      ]),
    );
  }
  rows.push(
    bodyRow([
      cell('Also in the package', { ...compact, width: lead, columnSpan: 2, bold: true, colour: COLOURS.heading }),
      cell(`${PACKAGE_INDEX_FILE}: this index. ${PACKAGE_MANIFEST_FILE}: the SHA-256 fingerprint of every other file.`, {
        ...compact,
        width: total - lead,
        columnSpan: LIST_HEADINGS.length - 2,
      }),
    ]),
  );
  return [heading('Documents and registers', 1, { pageBreakBefore: true }), table(rows, { columnWidths: widths })];
}

function issueSection(data: PackageIndexData): Block[] {
  return [
    heading('Issue', 1),
    para(
      'Issued for the Stage 1 documentation review by the owner of the information security management system, who ' +
        `confirms that the package holds the documents and registers listed in it as the workbook held them on ${formatDateLong(data.plan.asOf)}.`,
      { keepNext: true },
    ),
    signatureLines([
      ['Issued by', data.organisation.ismsOwner],
      ['Date', ''],
      ['Signature', ''],
    ]),
  ];
}

/** Renders the package index as a .docx; the same plan always gives the same bytes. */
export function buildPackageIndexDocx(data: PackageIndexData): Promise<Buffer> {
  const dc = indexDocumentControl(data.organisation, data.plan.asOf);
  return renderDocument(
    { organisation: data.organisation, documentControl: dc, asOf: data.plan.asOf },
    {
      title: INDEX_TITLE,
      orientation: ORIENTATION,
      subject: `${STANDARD}, Stage 1 documentation review`,
      keywords: 'ISO/IEC 27001:2022; Stage 1; documentation review; index; documented information',
      description: `Index of the Stage 1 documentation package of ${data.organisation.legalName}, as of ${data.plan.asOf}`,
      children: [
        ...cover(data, dc),
        ...controlSection({ organisation: data.organisation, documentControl: dc }, NARROW),
        ...aboutSection(data),
        ...summarySection(data.plan),
        ...issueSection(data),
        ...listSection(data.plan),
      ],
    },
  );
}
