/**
 * The ISMS Scope as a Word document (ISO/IEC 27001:2022 clause 4.3): the scope statement, what is in scope, the
 * interfaces and dependencies with what is outside, and exclusions with their justification. Portrait A4.
 * Same data in, same bytes out.
 */
import { SCOPE_LISTS, SCOPE_LIST_LABELS, summariseRequirements, type ScopeListKey } from '../../../shared/domain/context';
import { COLOURS } from './styles';
import { bodyRow, cell, columnWidths, headerRow, table } from './table-blocks';
import { heading, para } from './text-blocks';
import { WIDTH, approvalBlock, bullet, opening, renderContextDocument, type ContextExportData } from './context-docx';
import { plural, type Block } from './document-parts';

const STANDARD = 'ISO/IEC 27001:2022';

const LIST_INTROS: Record<ScopeListKey, string> = {
  organisationalUnits: 'The teams and functions whose people, activities and information fall within the ISMS.',
  locations: 'The physical and cloud locations from which the in-scope activities are carried out and where in-scope information is held.',
  productsAndServices: 'The products and services the ISMS protects, and the activities that deliver and support them.',
  systemsAndNetworks: 'The systems, platforms and networks that store, process or transmit in-scope information.',
};

function statementSection(data: ContextExportData): Block[] {
  const statement = data.scope.statement.trim();
  return [
    heading('Scope statement', 1, { pageBreakBefore: true }),
    statement
      ? table([bodyRow([cell(statement, { width: WIDTH, fill: COLOURS.labelFill })])], { columnWidths: [WIDTH] })
      : para('No scope statement has been written yet.', { italic: true }),
  ];
}

function basisSection(data: ContextExportData): Block[] {
  const requirements = summariseRequirements(data.parties).ismsRequirements;
  return [
    heading('Basis for the scope', 1),
    para(
      `In setting these boundaries, ${data.organisation.legalName} considered the internal and external issues ` +
        `recorded in ${data.documentIds.context} (${plural(data.issues.length, 'issue')}), the requirements of ` +
        `interested parties recorded in ${data.documentIds['interested-parties']} (${plural(requirements, 'ISMS requirement')}), ` +
        'and the interfaces and dependencies between the activities it performs itself and those performed by other ' +
        'organisations, listed below.',
    ),
    para(
      'The scope is reviewed at each management review and whenever the organisation adds a product, location, ' +
        'significant system or supplier, so that it continues to match what the organisation actually does.',
    ),
  ];
}

function inScopeSection(data: ContextExportData): Block[] {
  const out: Block[] = [heading('What is in scope', 1)];
  for (const key of SCOPE_LISTS) {
    const items = data.scope[key];
    out.push(heading(SCOPE_LIST_LABELS[key], 2), para(LIST_INTROS[key], { keepNext: items.length > 0 }));
    if (items.length === 0) out.push(para('None recorded.', { italic: true }));
    else out.push(...items.map(bullet));
  }
  return out;
}

function interfacesSection(data: ContextExportData): Block[] {
  const widths = columnWidths([4.2, 10.2], WIDTH);
  const { interfaces } = data.scope;
  return [
    heading('Interfaces and dependencies', 1),
    para(
      'Where an activity in scope depends on a party or system outside it, the boundary is drawn as follows. ' +
        'Suppliers among them are managed through the supplier security controls in the Statement of Applicability.',
      { keepNext: interfaces.length > 0 },
    ),
    interfaces.length === 0
      ? para('No interfaces or dependencies are recorded.', { italic: true })
      : table(
          [
            headerRow(['Interface or dependency', 'Where the boundary lies'], widths),
            ...interfaces.map((item) =>
              bodyRow([
                cell(item.interface, { width: widths[0], bold: true, colour: COLOURS.heading }),
                cell(item.description.trim() || 'Boundary not yet described', { width: widths[1], italic: item.description.trim() === '' }),
              ]),
            ),
          ],
          { columnWidths: widths },
        ),
  ];
}

function exclusionsSection(data: ContextExportData): Block[] {
  const widths = columnWidths([4.6, 9.8], WIDTH);
  const { exclusions } = data.scope;
  return [
    heading('Exclusions', 1),
    exclusions.length === 0
      ? para('Nothing within the boundaries described above is excluded from the ISMS.')
      : para(
          'The following are excluded from the ISMS. Exclusions of Annex A controls are recorded, with their ' +
            'justification, in the Statement of Applicability.',
          { keepNext: true },
        ),
    ...(exclusions.length === 0
      ? []
      : [
          table(
            [
              headerRow(['Excluded', 'Justification'], widths),
              ...exclusions.map((item) =>
                bodyRow([cell(item.what, { width: widths[0], bold: true }), cell(item.justification, { width: widths[1] })]),
              ),
            ],
            { columnWidths: widths },
          ),
        ]),
  ];
}

/** Renders the ISMS Scope as a .docx; the same data always gives the same bytes. */
export function buildScopeDocx(data: ContextExportData): Promise<Buffer> {
  return renderContextDocument(data, 'scope', {
    subject: `${STANDARD}, clause 4.3`,
    keywords: 'ISO/IEC 27001:2022; clause 4.3; ISMS scope; boundaries; exclusions',
    children: [
      ...opening(data, 'scope'),
      ...statementSection(data),
      ...basisSection(data),
      ...inScopeSection(data),
      ...interfacesSection(data),
      ...exclusionsSection(data),
      ...approvalBlock(
        data,
        `By signing below, the approver confirms on behalf of ${data.organisation.legalName} that this document sets ` +
          'out the boundaries and applicability of its information security management system.',
      ),
    ],
  });
}
