import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../../../shared/domain/organisation';
import { TREATMENT_OPTION_LABELS } from '../../../shared/domain/risk';
import { RETENTION_RULE_LABELS, type RiskMethod } from '../../../shared/domain/risk-method';
import type { DocumentControlWithHistory } from '../../../shared/domain/workbook';
import { defaultRiskMethod } from '../../../shared/rules/default-risk-method';
import type { RiskExportData } from '../risk-data';
import { buildRiskMethodDocx } from './risk-method-docx';

const organisation: Organisation = {
  legalName: 'Larkspur Health Records Ltd',
  shortName: 'Larkspur',
  address: '3 Mill Street, Leeds LS1 4AB',
  industry: 'Health software',
  size: '11-50',
  ismsOwner: 'Ruth Adeyemi, Security Lead',
  classificationLabels: ['Public', 'Internal', 'Confidential'],
  defaultClassification: 'Internal',
  defaultApprover: 'Oliver Grant, Managing Director',
  reviewCycleMonths: 12,
};

const documentControl: DocumentControlWithHistory = {
  docKey: 'risk-method',
  documentId: 'LH-ISMS-02',
  title: '',
  version: '1.0',
  status: 'draft',
  owner: 'Ruth Adeyemi, Security Lead',
  approver: '',
  approvedOn: null,
  classification: '',
  revisions: [],
};

function makeData(method: RiskMethod = defaultRiskMethod(5), overrides: Partial<RiskExportData> = {}): RiskExportData {
  return {
    organisation,
    logo: null,
    documentControl,
    method,
    assets: [],
    risks: [],
    actions: [],
    soa: new Map(),
    asOf: '2026-03-31',
    ...overrides,
  };
}

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cellFills = (xml: string) => [...xml.matchAll(/<w:tcPr>(?:(?!<\/w:tcPr>)[\s\S])*?<w:shd [^>]*w:fill="([0-9A-F]{6})"/g)].map((m) => m[1]);

