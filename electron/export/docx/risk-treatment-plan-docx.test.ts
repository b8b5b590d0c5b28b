import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../../../shared/domain/organisation';
import type { Risk, RiskInput, TreatmentAction, TreatmentActionInput } from '../../../shared/domain/risk';
import type { DocumentControlWithHistory } from '../../../shared/domain/workbook';
import { defaultRiskMethod } from '../../../shared/rules/default-risk-method';
import { acceptanceProblems } from '../../../shared/rules/risk-scoring';
import { PLANNED_TREATMENT, actionRecord, riskExportData, riskRecord } from '../../../test/fixtures/risk-records';
import type { RiskExportData } from '../risk-data';
import { buildRiskTreatmentPlanDocx } from './risk-treatment-plan-docx';

const method = defaultRiskMethod(5);
const ALERT = 'B42318';

const organisation: Organisation = {
  legalName: 'Ostrava Parcel Robotics s.r.o.',
  shortName: 'OPR',
  address: 'Nádražní 7, 702 00 Ostrava',
  industry: 'Warehouse automation',
  size: '51-200',
  ismsOwner: 'Petra Novak, ISMS Manager',
  classificationLabels: ['Public', 'Internal', 'Confidential'],
  defaultClassification: 'Internal',
  defaultApprover: 'Tomas Kral, CEO',
  reviewCycleMonths: 12,
};

const documentControl: DocumentControlWithHistory = {
  docKey: 'risk-treatment-plan',
  documentId: 'OPR-RTP',
  title: 'Risk Treatment Plan',
  version: '2.0',
  status: 'in-review',
  owner: 'Petra Novak, ISMS Manager',
  approver: 'Tomas Kral, CEO',
  approvedOn: null,
  classification: 'Confidential',
  revisions: [],
};

const risk = (id: number, fields: Partial<RiskInput>): Risk => riskRecord(method, id, { ...PLANNED_TREATMENT, owner: 'CTO', ...fields });

const risks: Risk[] = [
  risk(1, { title: 'Robot fleet controller ransomware', controlIds: ['8.13'] }),
  risk(2, { title: 'Warehouse network outage', owner: 'Head of Operations', treatment: 'retain', residualLikelihood: 3, residualImpact: 4, status: 'assessed' }),
  risk(3, { title: 'Vendor remote access abused', owner: '' }),
  risk(4, { title: 'Label printer tampering', treatment: 'retain', residualLikelihood: 1, residualImpact: 2, acceptedBy: 'CTO', acceptedOn: '2026-02-01', acceptanceRationale: 'Labels are checked at dispatch.', status: 'accepted' }),
  risk(5, { title: 'Insurance gap for cyber losses', owner: 'Head of Operations', treatment: 'share' }),
];

const action = (id: number, riskId: number, fields: Partial<TreatmentActionInput>): TreatmentAction =>
  actionRecord(id, riskId, { title: `Action ${id}`, owner: 'IT', ...fields });

const actions: TreatmentAction[] = [
  action(1, 1, { title: 'Isolate backups from the controller network', controlId: '8.13', dueDate: '2026-04-01', resources: '5 engineer-days' }),
  action(2, 1, { title: 'Patch the controller firmware', status: 'done', dueDate: '2026-03-01', completionEvidence: 'Change CHG-118', completedOn: '2026-02-27' }),
  action(3, 1, { title: 'Rehearse a controller rebuild', status: 'in-progress', dueDate: '2026-06-30' }),
  action(4, 5, { title: 'Buy cyber insurance', status: 'cancelled', dueDate: '2026-01-15' }),
];

