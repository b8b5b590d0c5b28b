/**
 * What the internal audit programme, the audit reports and the nonconformity register add to the shared document
 * parts: their cover and document assembly, coverage marks and small text helpers.
 */
import { Paragraph, TextRun } from 'docx';
import { controlById } from '../../../shared/catalog/annex-a';
import { clauseById } from '../../../shared/catalog/clauses';
import { formatDateShort } from './dates';
import { documentCover, renderDocument, type Block, type DocumentBasics, type DocumentSpec } from './document-parts';
import { cm } from './page-setup';
import { para, runs } from './text-blocks';

export const GOOD = '067647';
/** The mark in coverage matrices. */
export const MARK = '●';

type Basics = Pick<DocumentBasics, 'organisation' | 'logo' | 'documentControl' | 'asOf'>;

/** The cover page, with any extra key facts before the as-of date, on a wider value column. */
export function auditCover(data: Basics, titleText: string, subtitleText: string, extra: [string, string][] = []): Block[] {
  return documentCover(data, titleText, subtitleText, { extra, valueWidth: cm(11) });
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

/** Packs a document with the house styles; the page header shows the title the document was given. */
export async function renderAuditDocument(data: Basics, spec: DocumentSpec): Promise<Buffer> {
  return renderDocument({ ...data, documentControl: { ...data.documentControl, title: spec.title } }, spec);
}
