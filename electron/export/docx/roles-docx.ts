/**
 * ISMS Roles and Responsibilities as a Word document (ISO/IEC 27001:2022 clause 5.3): each role, who holds it
 * and what they are accountable for, and the competences each role requires where they are recorded. Portrait A4.
 * Same data in, same bytes out.
 */
import { TextRun } from 'docx';
import { accountabilityLines, type IsmsRole } from '../../../shared/domain/context';
import { COLOURS, STYLE } from './styles';
import { bodyRow, cell, columnWidths, headerRow, table } from './table-blocks';
import { heading, para } from './text-blocks';
import { WIDTH, approvalBlock, cellBullet, opening, renderContextDocument, type ContextExportData } from './context-docx';
import { type Block } from './document-parts';

const STANDARD = 'ISO/IEC 27001:2022';
const WARN = 'B54708';

function purposeSection(data: ContextExportData): Block[] {
  const org = data.organisation.legalName;
  const unassigned = data.roles.filter((role) => role.holder.trim() === '');
  return [
    heading('Purpose', 1, { pageBreakBefore: true }),
    para(
      `Top management of ${org} assigns the responsibilities and authorities for the roles that matter to information ` +
        'security, and makes sure they are communicated within the organisation. This document records those roles, ' +
        'who holds each one, and what the holder is accountable for, including the responsibility for making sure ' +
        'the information security management system (ISMS) conforms to ISO/IEC 27001:2022 and for reporting on its ' +
        'performance to top management.',
    ),
    para(
      'The ISMS owner keeps this document current when people join, leave or change roles, and top management ' +
        'approves each new version.' +
        (unassigned.length > 0 ? ` ${unassigned.length === 1 ? 'One role has' : `${unassigned.length} roles have`} no holder yet and ${unassigned.length === 1 ? 'is' : 'are'} marked below.` : ''),
    ),
  ];
}

const ROLE_WIDTHS = columnWidths([3.2, 3.6, 7.6], WIDTH);

function accountabilityParagraphs(role: IsmsRole) {
  const lines = accountabilityLines(role.accountabilities);
  if (lines.length === 0) return [para('Not yet defined', { style: STYLE.tableText, italic: true })];
  return lines.map(cellBullet);
}

function rolesSection(data: ContextExportData): Block[] {
  return [
    heading('Roles, holders and accountabilities', 1),
    data.roles.length === 0
      ? para('No ISMS role is recorded.', { italic: true })
      : table(
          [
            headerRow(['Role', 'Held by', 'Accountable for'], ROLE_WIDTHS),
            ...data.roles.map((role) =>
              bodyRow([
                cell(role.title, { width: ROLE_WIDTHS[0], bold: true, colour: COLOURS.heading }),
                role.holder.trim()
                  ? cell(role.holder, { width: ROLE_WIDTHS[1] })
                  : cell([para([new TextRun({ text: 'Not yet assigned', bold: true, color: WARN })], { style: STYLE.tableText })], { width: ROLE_WIDTHS[1] }),
                cell(accountabilityParagraphs(role), { width: ROLE_WIDTHS[2] }),
              ]),
            ),
          ],
          { columnWidths: ROLE_WIDTHS },
        ),
  ];
}

function competenceSection(data: ContextExportData): Block[] {
  const roles = data.roles.filter((role) => role.competences.length > 0);
  if (roles.length === 0) return [];
  const widths = columnWidths([3.6, 10.8], WIDTH);
  return [
    heading('Competence required for each role', 1),
    para('The knowledge, skills and experience each role requires (clause 7.2); records of how holders meet them are kept with the competence records.', {
      keepNext: true,
    }),
    table(
      [
        headerRow(['Role', 'Competences required'], widths),
        ...roles.map((role) =>
          bodyRow([
            cell(role.title, { width: widths[0], bold: true, colour: COLOURS.heading }),
            cell(role.competences.map(cellBullet), { width: widths[1] }),
          ]),
        ),
      ],
      { columnWidths: widths },
    ),
  ];
}

/** Renders ISMS Roles and Responsibilities as a .docx; the same data always gives the same bytes. */
export function buildRolesDocx(data: ContextExportData): Promise<Buffer> {
  return renderContextDocument(data, 'roles', {
    subject: `${STANDARD}, clause 5.3`,
    keywords: 'ISO/IEC 27001:2022; clause 5.3; roles; responsibilities; authorities',
    children: [
      ...opening(data, 'roles'),
      ...purposeSection(data),
      ...rolesSection(data),
      ...competenceSection(data),
      ...approvalBlock(
        data,
        `By signing below, top management of ${data.organisation.legalName} assigns the roles above, with the ` +
          'responsibilities and authorities described, and confirms that they have been communicated to the holders.',
      ),
    ],
  });
}
