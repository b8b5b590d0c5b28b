/**
 * The Internal Audit Programme as a Word document (ISO/IEC 27001:2022 clause 9.2.2): the certification cycle, the
 * audits planned and held in it, a coverage matrix of clauses 4 to 10 and of the applicable Annex A controls
 * against those audits, what is not yet planned, and the auditor independence check. Landscape A4.
 */
import { TableRow } from 'docx';
import { CONTROL_THEMES } from '../../../shared/catalog/annex-a';
import { AUDIT_STATUS_LABELS, FINDING_TYPES, FINDING_TYPE_SHORT, type Audit, type AuditFinding } from '../../../shared/domain/audit';
import { CONTROLLED_DOCUMENTS } from '../../../shared/domain/controlled-documents';
import { NOT_COUNTED_LABELS, type ClauseCoverage, type CoveredItem } from '../../../shared/rules/audit-coverage';
import type { AuditExportData } from '../kinds/audit-exports';
import {
  GOOD,
  MARK,
  auditCover,
  auditDates,
  clauseLabel,
  controlText,
  leadIn,
  renderAuditDocument,
} from './audit-document-parts';
import { ALERT, approvalLines, controlSection, plural, type Block } from './document-parts';
import { formatDateLong } from './dates';
import { contentWidth } from './page-setup';
import { COLOURS, SIZES, STYLE } from './styles';
import { bodyRow, cell, columnWidths, groupRow, headerRow, labelValueTable, table, type CellOptions } from './table-blocks';
import { EMPTY, heading, para } from './text-blocks';

const ORIENTATION = 'landscape' as const;
const WIDTH = contentWidth(ORIENTATION);
const NARROW = Math.round(WIDTH * 0.66);
const STANDARD = 'ISO/IEC 27001:2022, clause 9.2';
const compact: CellOptions = { style: STYLE.tableTextCompact };
const headerOpts = { style: STYLE.tableHeading, size: SIZES.tableCompact };

const cycleText = (data: AuditExportData) =>
  data.cycle.start && data.cycle.end
    ? `${formatDateLong(data.cycle.start)} to ${formatDateLong(data.cycle.end)}`
    : 'not yet set';

/** "2 Minor NC, 6 Conformity" for a completed audit. */
export function findingSummary(findings: readonly AuditFinding[]): string {
  if (findings.length === 0) return 'No findings recorded';
  return FINDING_TYPES.flatMap((type) => {
    const n = findings.filter((f) => f.type === type).length;
    return n > 0 ? [`${n} ${FINDING_TYPE_SHORT[type]}`] : [];
  }).join(', ');
}

function purposeSection(data: AuditExportData): Block[] {
  const org = data.organisation.legalName;
  return [
    heading('Purpose and approach', 1, { pageBreakBefore: true }),
    para(
      `This programme plans the internal audits ${org} carries out over its certification cycle (${cycleText(data)}), so that ` +
        'every requirement of the information security management system (clauses 4 to 10 of ISO/IEC 27001:2022) and every ' +
        'Annex A control that the Statement of Applicability marks as applicable is audited at least once before recertification.',
    ),
    para(
      'Audits are scheduled by importance: processes and controls that treat the highest risks, that have changed, or where an ' +
        'earlier audit found problems are audited more often. Each audit has a written scope and criteria and is carried out by ' +
        'auditors who do not audit their own work. Results are reported to the managers concerned and to top management through ' +
        'the management review; nonconformities are entered in the nonconformity and corrective action register and followed up ' +
        'until an effectiveness review closes them.',
    ),
    para(
      'In the coverage tables, ' + MARK + ' marks an audit that covers the clause or control. A clause counts as covered when an ' +
        'audit in the cycle names it or one of its sub-clauses, and a clause named as a whole reaches all its sub-clauses; a control ' +
        'counts when an audit names it. Cancelled audits, audits without dates and audits outside the cycle do not count.',
    ),
  ];
}

