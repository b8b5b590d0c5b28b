/**
 * One internal audit report as a Word document (ISO/IEC 27001:2022 clause 9.2.2): scope, criteria, auditors and
 * dates, a summary of findings by type, each finding with its clause or control and evidence, the nonconformities
 * raised, the independence check and the auditor's conclusion. Portrait A4.
 */
import { TableRow, TextRun } from 'docx';
import { AUDIT_STATUS_LABELS, FINDING_TYPE_LABELS, isNonconformityFinding, type AuditFinding, type FindingType } from '../../../shared/domain/audit';
import { NC_STATUS_LABELS, isNonconformityOverdue } from '../../../shared/domain/nonconformity';
import type { AuditReportData } from '../kinds/audit-exports';
import { personName } from '../kinds/audit-exports';
import {
  GOOD,
  auditCover,
  auditDates,
  clauseLabel,
  renderAuditDocument,
  requirementOf,
} from './audit-document-parts';
import { ALERT, controlSection, plural, signatureLines, type Block } from './document-parts';
import { formatDateLong, formatDateShort } from './dates';
import { contentWidth } from './page-setup';
import { COLOURS, SIZES, STYLE } from './styles';
import { bodyRow, cell, columnWidths, headerRow, labelValueTable, table } from './table-blocks';
import { EMPTY, heading, para } from './text-blocks';

const ORIENTATION = 'portrait' as const;
const WIDTH = contentWidth(ORIENTATION);
const STANDARD = 'ISO/IEC 27001:2022, clause 9.2';
const TITLE = 'Internal Audit Report';

/** Nonconformities first, then what management should know, then what was found in order. */
const REPORT_ORDER: readonly FindingType[] = ['major', 'minor', 'observation', 'improvement', 'conformity'];

const GROUP_HEADINGS: Record<FindingType, string> = {
  major: 'Major nonconformities',
  minor: 'Minor nonconformities',
  observation: 'Observations',
  improvement: 'Opportunities for improvement',
  conformity: 'Conformities',
};

const TYPE_MEANINGS: Record<FindingType, string> = {
  major: 'A requirement is not met in a way that puts the ISMS or its results at real risk, or a requirement is not addressed at all.',
  minor: 'A single or occasional lapse in meeting a requirement, which does not undermine the ISMS as a whole.',
  observation: 'Not a nonconformity today, but a weakness that could become one if left alone.',
  improvement: 'A suggestion that would make a process or control work better; acting on it is optional.',
  conformity: 'The requirement was sampled and found to be met; the evidence is recorded.',
};

function findingsOf(data: AuditReportData): AuditFinding[] {
  return data.findings.filter((f) => f.auditId === data.audit.id);
}

function detailsSection(data: AuditReportData): Block[] {
  const { audit } = data;
  return [
    heading('The audit', 1, { pageBreakBefore: true }),
    labelValueTable(
      [
        ['Audit reference', audit.ref],
        ['Title', audit.title],
        ['Status', AUDIT_STATUS_LABELS[audit.status]],
        ['Dates', auditDates(audit)],
        ['Auditors', audit.auditors.join('\n') || 'Not yet assigned'],
        ['Auditees', audit.auditees.join('\n') || EMPTY],
        ['Audit criteria', audit.criteria],
      ],
      { width: WIDTH, labelShare: 0.24 },
    ),
    heading('Scope', 2),
    para(audit.scope.trim() || 'No scope has been written for this audit.'),
    para([new TextRun({ text: 'Clauses: ', bold: true }), new TextRun(audit.clauses.map(clauseLabel).join('; ') || 'none')], { style: STYLE.tableText }),
    para(
      [
        new TextRun({ text: `Annex A controls (${audit.controls.length}): `, bold: true }),
        new TextRun(audit.controls.map((id) => `A.${id}`).join(', ') || 'none'),
      ],
      { style: STYLE.tableText },
    ),
  ];
}

function summarySection(data: AuditReportData): Block[] {
  const findings = findingsOf(data);
  const widths = columnWidths([2.2, 0.7, 5], WIDTH);
  const rows: TableRow[] = [headerRow(['Type of finding', 'Count', 'What it means'], widths, { alignments: ['left', 'right', 'left'] })];
  for (const type of REPORT_ORDER) {
    const n = findings.filter((f) => f.type === type).length;
    const alert = isNonconformityFinding(type) && n > 0;
    rows.push(
      bodyRow([
        cell(FINDING_TYPE_LABELS[type], { width: widths[0], bold: alert, colour: alert ? ALERT : undefined }),
        cell(String(n), { width: widths[1], align: 'right', bold: alert, colour: alert ? ALERT : undefined }),
        cell(TYPE_MEANINGS[type], { width: widths[2], style: STYLE.tableTextCompact }),
      ]),
    );
  }
  rows.push(bodyRow([cell('All findings', { width: widths[0], bold: true, fill: COLOURS.labelFill }), cell(String(findings.length), { width: widths[1], align: 'right', bold: true, fill: COLOURS.labelFill }), cell('', { width: widths[2], fill: COLOURS.labelFill })]));
  const ncs = findings.filter((f) => isNonconformityFinding(f.type)).length;
  return [
    heading('Summary of findings', 1),
    para(
      findings.length === 0
        ? 'No findings have been recorded for this audit yet.'
        : `The audit recorded ${plural(findings.length, 'finding')}, of which ${plural(ncs, 'is a nonconformity', 'are nonconformities')}.`,
      { keepNext: true },
    ),
    table(rows, { columnWidths: widths }),
  ];
}