describe('buildRiskMethodDocx', () => {
  const method = defaultRiskMethod(5);
  let bytes: Buffer;
  let xml: string;

  beforeAll(async () => {
    bytes = await buildRiskMethodDocx(makeData(method));
    xml = documentXml(bytes);
  });

  it('gives identical bytes for the same input, stamped with the as-of date', async () => {
    expect(Buffer.compare(bytes, await buildRiskMethodDocx(makeData(method)))).toBe(0);
    expect(strFromU8(unzipSync(bytes)['docProps/core.xml']!)).toContain('>2026-03-31T12:00:00Z</dcterms:modified>');
  });

  it('is portrait A4, titled from the controlled-document list when the title is blank', () => {
    expect(xml).toMatch(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/);
    expect(xml).not.toContain('w:orient="landscape"');
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('>Risk Assessment and Treatment Methodology<');
    expect(xml).toContain('ISO/IEC 27001:2022, clauses 6.1.2 and 6.1.3');
    expect(xml).toContain('LH-ISMS-02');
    expect(xml).toContain('No revisions issued yet');
    expect(xml).toContain('Not yet approved');
  });

  it('has the sections an auditor looks for, as Heading 1 and 2', () => {
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading([12])"\/>(?:<w:\w+\/>)*<\/w:pPr>(?:<w:r><w:t[^>]*>([^<]*)<\/w:t><\/w:r>)/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual([
      '1 Document control',
      '2 Revision history',
      '1 Purpose and scope',
      '1 Assessment approach',
      '1 Roles and responsibilities',
      '1 Risk criteria',
      '2 Likelihood scale',
      '2 Impact scale',
      '2 Risk matrix',
      '2 Risk levels and acceptance criteria',
      '1 Risk treatment',
      '2 Selecting controls',
      '2 Treatment plan',
      '1 Residual risk and acceptance',
      '1 Review and reassessment',
      '1 Records kept',
      '1 Approval',
    ]);
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('prints the approach, and names the ISMS owner and top management', () => {
    expect(xml).toContain(escapeXml(method.approach.slice(0, 80)));
    expect(xml).toContain('Ruth Adeyemi, Security Lead');
    expect(xml).toContain('Oliver Grant, Managing Director');
  });

  it('prints every level of both scales with its criteria, and the impact criteria for C, I and A', () => {
    for (const level of method.likelihood) {
      expect(xml).toContain(`>${level.label}<`);
      expect(xml).toContain(escapeXml(level.criteria));
    }
    for (const level of method.impact) {
      for (const text of [level.criteria, level.confidentiality, level.integrity, level.availability]) expect(xml).toContain(escapeXml(text));
    }
    for (const header of ['Confidentiality', 'Integrity', 'Availability', 'General criteria']) expect(xml).toContain(`>${header}<`);
  });

  it('draws the matrix with each cell named and shaded in its band colour', () => {
    const section = xml.slice(xml.indexOf('>Risk matrix<'), xml.indexOf('>Risk levels and acceptance criteria<'));
    const bandByFill = new Map(method.bands.map((b) => [b.colour.slice(1).toUpperCase(), b.label]));
    const shaded = cellFills(section).filter((fill) => bandByFill.has(fill!));
    expect(shaded).toHaveLength(25 + method.bands.length); // the matrix, then its legend
    const fills = shaded.slice(0, 25);
    const expected = [5, 4, 3, 2, 1].flatMap((l) => method.matrix[l - 1]!.map((id) => method.bands.find((b) => b.id === id)!.colour.slice(1).toUpperCase()));
    expect(fills).toEqual(expected);
    expect(section).toContain('>Risk matrix (5 × 5)<');
  });

  it('states the acceptance criteria for every level: colour, retention rule and authority', () => {
    const section = xml.slice(xml.indexOf('>Risk levels and acceptance criteria<'), xml.indexOf('>Risk treatment<'));
    for (const band of method.bands) {
      expect(section).toContain(`>${band.label}<`);
      expect(section).toContain(`>#${band.colour.slice(1).toUpperCase()}<`);
      expect(section).toContain(RETENTION_RULE_LABELS[band.retention]);
    }
    expect(section).toContain('Head of Security with the CEO');
    expect(section).toContain('Nobody: the risk must be treated');
  });

  it('explains the four treatment options, control selection against Annex A and the SoA', () => {
    for (const label of Object.values(TREATMENT_OPTION_LABELS)) expect(xml).toContain(`>${escapeXml(label)}<`);
    expect(xml).toContain('checked line by line against all Annex A controls');
    expect(xml).toContain('Statement of Applicability');
  });

  it('gives the review cadence from the method', async () => {
    expect(xml).toContain('at least every 12 months');
    const six = documentXml(await buildRiskMethodDocx(makeData({ ...method, reviewCadenceMonths: 6 })));
    expect(six).toContain('at least every 6 months');
    const one = documentXml(await buildRiskMethodDocx(makeData({ ...method, reviewCadenceMonths: 1 })));
    expect(one).toContain('at least every 1 month,');
  });

  it('ends with an approval block for top management', () => {
    const approval = xml.slice(xml.lastIndexOf('>Approval<'));
    expect(approval).toContain('>Signature<');
    expect(approval).toContain('Oliver Grant, Managing Director');
  });

  it('follows a 3 × 3 method with its own scales and bands', async () => {
    const small = defaultRiskMethod(3);
    const text = documentXml(await buildRiskMethodDocx(makeData(small)));
    expect(text).toContain('a 3-level likelihood scale and a 3-level impact scale');
    expect(text).toContain('>Risk matrix (3 × 3)<');
    expect(text).not.toContain('>Critical<');
    const section = text.slice(text.indexOf('>Risk matrix<'), text.indexOf('>Risk levels and acceptance criteria<'));
    const smallFills = new Set(small.bands.map((b) => b.colour.slice(1).toUpperCase()));
    expect(cellFills(section).filter((fill) => smallFills.has(fill!))).toHaveLength(9 + 3);
  });
});
