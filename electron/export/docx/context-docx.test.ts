import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BLANK_ROLE, EMPTY_SCOPE, blankRequirement, type ContextIssue, type InterestedParty } from '../../../shared/domain/context';
import type { Organisation } from '../../../shared/domain/organisation';
import type { DocumentControlWithHistory } from '../../../shared/domain/workbook';
import { defaultRiskMethod } from '../../../shared/rules/default-risk-method';
import { riskRecord } from '../../../test/fixtures/risk-records';
import { buildContextDocx, type ContextExportData } from './context-docx';
import { buildInterestedPartiesDocx } from './interested-parties-docx';
import { buildRolesDocx } from './roles-docx';
import { buildScopeDocx } from './scope-docx';

const method = defaultRiskMethod(5);

const organisation: Organisation = {
  legalName: 'Harbour Lane Analytics Ltd',
  shortName: 'Harbour Lane',
  address: '4 Quay Street, Bristol BS1 4XY',
  industry: 'Data analytics',
  size: '11-50',
  ismsOwner: 'Ana Ruiz, Security Manager',
  classificationLabels: ['Public', 'Internal', 'Confidential'],
  defaultClassification: 'Internal',
  defaultApprover: 'Tom Hale, Managing Director',
  reviewCycleMonths: 12,
};

const control = (docKey: string, documentId: string): DocumentControlWithHistory => ({
  docKey,
  documentId,
  title: '',
  version: '1.0',
  status: 'draft',
  owner: organisation.ismsOwner,
  approver: '',
  approvedOn: null,
  classification: '',
  revisions: [],
});

const issue = (id: number, over: Partial<ContextIssue>): ContextIssue => ({
  id,
  ref: `CI-00${id}`,
  kind: 'internal',
  category: 'organisational',
  title: `Issue ${id}`,
  description: '',
  effect: '',
  riskIds: [],
  ...over,
});

const risks = [riskRecord(method, 11, { ref: 'R-004', title: 'Region outage' }), riskRecord(method, 12, { ref: 'R-009', title: 'Flooded office' })];

const parties: InterestedParty[] = [
  {
    id: 1,
    ref: 'IP-001',
    name: 'Clients',
    category: 'customer',
    needs: 'Their data stays confidential.',
    requirements: [
      { ...blankRequirement(1, 'Breach notice within 24 hours'), id: 1, controls: ['5.26'], documents: ['PRO-004'], objectives: ['OBJ-002'] },
      { ...blankRequirement(1, 'Annual penetration test summary'), id: 2 },
      { ...blankRequirement(1, 'Invoices in euros'), id: 3, isIsmsRequirement: false },
    ],
  },
];

function data(docKey: string, documentId: string, over: Partial<ContextExportData> = {}): ContextExportData {
  return {
    organisation,
    logo: null,
    documentControl: control(docKey, documentId),
    documentIds: { context: 'HL-CTX', 'interested-parties': 'HL-IP', scope: 'HL-SCOPE', roles: 'HL-ROLES' },
    issues: [
      issue(1, { title: 'Small team', effect: 'Few people run many controls.', riskIds: [12] }),
      issue(2, { kind: 'external', category: 'environmental', title: 'Flooding near the office', riskIds: [12, 11, 99] }),
    ],
    parties,
    scope: EMPTY_SCOPE,
    roles: [],
    risks,
    method,
    asOf: '2026-05-04',
    ...over,
  };
}

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
const text = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');

describe('context of the organisation document', () => {
  it('gives the same bytes for the same data, portrait, titled from the controlled-document list', async () => {
    const bytes = await buildContextDocx(data('context', 'HL-CTX'));
    expect(Buffer.compare(bytes, await buildContextDocx(data('context', 'HL-CTX')))).toBe(0);
    const xml = documentXml(bytes);
    expect(xml).not.toContain('w:orient="landscape"');
    expect(xml).toContain('>Context of the Organisation<');
    expect(xml).toContain('ISO/IEC 27001:2022, clause 4.1');
    expect(xml).toContain('No revisions issued yet');
  });

  it('lists internal and external issues with their risks as the register numbers them now, and notes climate change', async () => {
    const t = text(documentXml(await buildContextDocx(data('context', 'HL-CTX'))));
    expect(t).toContain('Internal issues');
    expect(t).toContain('External issues');
    expect(t).toContain('Not yet assessed');
    expect(t).toContain('Climate change has been considered as a possible issue and is judged relevant: see CI-002.');
    expect(t).toMatch(/Flooding near the office.*Environmental and climate.*R-004.*R-009/);
    expect(t).toContain('Together they give rise to 2 risks in the risk register.');
    expect(t).toMatch(/R-009 +Flooded office.*CI-001.*CI-002/);
  });

  it('says when climate change has not been considered', async () => {
    const t = text(documentXml(await buildContextDocx(data('context', 'HL-CTX', { issues: [] }))));
    expect(t).toContain('No environmental or climate-related issue is recorded');
    expect(t).toContain('No internal issue is recorded.');
    expect(t).toContain('No issue is linked to a risk yet.');
  });
});