function findingBlock(data: AuditReportData, finding: AuditFinding): Block[] {
  const nc = data.nonconformities.find((n) => n.id === finding.nonconformityId);
  const needsNc = isNonconformityFinding(finding.type);
  const ncText = nc
    ? `${nc.ref} (${NC_STATUS_LABELS[nc.status].toLowerCase()}${nc.owner ? `, owner ${nc.owner}` : ''})`
    : needsNc
      ? 'None raised yet: a nonconformity record with corrective action is required.'
      : '';
  const rows: [string, string][] = [
    ['Requirement', requirementOf(finding) || EMPTY],
    ['Finding', finding.description],
    ['Evidence', finding.evidence || EMPTY],
  ];
  if (ncText) rows.push(['Nonconformity', ncText]);
  return [heading(`${finding.ref}  ${FINDING_TYPE_LABELS[finding.type]}`, 3), labelValueTable(rows, { width: WIDTH, labelShare: 0.2 })];
}

function findingsSection(data: AuditReportData): Block[] {
  const findings = findingsOf(data);
  if (findings.length === 0) return [];
  const out: Block[] = [heading('Findings', 1, { pageBreakBefore: true })];
  for (const type of REPORT_ORDER) {
    const ofType = findings.filter((f) => f.type === type);
    if (ofType.length === 0) continue;
    out.push(heading(GROUP_HEADINGS[type], 2));
    for (const finding of ofType) out.push(...findingBlock(data, finding));
  }
  return out;
}

function nonconformitySection(data: AuditReportData): Block[] {
  const findings = findingsOf(data);
  const linked = data.nonconformities.filter((nc) => findings.some((f) => f.nonconformityId === nc.id));
  const out: Block[] = [heading('Nonconformities raised', 1)];
  if (linked.length === 0) {
    const missing = findings.some((f) => isNonconformityFinding(f.type));
    return [...out, para(missing ? 'No nonconformity record has been raised yet for the nonconformities found.' : 'The audit raised no nonconformities.', missing ? { colour: ALERT, bold: true } : {})];
  }
  const widths = columnWidths([0.9, 1.5, 3.6, 1.6, 1.1, 1.3], WIDTH);
  const rows: TableRow[] = [headerRow(['Ref', 'From finding', 'Corrective action', 'Owner', 'Due', 'Status'], widths, { style: STYLE.tableHeading, size: SIZES.tableCompact })];
  for (const nc of linked) {
    const overdue = isNonconformityOverdue(nc, data.asOf);
    const compact = { style: STYLE.tableTextCompact };
    rows.push(
      bodyRow([
        cell(nc.ref, { ...compact, width: widths[0], bold: true, colour: COLOURS.heading }),
        cell(findings.filter((f) => f.nonconformityId === nc.id).map((f) => f.ref), { ...compact, width: widths[1] }),
        cell(nc.correctiveAction || 'Not yet decided', { ...compact, width: widths[2], italic: nc.correctiveAction === '' }),
        cell(nc.owner || EMPTY, { ...compact, width: widths[3] }),
        cell(nc.dueDate ? formatDateShort(nc.dueDate) : EMPTY, { ...compact, width: widths[4], bold: overdue, colour: overdue ? ALERT : undefined }),
        cell(NC_STATUS_LABELS[nc.status] + (nc.effectivenessResult === 'effective' ? ', effective' : ''), { ...compact, width: widths[5] }),
      ]),
    );
  }
  return [...out, para(`Status as of ${formatDateLong(data.asOf)}; corrective action is tracked in the nonconformity and corrective action register.`, { keepNext: true }), table(rows, { columnWidths: widths })];
}

function conclusionSection(data: AuditReportData): Block[] {
  const { audit } = data;
  const concerns = data.independence.filter((w) => w.auditRef === audit.ref);
  return [
    heading('Auditor independence', 2),
    concerns.length === 0
      ? para('No auditor audited their own work: none is an auditee, an owner of an audited control, or responsible for running the ISMS.', { colour: GOOD })
      : para(concerns.map((w) => w.message).join('\n'), { colour: ALERT }),
    heading('Conclusion', 1),
    para(audit.conclusion.trim() || (audit.status === 'completed' ? 'No conclusion was recorded.' : 'The conclusion is written when the audit is completed.')),
    heading('Sign-off', 2),
    para('The lead auditor issues the report; the ISMS owner acknowledges it and agrees the follow-up.', { keepNext: true }),
    signatureLines([
      ['Lead auditor', audit.auditors[0] ? personName(audit.auditors[0]) : ''],
      ['Date', ''],
      ['Signature', ''],
    ]),
    para('', { spacingAfter: 0 }),
    signatureLines([
      ['ISMS owner', data.documentControl.approver],
      ['Date', ''],
      ['Signature', ''],
    ]),
  ];
}

/** Renders one audit report as a .docx; the same data always gives the same bytes. */
export async function buildAuditReportDocx(data: AuditReportData): Promise<Buffer> {
  const subtitleText = `${data.audit.ref}  ${data.audit.title}`;
  return renderAuditDocument(data, {
    title: TITLE,
    orientation: ORIENTATION,
    subject: `${STANDARD}; ${data.audit.ref}`,
    keywords: 'ISO/IEC 27001:2022; internal audit report; findings; nonconformity',
    children: [
      ...auditCover(data, TITLE, subtitleText, [['Audit dates', auditDates(data.audit)]]),
      ...controlSection(data, WIDTH),
      ...detailsSection(data),
      ...summarySection(data),
      ...findingsSection(data),
      ...nonconformitySection(data),
      ...conclusionSection(data),
    ],
  });
}
