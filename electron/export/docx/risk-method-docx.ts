/**
 * The Risk Assessment and Treatment Methodology as a Word document (ISO/IEC 27001:2022 clauses 6.1.2 and 6.1.3),
 * generated from the workbook's risk method: scales, matrix, levels and acceptance criteria, treatment options,
 * review and records. Portrait A4. Same data in, same bytes out.
 */
import { Paragraph, Table } from 'docx';
import { TREATMENT_OPTIONS, TREATMENT_OPTION_LABELS, type TreatmentOption } from '../../../shared/domain/risk';
import { RETENTION_RULE_LABELS } from '../../../shared/domain/risk-method';
import type { RiskExportData } from '../risk-data';
import { bandSwatchCell, matrixTable, riskLevelCell } from './heat-map';
import { cm, contentWidth } from './page-setup';
import { approvalLines, approverOf, controlSection, documentCover, documentTitle, renderDocument, type Block } from './document-parts';
import { COLOURS, SIZES, STYLE } from './styles';
import { bodyRow, cell, columnWidths, headerRow, table } from './table-blocks';
import { EMPTY, heading, para, runs } from './text-blocks';

const STANDARD = 'ISO/IEC 27001:2022';

// ---------------------------------------------------------------------------------------------------------------
// Helpers

export function bullet(text: string): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: runs(text) });
}