function summarySection(data: AuditExportData): Block[] {
  const { coverage, audits } = data;
  const live = audits.filter((a) => a.status !== 'cancelled');
  const byStatus = (['completed', 'in-progress', 'planned'] as const)
    .map((s) => [s, live.filter((a) => a.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${AUDIT_STATUS_LABELS[s].toLowerCase()}`);
  const clausesCovered = coverage.clauses.length - coverage.unplannedClauses.length;
  const controlsCovered = coverage.controls.length - coverage.unplannedControls.length;
  const subTotal = coverage.clauses.reduce((n, c) => n + c.subClauses.length, 0);
  const subReached = coverage.clauses.reduce((n, c) => n + c.subClauses.filter((s) => s.auditRefs.length > 0).length, 0);
  return [
    heading('Programme at a glance', 1),
    labelValueTable(
      [
        ['Certification cycle', cycleText(data)],
        ['Audits', live.length === 0 ? 'None planned yet' : `${live.length} (${byStatus.join(', ')})`],
        ['Clauses 4 to 10 covered', `${clausesCovered} of ${coverage.clauses.length}`],
        ['Sub-clauses reached', `${subReached} of ${subTotal}`],
        ['Applicable Annex A controls covered', `${controlsCovered} of ${coverage.controls.length}`],
        ['Auditor independence', data.independence.length === 0 ? 'No auditor audits their own work' : plural(data.independence.length, 'concern') + ' (see below)'],
      ],
      { width: NARROW, labelShare: 0.38 },
    ),
    coverage.complete
      ? para('Every clause and every applicable control is covered by the programme.', { colour: GOOD, bold: true, spacingBefore: 120 })
      : para('The programme does not yet cover everything: see "Not yet planned" below.', { colour: ALERT, bold: true, spacingBefore: 120 }),
  ];
}

const SCHEDULE = ['Ref', 'Audit', 'Planned dates', 'Auditors', 'Clauses', 'Controls', 'Status', 'Findings'];
const SCHEDULE_WEIGHTS = [1.1, 3.2, 1.5, 2.6, 1.6, 0.9, 1, 2.2];

function scheduleSection(data: AuditExportData): Block[] {
  const widths = columnWidths(SCHEDULE_WEIGHTS, WIDTH);
  const rows: TableRow[] = [headerRow(SCHEDULE, widths, headerOpts)];
  for (const audit of data.audits) {
    const findings = data.findings.filter((f) => f.auditId === audit.id);
    const muted: CellOptions = audit.status === 'cancelled' ? { ...compact, colour: COLOURS.muted } : compact;
    rows.push(
      bodyRow([
        cell(audit.ref, { ...compact, width: widths[0], bold: true, colour: COLOURS.heading }),
        cell(audit.title, { ...muted, width: widths[1] }),
        cell(auditDates(audit), { ...muted, width: widths[2] }),
        cell(audit.auditors.length > 0 ? audit.auditors : ['Not yet assigned'], { ...muted, width: widths[3] }),
        cell(audit.clauses.join(', ') || EMPTY, { ...muted, width: widths[4] }),
        cell(String(audit.controls.length), { ...muted, width: widths[5], align: 'right' }),
        cell(AUDIT_STATUS_LABELS[audit.status], { ...muted, width: widths[6] }),
        cell(audit.status === 'completed' || findings.length > 0 ? findingSummary(findings) : EMPTY, { ...muted, width: widths[7] }),
      ]),
    );
  }
  return [
    heading('Audit schedule', 1, { pageBreakBefore: true }),
    data.audits.length === 0
      ? para('No audits have been planned yet.')
      : table(rows, { columnWidths: widths }),
    ...data.coverage.notCounted.map((n) => para(`${n.ref} ${NOT_COUNTED_LABELS[n.reason]} and does not count towards coverage.`, { italic: true, colour: COLOURS.muted })),
  ];
}

/** The audits that count, in programme order: one matrix column each. */
function countedAudits(data: AuditExportData): Audit[] {
  const excluded = new Set(data.coverage.notCounted.map((n) => n.ref));
  return data.audits.filter((a) => !excluded.has(a.ref));
}

function matrixWidths(auditCount: number): number[] {
  return columnWidths([0.8, 4.2, ...Array<number>(auditCount).fill(1), 1.1], WIDTH);
}

function matrixHeader(audits: Audit[], widths: number[], first: string): TableRow {
  const labels = [first, 'Title', ...audits.map((a) => a.ref), 'Covered'];
  return headerRow(labels, widths, { ...headerOpts, alignments: labels.map((_, i) => (i < 2 ? 'left' : 'center')) });
}

function matrixRow(item: CoveredItem, label: string, audits: Audit[], widths: number[], opts: CellOptions = {}): TableRow {
  const covered = item.auditRefs.length > 0;
  return bodyRow([
    cell(label, { ...compact, ...opts, width: widths[0], bold: true, colour: COLOURS.heading }),
    cell(item.title, { ...compact, ...opts, width: widths[1] }),
    ...audits.map((a, i) => cell(item.auditRefs.includes(a.ref) ? MARK : '', { ...compact, ...opts, width: widths[i + 2], align: 'center', colour: COLOURS.accent })),
    cell(covered ? 'Yes' : 'Not planned', { ...compact, ...opts, width: widths[widths.length - 1], align: 'center', bold: !covered, colour: covered ? COLOURS.text : ALERT }),
  ]);
}

function clauseMatrix(data: AuditExportData): Block[] {
  const audits = countedAudits(data);
  const widths = matrixWidths(audits.length);
  const rows: TableRow[] = [matrixHeader(audits, widths, 'Clause')];
  data.coverage.clauses.forEach((clause: ClauseCoverage) => {
    rows.push(matrixRow(clause, clause.id, audits, widths, { fill: COLOURS.labelFill }));
    for (const sub of clause.subClauses) rows.push(matrixRow(sub, sub.id, audits, widths));
  });
  return [
    heading('Coverage of clauses 4 to 10', 1, { pageBreakBefore: true }),
    table(rows, { columnWidths: widths }),
  ];
}

function controlMatrix(data: AuditExportData): Block[] {
  const audits = countedAudits(data);
  const widths = matrixWidths(audits.length);
  const rows: TableRow[] = [matrixHeader(audits, widths, 'Control')];
  for (const theme of CONTROL_THEMES) {
    const controls = data.coverage.controls.filter((c) => c.theme === theme.id);
    if (controls.length === 0) continue;
    rows.push(groupRow(`${theme.clause} ${theme.title}  (${plural(controls.length, 'applicable control')})`, widths.length, WIDTH, { style: STYLE.tableTextCompact }));
    for (const control of controls) rows.push(matrixRow(control, `A.${control.id}`, audits, widths));
  }
  const excluded = 93 - data.coverage.controls.length;
  return [
    heading('Coverage of applicable Annex A controls', 1, { pageBreakBefore: true }),
    para(
      `The ${plural(data.coverage.controls.length, 'control')} the Statement of Applicability marks as applicable` +
        (excluded > 0 ? `; the ${plural(excluded, 'excluded control')} ${excluded === 1 ? 'is' : 'are'} not audited.` : '.'),
      { keepNext: true },
    ),
    data.coverage.controls.length > 0 ? table(rows, { columnWidths: widths }) : para('No control is marked applicable yet.'),
  ];
}

function gapsSection(data: AuditExportData): Block[] {
  const { coverage } = data;
  const out: Block[] = [heading('Not yet planned', 1)];
  if (coverage.complete && coverage.unplannedSubClauses.length === 0) {
    return [...out, para('Nothing: every clause, sub-clause and applicable control is covered by an audit in the cycle.')];
  }
  if (coverage.unplannedClauses.length > 0) out.push(leadIn('Clauses: ', coverage.unplannedClauses.map(clauseLabel).join('; '), { colour: ALERT }));
  if (coverage.unplannedControls.length > 0) out.push(leadIn('Controls: ', coverage.unplannedControls.map(controlText).join('; '), { colour: ALERT }));
  if (coverage.unplannedSubClauses.length > 0) {
    out.push(leadIn('Sub-clauses not yet reached (their clause is covered through another sub-clause): ', coverage.unplannedSubClauses.map(clauseLabel).join('; ')));
  }
  return out;
}

function independenceSection(data: AuditExportData): Block[] {
  const out: Block[] = [
    heading('Auditor independence', 1),
    para(
      'The auditors of every audit that is not cancelled are checked against the auditees, the owners of the audited controls in ' +
        'the Statement of Applicability, the ISMS owner and the holders of ISMS roles, so that no one audits their own work.',
      { keepNext: true },
    ),
  ];
  if (data.independence.length === 0) return [...out, para('No auditor in the programme audits their own work.', { colour: GOOD, bold: true })];
  const widths = columnWidths([1, 2.2, 5], NARROW);
  const rows = [
    headerRow(['Audit', 'Auditor', 'Concern'], widths),
    ...data.independence.map((w) =>
      bodyRow([cell(w.auditRef, { width: widths[0], bold: true }), cell(w.auditor, { width: widths[1] }), cell(w.message, { width: widths[2], colour: ALERT })]),
    ),
  ];
  return [...out, table(rows, { columnWidths: widths })];
}

function approvalSection(data: AuditExportData): Block[] {
  return [
    heading('Approval', 1),
    para('The approver confirms that the programme is adequate for the certification cycle and that the resources it needs are available.', { keepNext: true }),
    approvalLines(data),
  ];
}

/** Renders the Internal Audit Programme as a .docx; the same data always gives the same bytes. */
export async function buildAuditProgrammeDocx(data: AuditExportData): Promise<Buffer> {
  const documentTitle = data.documentControl.title.trim() || CONTROLLED_DOCUMENTS['audit-programme'].title;
  return renderAuditDocument(data, {
    title: documentTitle,
    orientation: ORIENTATION,
    subject: STANDARD,
    keywords: 'ISO/IEC 27001:2022; internal audit programme; audit coverage; clause 9.2',
    children: [
      ...auditCover(data, documentTitle, STANDARD, [['Certification cycle', cycleText(data)]]),
      ...controlSection(data, NARROW),
      ...purposeSection(data),
      ...summarySection(data),
      ...scheduleSection(data),
      ...clauseMatrix(data),
      ...controlMatrix(data),
      ...gapsSection(data),
      ...independenceSection(data),
      ...approvalSection(data),
    ],
  });
}
