/**
 * Competence and Awareness Records as a Word document (ISO/IEC 27001:2022 clauses 7.2 and 7.3): the competences
 * each ISMS role requires with the records its holder has, the records that have expired or expire within 30 days,
 * and every training, awareness and qualification record by person with dates and evidence. Landscape A4.
 * Same data in, same bytes out.
 */
import { TableRow, TextRun } from 'docx';
import {
  EXPIRY_WARNING_DAYS,
  TRAINING_KINDS,
  TRAINING_KIND_LABELS,
  TRAINING_VALIDITY_LABELS,
  personKey,
  recordsForRole,
  trainingValidity,
  type TrainingRecord,
  type TrainingValidity,
} from '../../../shared/domain/competence';
import type { CompetenceExportData } from '../kinds/objectives-exports';
import { formatDateLong, formatDateShort } from './dates';
import { ALERT, approvalLines, controlSection, documentCover, documentTitle, plural, renderDocument, type Block } from './document-parts';
import { contentWidth } from './page-setup';
import { COLOURS, SIZES, STYLE } from './styles';
import { bodyRow, cell, columnWidths, groupRow, headerRow, table, type CellOptions } from './table-blocks';
import { EMPTY, heading, para } from './text-blocks';

const ORIENTATION = 'landscape' as const;
const WIDTH = contentWidth(ORIENTATION);
const NARROW = Math.round(WIDTH * 0.66);
const STANDARD = 'ISO/IEC 27001:2022, clauses 7.2 and 7.3';
const WARN = 'B54708';

const compact: CellOptions = { style: STYLE.tableTextCompact };
const headerOpts = { size: SIZES.tableCompact };

const VALIDITY_STYLE: Record<TrainingValidity, CellOptions> = {
  expired: { bold: true, colour: ALERT },
  expiring: { bold: true, colour: WARN },
  valid: {},
  'no-expiry': { colour: COLOURS.muted },
};

function purposeSection(data: CompetenceExportData): Block[] {
  const org = data.organisation.legalName;
  return [
    heading('Purpose', 1, { pageBreakBefore: true }),
    para(
      `This document shows how ${org} makes sure that the people whose work affects information security are competent ` +
        'to do it, and that everyone working for the organisation is aware of what information security asks of them.',
    ),
    para(
      'For each ISMS role it lists the competences the role requires, decided from the duties the role carries. Where a ' +
        'holder lacks a competence, it is gained through training, mentoring, a qualification or a change of role, and ' +
        'the result is recorded here with evidence, such as a certificate, a learning platform report or an attendance list.',
    ),
    para(
      'Awareness sessions make sure staff know the Information Security Policy, how their own work contributes to ' +
        'keeping information safe, and what follows if they do not keep to the ISMS requirements. Records that lapse ' +
        `are renewed; those that have expired, or expire within ${EXPIRY_WARNING_DAYS} days of the date of this document, are flagged.`,
    ),
  ];
}

function summarySection(data: CompetenceExportData): Block[] {
  const counts = new Map(TRAINING_KINDS.map((k) => [k, { total: 0, expiring: 0, expired: 0 }]));
  const attention: { record: TrainingRecord; validity: TrainingValidity }[] = [];
  for (const record of data.records) {
    const validity = trainingValidity(record, data.asOf);
    const c = counts.get(record.kind)!;
    c.total += 1;
    if (validity === 'expired') c.expired += 1;
    if (validity === 'expiring') c.expiring += 1;
    if (validity === 'expired' || validity === 'expiring') attention.push({ record, validity });
  }
  const people = new Set(data.records.map((r) => personKey(r.person))).size;
  const expired = attention.filter((a) => a.validity === 'expired').length;
  const widths = columnWidths([2, 1, 1.3, 1], NARROW);
  const number = (n: number, index: number, opts: CellOptions = {}) => cell(String(n), { width: widths[index], align: 'right', ...opts });
  const kindRows = TRAINING_KINDS.map((kind) => {
    const c = counts.get(kind)!;
    return bodyRow([
      cell(TRAINING_KIND_LABELS[kind], { width: widths[0] }),
      number(c.total, 1),
      number(c.expiring, 2, c.expiring > 0 ? VALIDITY_STYLE.expiring : {}),
      number(c.expired, 3, c.expired > 0 ? VALIDITY_STYLE.expired : {}),
    ]);
  });
  const out: Block[] = [
    heading('Summary', 1),
    para(
      `As of ${formatDateLong(data.asOf)} the register holds ${plural(data.records.length, 'record')} for ${plural(people, 'person', 'people')}; ` +
        `${plural(expired, 'record has', 'records have')} expired and ${attention.length - expired} ${attention.length - expired === 1 ? 'expires' : 'expire'} ` +
        `within ${EXPIRY_WARNING_DAYS} days.`,
      { keepNext: true },
    ),
    table(
      [
        headerRow(['Kind', 'Records', `Expire within ${EXPIRY_WARNING_DAYS} days`, 'Expired'], widths, { alignments: ['left', 'right', 'right', 'right'] }),
        ...kindRows,
      ],
      { columnWidths: widths },
    ),
    heading('Records needing renewal', 2),
  ];
  if (attention.length === 0) return [...out, para(`No record has expired or expires within ${EXPIRY_WARNING_DAYS} days.`)];
  attention.sort((a, b) => (a.record.expiresOn ?? '').localeCompare(b.record.expiresOn ?? ''));
  const w = columnWidths([2, 2, 4, 1.3, 1.4], WIDTH);
  return [
    ...out,
    table(
      [
        headerRow(['Person', 'Role', 'Subject', 'Expires', 'Status'], w, headerOpts),
        ...attention.map(({ record, validity }) =>
          bodyRow([
            cell(record.person, { ...compact, width: w[0] }),
            cell(record.role || EMPTY, { ...compact, width: w[1] }),
            cell(record.subject, { ...compact, width: w[2] }),
            cell(formatDateShort(record.expiresOn), { ...compact, width: w[3], ...VALIDITY_STYLE[validity] }),
            cell(TRAINING_VALIDITY_LABELS[validity], { ...compact, width: w[4], ...VALIDITY_STYLE[validity] }),
          ]),
        ),
      ],
      { columnWidths: w },
    ),
  ];
}