describe('interested parties document', () => {
  it('shows how each requirement is met and makes the unaddressed ones stand out', async () => {
    const xml = documentXml(await buildInterestedPartiesDocx(data('interested-parties', 'HL-IP')));
    const t = text(xml);
    expect(t).toContain('1 interested party with 3 requirements are recorded. 2 of the requirements are addressed through the ISMS; 1 of these has no recorded way of being met yet');
    expect(t).toMatch(/Controls: +A\.5\.26/);
    expect(t).toMatch(/Documents: +PRO-004/);
    expect(t).toMatch(/Objectives: +OBJ-002/);
    expect(t).toContain('Not taken on as an ISMS requirement.');
    expect(t).toContain('IP-001.2 (Clients): Annual penetration test summary');
    expect(xml).toMatch(/<w:color w:val="B54708"\/>(?:(?!<w:t).)*<w:t[^>]*>Not yet addressed</s);
  });
});

describe('scope document', () => {
  it('prints the statement, the lists, the interfaces and the exclusions with their justification', async () => {
    const scope = {
      statement: 'The ISMS covers the analytics service.',
      organisationalUnits: ['Engineering'],
      locations: ['Bristol office'],
      productsAndServices: ['Analytics service'],
      systemsAndNetworks: [],
      interfaces: [{ interface: 'Cloud host', description: '' }],
      exclusions: [{ what: 'Marketing site', justification: 'Run by an agency; no client data.' }],
    };
    const t = text(documentXml(await buildScopeDocx(data('scope', 'HL-SCOPE', { scope }))));
    expect(t).toContain('The ISMS covers the analytics service.');
    expect(t).toContain('recorded in HL-CTX (2 issues)');
    expect(t).toContain('HL-IP (2 ISMS requirements)');
    expect(t).toContain('Bristol office');
    expect(t).toContain('None recorded.');
    expect(t).toContain('Boundary not yet described');
    expect(t).toMatch(/Marketing site +Run by an agency; no client data\./);
    expect(t).toContain('Tom Hale, Managing Director');
  });

  it('says so when there is no statement and nothing is excluded', async () => {
    const t = text(documentXml(await buildScopeDocx(data('scope', 'HL-SCOPE'))));
    expect(t).toContain('No scope statement has been written yet.');
    expect(t).toContain('Nothing within the boundaries described above is excluded from the ISMS.');
  });
});

describe('roles document', () => {
  it('lists each role with its holder and accountabilities, marks unassigned roles, and adds competences when recorded', async () => {
    const roles = [
      { ...BLANK_ROLE, id: 1, position: 0, title: 'ISMS owner', holder: 'Ana Ruiz', accountabilities: '- Runs the ISMS\n- Reports to the board', competences: ['Lead implementer'] },
      { ...BLANK_ROLE, id: 2, position: 1, title: 'Internal auditor', holder: '', accountabilities: '' },
    ];
    const t = text(documentXml(await buildRolesDocx(data('roles', 'HL-ROLES', { roles }))));
    expect(t).toMatch(/ISMS owner +Ana Ruiz +•\s+Runs the ISMS +•\s+Reports to the board/);
    expect(t).toMatch(/Internal auditor +Not yet assigned +Not yet defined/);
    expect(t).toContain('One role has no holder yet and is marked below.');
    expect(t).toContain('Competence required for each role');
    expect(t).toContain('Lead implementer');
    expect(t).toContain('ISO/IEC 27001:2022, clause 5.3');
  });

  it('leaves the competence section out when no role has competences', async () => {
    const t = text(documentXml(await buildRolesDocx(data('roles', 'HL-ROLES'))));
    expect(t).toContain('No ISMS role is recorded.');
    expect(t).not.toContain('Competence required for each role');
  });
});
