/**
 * Interested Parties and Requirements as a Word document (ISO/IEC 27001:2022 clause 4.2): the parties relevant to
 * the ISMS, their needs and expectations, which of their requirements the ISMS takes on, and how each is met.
 * Portrait A4. Same data in, same bytes out.
 */
import { TextRun, type Paragraph } from 'docx';
import {
  PARTY_CATEGORY_LABELS,
  isUnaddressed,
  summariseRequirements,
  unaddressedRequirements,
  type InterestedParty,
  type PartyRequirement,
} from '../../../shared/domain/context';
import { COLOURS, STYLE } from './styles';
import { bodyRow, cell, columnWidths, headerRow, table } from './table-blocks';
import { EMPTY, heading, para } from './text-blocks';
import { WIDTH, bullet, labelled, opening, renderContextDocument, type ContextExportData } from './context-docx';
import { plural, type Block } from './document-parts';

const STANDARD = 'ISO/IEC 27001:2022';
const WARN = 'B54708';

function purposeSection(data: ContextExportData): Block[] {
  const s = summariseRequirements(data.parties);
  const org = data.organisation.legalName;
  return [
    heading('Purpose', 1, { pageBreakBefore: true }),
    para(
      `This document identifies the people and organisations with an interest in ${org}\u2019s information security, ` +
        'what they need and expect from it, and which of those needs the organisation has taken on as requirements ' +
        'its information security management system (ISMS) must meet, including legal, regulatory and contractual ' +
        'obligations. For each requirement it records how it is met: the approach, the Annex A controls, the ISMS ' +
        'documents and the information security objectives that address it.',
    ),
    para(
      `It is reviewed with the context of the organisation (${data.documentIds.context}) at each management review, ` +
        'so that changes in the needs and expectations of interested parties are considered by top management.',
    ),
    heading('Summary', 2),
    para(
      `${plural(s.parties, 'interested party', 'interested parties')} with ${plural(s.requirements, 'requirement')} ` +
        `are recorded. ${s.ismsRequirements} of the requirements are addressed through the ISMS; ` +
        (s.unaddressed === 0
          ? 'each of them has a recorded way of being met.'
          : `${s.unaddressed} of these ${s.unaddressed === 1 ? 'has' : 'have'} no recorded way of being met yet (see the last section).`),
    ),
  ];
}

function registerSection(data: ContextExportData): Block[] {
  const widths = columnWidths([1.1, 3.4, 2.4, 7.4], WIDTH);
  return [
    heading('Interested parties', 1),
    data.parties.length === 0
      ? para('No interested party is recorded.', { italic: true })
      : table(
          [
            headerRow(['Ref', 'Interested party', 'Category', 'Needs and expectations'], widths),
            ...data.parties.map((party) =>
              bodyRow([
                cell(party.ref, { width: widths[0], bold: true, colour: COLOURS.heading }),
                cell(party.name, { width: widths[1], bold: true }),
                cell(PARTY_CATEGORY_LABELS[party.category] ?? party.category, { width: widths[2] }),
                cell(party.needs.trim() || EMPTY, { width: widths[3] }),
              ]),
            ),
          ],
          { columnWidths: widths },
        ),
  ];
}

const REQUIREMENT_WIDTHS = columnWidths([1.4, 5, 1.1, 6.9], WIDTH);

/** How a requirement is met: the text, then the controls, documents and objectives it is linked to. */
function howAddressed(requirement: PartyRequirement): Paragraph[] {
  if (!requirement.isIsmsRequirement) {
    return [para(requirement.howAddressed.trim() || 'Not taken on as an ISMS requirement.', { style: STYLE.tableText, colour: COLOURS.muted })];
  }
  if (isUnaddressed(requirement)) {
    return [para([new TextRun({ text: 'Not yet addressed', bold: true, color: WARN })], { style: STYLE.tableText })];
  }
  const out: Paragraph[] = [];
  if (requirement.howAddressed.trim()) out.push(para(requirement.howAddressed.trim(), { style: STYLE.tableText }));
  if (requirement.controls.length > 0) out.push(labelled('Controls:', requirement.controls.map((id) => `A.${id}`).join(', ')));
  if (requirement.documents.length > 0) out.push(labelled('Documents:', requirement.documents.join(', ')));
  if (requirement.objectives.length > 0) out.push(labelled('Objectives:', requirement.objectives.join(', ')));
  return out;
}

function partySection(party: InterestedParty): Block[] {
  const out: Block[] = [heading(`${party.ref} ${party.name}`, 2)];
  if (party.requirements.length === 0) {
    out.push(para('No requirement is recorded for this party.', { italic: true }));
    return out;
  }
  out.push(
    table(
      [
        headerRow(['No.', 'Requirement', 'In ISMS', 'How it is addressed'], REQUIREMENT_WIDTHS),
        ...party.requirements.map((requirement, index) =>
          bodyRow([
            cell(`${party.ref}.${index + 1}`, { width: REQUIREMENT_WIDTHS[0], style: STYLE.tableTextCompact, colour: COLOURS.muted }),
            cell(requirement.requirement, { width: REQUIREMENT_WIDTHS[1] }),
            cell(requirement.isIsmsRequirement ? 'Yes' : 'No', { width: REQUIREMENT_WIDTHS[2], align: 'center', bold: requirement.isIsmsRequirement }),
            cell(howAddressed(requirement), { width: REQUIREMENT_WIDTHS[3] }),
          ]),
        ),
      ],
      { columnWidths: REQUIREMENT_WIDTHS },
    ),
  );
  return out;
}

function requirementsSection(data: ContextExportData): Block[] {
  return [
    heading('Requirements and how they are addressed', 1, { pageBreakBefore: true }),
    para(
      'A requirement marked "Yes" under "In ISMS" is one the organisation has taken on as a requirement of the ISMS. ' +
        'Controls refer to Annex A of ISO/IEC 27001:2022 and to the Statement of Applicability; documents and ' +
        'objectives are referred to by their identifiers in the ISMS document register and objectives.',
    ),
    ...data.parties.flatMap(partySection),
  ];
}

function gapsSection(data: ContextExportData): Block[] {
  const gaps = unaddressedRequirements(data.parties);
  return [
    heading('Requirements not yet addressed', 1),
    gaps.length === 0
      ? para('None: every ISMS requirement has a recorded way of being met.')
      : para('These ISMS requirements have no recorded approach, control, document or objective yet. Each needs an owner and a plan:', {
          keepNext: true,
        }),
    ...gaps.map(({ party, requirement }) =>
      bullet(`${party.ref}.${party.requirements.indexOf(requirement) + 1} (${party.name}): ${requirement.requirement}`),
    ),
  ];
}

/** Renders Interested Parties and Requirements as a .docx; the same data always gives the same bytes. */
export function buildInterestedPartiesDocx(data: ContextExportData): Promise<Buffer> {
  return renderContextDocument(data, 'interested-parties', {
    subject: `${STANDARD}, clause 4.2`,
    keywords: 'ISO/IEC 27001:2022; clause 4.2; interested parties; requirements',
    children: [...opening(data, 'interested-parties'), ...purposeSection(data), ...registerSection(data), ...requirementsSection(data), ...gapsSection(data)],
  });
}