/** A table with a header row and rows of text; the first column bold. */
export function textTable(header: readonly string[], weights: readonly number[], rows: readonly (readonly string[])[], width: number): Table {
  const widths = columnWidths(weights, width);
  return table(
    [
      headerRow(header, widths),
      ...rows.map((values) =>
        bodyRow(values.map((value, index) => cell(value || EMPTY, { width: widths[index], ...(index === 0 ? { bold: true, colour: COLOURS.heading } : {}) }))),
      ),
    ],
    { columnWidths: widths },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The methodology

const ORIENTATION = 'portrait' as const;
const WIDTH = contentWidth(ORIENTATION);

/** Per option: when it is chosen, and what is recorded. */
const TREATMENT_MEANINGS: Record<TreatmentOption, [string, string]> = {
  modify: ['Controls are added or strengthened to lower the likelihood, the impact, or both. This is the usual choice.', 'The controls chosen, the actions to put them in place, and the residual rating expected afterwards.'],
  retain: ['The risk is kept as it is, deliberately and with knowledge of its level, because it lies within the acceptance criteria or because treating it would cost more than it saves.', 'Who accepted the risk, on what date and why; above the acceptance criteria, the approval of the authority named for its level.'],
  avoid: ['The activity, process or technology that gives rise to the risk is stopped, changed or not started, so the risk no longer exists.', 'The decision and the change that removes the source of the risk; the risk is closed once the change is complete.'],
  share: ['Part of the consequence is carried by another party, for example through insurance or a contract with a supplier. Accountability for the information stays with the organisation.', 'The contract, policy or agreement that shares the risk, and the residual risk that remains with the organisation.'],
};

function purposeSection(data: RiskExportData): Block[] {
  const org = data.organisation.legalName;
  return [
    heading('Purpose and scope', 1, { pageBreakBefore: true }),
    para(
      `This document sets out how ${org} assesses and treats information security risks. It defines the criteria ` +
        'used to rate risks and to decide which of them may be accepted, so that two assessors looking at the same ' +
        'situation reach the same rating, and this year\u2019s results can be set side by side with last year\u2019s.',
    ),
    para(
      'It applies to all information, assets, processes and suppliers within the scope of the information ' +
        'security management system (ISMS). It fulfils clauses 6.1.2 (risk assessment) and 6.1.3 (risk treatment) ' +
        'of ISO/IEC 27001:2022 and governs the work recorded in the risk register, the Risk Assessment Report, ' +
        'the Risk Treatment Plan and the Statement of Applicability.',
    ),
  ];
}

function approachSection(data: RiskExportData): Block[] {
  const approach = data.method.approach.trim();
  return [
    heading('Assessment approach', 1),
    ...(approach ? approach.split(/\n\s*\n/).map((text) => para(text.trim())) : []),
    para('Each assessment follows the same steps:', { keepNext: true }),
    textTable(
      ['Step', 'What is done', 'Recorded in'],
      [1.1, 3.6, 1.6],
      [
        ['1. Identify', 'List the assets and processes in scope and, for each, what could go wrong: the threat, the weakness it would exploit, and the consequence for confidentiality, integrity or availability. Give every risk an owner.', 'Asset inventory, risk register'],
        ['2. Analyse', 'Rate likelihood and impact on the scales in this document, taking account of the controls already operating (inherent rating).', 'Risk register'],
        ['3. Evaluate', 'Read the risk level from the matrix and compare it with the acceptance criteria, to decide which risks need treatment and in what order.', 'Risk register, Risk Assessment Report'],
        ['4. Treat', 'Choose a treatment option, select the controls needed, check them against Annex A, and plan the actions with owners and dates. Rate the risk again as it will be once treated (residual rating).', 'Risk Treatment Plan, Statement of Applicability'],
        ['5. Accept', 'Risk owners approve the treatment plan and accept the residual risk, within the authority set for its level.', 'Risk Treatment Plan, risk register'],
        ['6. Monitor', 'Track actions to completion and reassess on the schedule and triggers below.', 'Risk register, management review'],
      ],
      WIDTH,
    ),
  ];
}

function rolesSection(data: RiskExportData): Block[] {
  const { organisation } = data;
  return [
    heading('Roles and responsibilities', 1),
    textTable(
      ['Role', 'Held by', 'Responsibilities'],
      [1.3, 1.7, 4],
      [
        ['Risk owner', 'Named for each risk in the register', 'Accountable for the risk: confirms its rating, decides the treatment, approves the actions and accepts the residual risk within their authority.'],
        ['ISMS owner', organisation.ismsOwner.trim() || 'To be appointed', 'Maintains this method, facilitates assessments, checks ratings for consistency across the register, tracks the treatment plan and reports on risk to top management.'],
        ['Top management', approverOf(data) || 'To be appointed', 'Approves this method and the acceptance criteria, provides the resources for treatment, and accepts risks above the criteria where the method allows it.'],
        ['Action owners', 'Named for each action in the plan', 'Carry out treatment actions by the agreed date and keep the evidence of completion.'],
      ],
      WIDTH,
    ),
  ];
}

function criteriaSection(data: RiskExportData): Block[] {
  const { method } = data;
  const l = method.likelihood.length;
  const i = method.impact.length;
  const levelWidths = columnWidths([1.1, 1.1, 2.3, 2.3], WIDTH);
  const cellsPerBand = new Map<string, number>();
  for (const rowIds of method.matrix) for (const id of rowIds) cellsPerBand.set(id, (cellsPerBand.get(id) ?? 0) + 1);
  const impactWidths = columnWidths([0.55, 1.05, 2.3, 1.6, 1.6, 1.6], WIDTH);
  return [
    heading('Risk criteria', 1),
    para(
      `Risks are rated on a ${l}-level likelihood scale and a ${i}-level impact scale. Assessors choose the level ` +
        'whose description best matches the most credible scenario, not the worst imaginable one, and record why.',
    ),
    heading('Likelihood scale', 2),
    textTable(['Level', 'Label', 'Criteria'], [0.65, 1.3, 5], method.likelihood.map((s) => [String(s.value), s.label, s.criteria]), WIDTH),
    heading('Impact scale', 2),
    para(
      'Impact is rated by the consequence for the organisation, its customers and other interested parties. Where the ' +
        'confidentiality, integrity and availability columns suggest different levels, the highest applies.',
      { keepNext: true },
    ),
    table(
      [
        headerRow(['Level', 'Label', 'General criteria', 'Confidentiality', 'Integrity', 'Availability'], impactWidths, { size: SIZES.tableCompact }),
        ...method.impact.map((s) =>
          bodyRow(
            [String(s.value), s.label, s.criteria, s.confidentiality, s.integrity, s.availability].map((text, index) =>
              cell(text || EMPTY, { width: impactWidths[index], style: STYLE.tableTextCompact, ...(index < 2 ? { bold: true, colour: COLOURS.heading } : {}) }),
            ),
          ),
        ),
      ],
      { columnWidths: impactWidths },
    ),
    heading('Risk matrix', 2),
    para('The risk level is read from the matrix at the crossing of the likelihood and impact ratings.', { keepNext: true }),
    matrixTable(method, { title: `Risk matrix (${l} × ${i})`, width: Math.min(WIDTH, cm(14.5)), center: true }),
    heading('Risk levels and acceptance criteria', 2),
    para(
      'Each level carries a rule for whether a risk at that level may be retained without further treatment, and ' +
        'who may accept it. These rules are the organisation\u2019s risk acceptance criteria.',
      { keepNext: true },
    ),
    table(
      [
        headerRow(['Level', 'Colour', 'Retention rule', 'Who may accept'], levelWidths),
        ...[...method.bands].reverse().map((band) =>
          bodyRow([
            riskLevelCell(method, band.id, { width: levelWidths[0], detail: `${cellsPerBand.get(band.id) ?? 0} of ${l * i} cells` }),
            bandSwatchCell(band.colour, levelWidths[1]!),
            cell(RETENTION_RULE_LABELS[band.retention], { width: levelWidths[2] }),
            cell(band.retention === 'not-permitted' ? 'Nobody: the risk must be treated' : band.acceptanceAuthority.trim() || 'Risk owner', { width: levelWidths[3] }),
          ]),
        ),
      ],
      { columnWidths: levelWidths },
    ),
  ];
}

function treatmentSection(): Block[] {
  return [
    heading('Risk treatment', 1),
    para('Every risk above the acceptance criteria must be treated; any other risk may be treated when it is worth it. One of four options is chosen for each risk:', { keepNext: true }),
    textTable(
      ['Option', 'When it is chosen', 'What is recorded'],
      [1.2, 3, 2.6],
      TREATMENT_OPTIONS.map((option) => [TREATMENT_OPTION_LABELS[option], ...TREATMENT_MEANINGS[option]]),
      WIDTH,
    ),
    heading('Selecting controls', 2),
    para(
      'For risks that are modified or shared, the risk owner and the ISMS owner decide which controls are needed, ' +
        'from any source: Annex A, sector guidance, customer requirements or the organisation\u2019s own design. Before ' +
        'the selection is settled, it is checked line by line against all Annex A controls, so that nothing the risk ' +
        'needs has been missed.',
    ),
    para(
      'The controls selected are linked to the risks they treat in the risk register. Every Annex A control is ' +
        'recorded in the Statement of Applicability as included or excluded, with the reason; a control relied on ' +
        'by a risk is included with "risk treatment" as a reason, and a control may only be excluded when no risk ' +
        'or other requirement calls for it.',
    ),
    heading('Treatment plan', 2),
    para(
      'The actions needed to put the selected controls in place are gathered in the Risk Treatment Plan. Each ' +
        'action has an owner, the resources it needs, a due date, a status and, once done, the evidence that it is ' +
        'complete. The ISMS owner reports progress and overdue actions to top management.',
    ),
  ];
}

function residualSection(data: RiskExportData): Block[] {
  const { method } = data;
  const rules = [...method.bands].reverse().map((band) => {
    const who = band.acceptanceAuthority.trim();
    if (band.retention === 'not-permitted') return `${band.label}: may not be retained. Treatment continues until the residual level falls to an acceptable band, or the activity is stopped.`;
    if (band.retention === 'requires-approval') return `${band.label}: above the acceptance criteria. It may be retained only with formal acceptance${who ? ` by ${who}` : ''}, recorded with the name, date and rationale.`;
    return `${band.label}: within the acceptance criteria. The risk owner${who && who.toLowerCase() !== 'risk owner' ? ` (or ${who})` : ''} may retain it and records the decision.`;
  });
  return [
    heading('Residual risk and acceptance', 1),
    para(
      'Once the treatment is planned, the risk is rated again as it is expected to be when the actions are complete. ' +
        'The residual level is compared with the acceptance criteria:',
    ),
    ...rules.map(bullet),
    para(
      'Risk owners confirm the treatment plan and accept the residual risk by approving the Risk Treatment Plan. ' +
        'An acceptance holds until the next review of the risk; a change in the risk\u2019s rating makes it lapse.',
    ),
  ];
}

function reviewSection(data: RiskExportData): Block[] {
  const months = data.method.reviewCadenceMonths;
  return [
    heading('Review and reassessment', 1),
    para(
      `The whole risk assessment is repeated at least every ${months} month${months === 1 ? '' : 's'}, and every ` +
        'risk carries a next review date. Affected risks are reassessed without waiting for the scheduled review when:',
      { keepNext: true },
    ),
    ...[
      'a significant change is planned or made to systems, services, suppliers, locations or the organisation itself;',
      'a security incident or near miss occurs, or an audit or nonconformity reveals a weakness;',
      'a legal, regulatory or contractual requirement changes, or the scope of the ISMS changes;',
      'new threats or vulnerabilities become known that affect assets in scope;',
      'treatment actions are completed, so the residual rating can be confirmed against evidence.',
    ].map(bullet),
    para('This method itself is reviewed at the same interval, and sooner if assessors find that it rates similar risks differently.'),
  ];
}

function recordsSection(): Block[] {
  return [
    heading('Records kept', 1),
    textTable(
      ['Record', 'Contents', 'Clause'],
      [1.6, 4, 0.8],
      [
        ['Risk register', 'Assets, risks, owners, inherent and residual ratings, treatment, linked controls, acceptance decisions and review dates.', '6.1.2, 8.2'],
        ['Risk Assessment Report', 'The results of each assessment: levels, heat maps and risks above the acceptance criteria.', '8.2'],
        ['Risk Treatment Plan', 'Actions, owners, resources, due dates, status, completion evidence and risk owners\u2019 approval.', '6.1.3, 8.3'],
        ['Statement of Applicability', 'Every Annex A control, whether it is included, why, and its implementation status.', '6.1.3 d)'],
        ['Change history', 'Who changed which rating or decision and when, kept by the workbook for every record above.', '7.5'],
      ],
      WIDTH,
    ),
    para('Superseded versions of these records are kept at least until the end of the following certification cycle.', { spacingBefore: 120 }),
  ];
}

function approvalSection(data: RiskExportData): Block[] {
  return [
    heading('Approval', 1),
    para(
      `By signing below, top management of ${data.organisation.legalName} approves this method and the risk ` +
        'acceptance criteria it contains.',
      { keepNext: true },
    ),
    approvalLines(data),
  ];
}

/** Renders the Risk Assessment and Treatment Methodology as a .docx; the same data always gives the same bytes. */
export async function buildRiskMethodDocx(data: RiskExportData): Promise<Buffer> {
  return renderDocument(data, {
    title: documentTitle(data, 'risk-method'),
    orientation: ORIENTATION,
    subject: `${STANDARD}, clauses 6.1.2 and 6.1.3`,
    keywords: 'ISO/IEC 27001:2022; risk assessment; risk treatment; methodology',
    children: [
      ...documentCover(data, documentTitle(data, 'risk-method'), `${STANDARD}, clauses 6.1.2 and 6.1.3`),
      ...controlSection(data, WIDTH),
      ...purposeSection(data),
      ...approachSection(data),
      ...rolesSection(data),
      ...criteriaSection(data),
      ...treatmentSection(),
      ...residualSection(data),
      ...reviewSection(data),
      ...recordsSection(),
      ...approvalSection(data),
    ],
  });
}