function rolesSection(data: CompetenceExportData): Block[] {
  const out: Block[] = [heading('Required competences by role', 1, { pageBreakBefore: true })];
  if (data.roles.length === 0) return [...out, para('No ISMS roles have been defined yet; define them under Scope and roles.', { bold: true, colour: ALERT })];
  const w = columnWidths([1.8, 1.6, 3.8, 4.2], WIDTH);
  const rows: TableRow[] = [headerRow(['Role', 'Holder', 'Required competences', 'Records held'], w, headerOpts)];
  for (const role of data.roles) {
    const held = recordsForRole(role, data.records).map((r) => {
      const validity = trainingValidity(r, data.asOf);
      const flag = validity === 'expired' || validity === 'expiring' ? `  (${TRAINING_VALIDITY_LABELS[validity].toLowerCase()})` : '';
      return para(
        [
          new TextRun({ text: `${r.subject}, ${formatDateShort(r.completedOn)}` }),
          ...(flag ? [new TextRun({ text: flag, bold: true, color: VALIDITY_STYLE[validity].colour })] : []),
        ],
        compact,
      );
    });
    rows.push(
      bodyRow([
        cell(role.title, { ...compact, width: w[0], bold: true, colour: COLOURS.heading }),
        cell(role.holder || 'Not assigned', { ...compact, width: w[1], ...(role.holder ? {} : { colour: ALERT }) }),
        role.competences.length > 0
          ? cell(role.competences.map((c) => `• ${c}`), { ...compact, width: w[2], paragraphs: true })
          : cell('No competences recorded yet', { ...compact, width: w[2], italic: true, colour: ALERT }),
        held.length > 0 ? cell(held, { width: w[3] }) : cell('No records', { ...compact, width: w[3], italic: true, colour: COLOURS.muted }),
      ]),
    );
  }
  return [
    ...out,
    para('Records held are those of the role holder, and those filed under the role.', { keepNext: true }),
    table(rows, { columnWidths: w }),
  ];
}

function recordsSection(data: CompetenceExportData): Block[] {
  const out: Block[] = [heading('Training, awareness and qualification records', 1, { pageBreakBefore: true })];
  if (data.records.length === 0) return [...out, para('No training, awareness or qualification has been recorded yet.', { bold: true, colour: ALERT })];
  const w = columnWidths([1.2, 3.4, 1.1, 1.1, 1.2, 3], WIDTH);
  const byPerson = new Map<string, TrainingRecord[]>();
  for (const record of data.records) {
    const list = byPerson.get(record.person.trim()) ?? [];
    list.push(record);
    byPerson.set(record.person.trim(), list);
  }
  const rows: TableRow[] = [headerRow(['Kind', 'Subject', 'Completed', 'Expires', 'Status', 'Evidence'], w, headerOpts)];
  for (const person of [...byPerson.keys()].sort((a, b) => a.localeCompare(b, 'en-GB'))) {
    const records = byPerson.get(person)!;
    const roles = [...new Set(records.map((r) => r.role.trim()).filter(Boolean))].join(', ');
    rows.push(groupRow(roles ? `${person}  ·  ${roles}` : person, w.length, WIDTH));
    for (const r of records) {
      const validity = trainingValidity(r, data.asOf);
      rows.push(
        bodyRow([
          cell(TRAINING_KIND_LABELS[r.kind], { ...compact, width: w[0] }),
          cell(r.subject, { ...compact, width: w[1] }),
          cell(formatDateShort(r.completedOn), { ...compact, width: w[2] }),
          cell(r.expiresOn ? formatDateShort(r.expiresOn) : EMPTY, { ...compact, width: w[3], ...VALIDITY_STYLE[validity] }),
          cell(TRAINING_VALIDITY_LABELS[validity], { ...compact, width: w[4], ...VALIDITY_STYLE[validity] }),
          cell(r.evidence || 'No evidence recorded', { ...compact, width: w[5], ...(r.evidence ? {} : { italic: true, colour: ALERT }) }),
        ]),
      );
    }
  }
  return [
    ...out,
    para(`By person, most recent first. Status is as of ${formatDateLong(data.asOf)}.`, { keepNext: true }),
    table(rows, { columnWidths: w }),
  ];
}

export async function buildCompetenceDocx(data: CompetenceExportData): Promise<Buffer> {
  return renderDocument(data, {
    title: documentTitle(data, 'competence'),
    orientation: ORIENTATION,
    subject: STANDARD,
    keywords: 'ISO/IEC 27001:2022; competence; awareness; training records',
    children: [
      ...documentCover(data, documentTitle(data, 'competence'), STANDARD),
      ...controlSection(data, NARROW),
      ...purposeSection(data),
      ...summarySection(data),
      ...rolesSection(data),
      ...recordsSection(data),
      heading('Approval', 1),
      para('By signing, the approver confirms that these records are complete and that the competence gaps shown are being addressed.', { keepNext: true }),
      approvalLines(data),
    ],
  });
}