function makeData(overrides: Partial<RiskExportData> = {}): RiskExportData {
  return riskExportData({ organisation, documentControl, method, risks, actions, asOf: '2026-05-10', ...overrides });
}

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Table cells with their fill and text; a non-breaking hyphen reads as "-". */
function cells(xml: string) {
  return [...xml.replace(/<w:noBreakHyphen\/>/g, '<w:t>-</w:t>').matchAll(/<w:tc>((?:(?!<w:tc>)[\s\S])*?)<\/w:tc>/g)].map((match) => ({
    xml: match[1]!,
    fill: /<w:tcPr>(?:(?!<\/w:tcPr>)[\s\S])*?<w:shd [^>]*w:fill="([0-9A-F]{6})"/.exec(match[1]!)?.[1] ?? null,
    text: [...match[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

const between = (xml: string, from: string, to?: string) => xml.slice(xml.indexOf(from), to ? xml.indexOf(to) : undefined);

describe('buildRiskTreatmentPlanDocx', () => {
  let bytes: Buffer;
  let xml: string;

  beforeAll(async () => {
    bytes = await buildRiskTreatmentPlanDocx(makeData());
    xml = documentXml(bytes);
  });

  it('gives identical bytes for the same input', async () => {
    expect(Buffer.compare(bytes, await buildRiskTreatmentPlanDocx(makeData()))).toBe(0);
  });

  it('is landscape A4 with the title, Heading styles and the sections of a treatment plan', () => {
    expect(xml).toMatch(/<w:pgSz [^>]*w:w="16838"[^>]*w:h="11906"[^>]*w:orient="landscape"/);
    expect(xml).toContain('>Risk Treatment Plan<');
    expect(xml).toContain('ISO/IEC 27001:2022, clauses 6.1.3 e) and 8.3');
    for (const text of ['Document control', 'Purpose', 'Summary', 'Treatment actions', 'Risks retained', 'Approval']) {
      expect(xml, text).toMatch(new RegExp(`<w:pStyle w:val="Heading1"/>(<w:\\w+/>)*</w:pPr><w:r><w:t[^>]*>${text}<`));
    }
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t[^>]*>Risk owners\u2019 acceptance</);
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('summarises actions by status, overdue ones and risks with open actions', () => {
    expect(xml).toContain('the plan holds 4 actions for 3 risks; 1 action is overdue and 1 risk has actions still open.');
    const summary = cells(between(xml, '>Summary<', '>Treatment actions<')).map((c) => c.text);
    const after = (label: string) => summary[summary.indexOf(label) + 1];
    expect(after('Planned')).toBe('1');
    expect(after('Done')).toBe('1');
    expect(after('Cancelled')).toBe('1');
    expect(after('All actions')).toBe('4');
    expect(after('Overdue as of 10 May 2026')).toBe('1');
    expect(after('Risks with open actions')).toBe('1');
    expect(after('Risks under treatment with no action')).toBe('1');
  });

  it('groups actions under their risk, with the owner and the residual level in its colour', () => {
    const plan = between(xml, '>Treatment actions<', '>Risks retained<');
    const all = cells(plan);
    const group = all.find((c) => c.text.startsWith('R-001'))!;
    expect(group.text).toBe('R-001  Robot fleet controller ransomware   Risk owner: CTO');
    expect(group.xml).toContain('<w:gridSpan w:val="6"/>');
    const level = all[all.indexOf(group) + 1]!;
    expect(level).toMatchObject({ fill: 'E3B341', text: 'Residual: Medium  (2 × 3)' });
    const order = ['R-001', 'A-001', 'A-002', 'A-003', 'R-003', 'R-005', 'A-004'].map((ref) => all.findIndex((c) => c.text.startsWith(ref)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(all.some((c) => c.text.startsWith('R-002'))).toBe(false); // retained: listed further on
    expect(all.find((c) => c.text.startsWith('R-003'))!.text).toContain('Risk owner: No owner assigned');
    expect(plan).toContain('No actions recorded yet for this risk.');
    expect(plan).toContain('>A.8.13 Information backup<');
    expect(plan).toContain('>5 engineer-days<');
    expect(plan).toContain('Change CHG-118');
    expect(plan).toContain('Completed 27 Feb 2026');
  });

  it('marks only open actions past their due date as overdue, in bold red', () => {
    const plan = cells(between(xml, '>Treatment actions<', '>Risks retained<'));
    const overdue = plan.filter((c) => c.text.includes('Overdue'));
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.text).toBe('PlannedOverdue');
    expect(overdue[0]!.xml).toMatch(new RegExp(`<w:b/><w:bCs/><w:color w:val="${ALERT}"/>(?:(?!</w:r>).)*>Overdue<`));
    const row = plan.findIndex((c) => c.text === 'A-001');
    expect(plan[row + 5]).toMatchObject({ text: '1 Apr 2026' });
    expect(plan[row + 5]!.xml).toContain(`<w:color w:val="${ALERT}"/>`);
  });

  it('lists the retained risks with their acceptance, and what is missing from it', () => {
    const retained = between(xml, '>Risks retained<', '>Approval<');
    expect(retained).toContain('>R-002<');
    expect(retained).toContain('>R-004<');
    expect(retained).not.toContain('>R-001<');
    expect(retained).toContain('Labels are checked at dispatch.');
    const [problem] = acceptanceProblems(method, risks[1]!);
    expect(problem).toBeDefined();
    expect(retained).toContain(escapeXml(problem!));
    expect(retained).toContain('Within the acceptance criteria');
  });

  it('asks every risk owner to sign for the risks they own', () => {
    const approval = cells(between(xml, '>Risk owners\u2019 acceptance<', '>Plan approval<')).map((c) => c.text);
    expect(approval.slice(0, 4)).toEqual(['Risk owner', 'Risks owned', 'Signature', 'Date']);
    expect(approval.slice(4)).toEqual(['CTO', 'R-001, R-004', '', '', 'Head of Operations', 'R-002, R-005', '', '', 'No owner assigned', 'R-003', '', '']);
    expect(between(xml, '>Plan approval<')).toContain('Tomas Kral, CEO');
  });

  it('says so when there is nothing to plan or retain', async () => {
    const empty = documentXml(await buildRiskTreatmentPlanDocx(makeData({ risks: [], actions: [] })));
    expect(empty).toContain('No treatment actions have been planned yet.');
    expect(empty).toContain('No risk is treated by retaining it.');
  });
});
