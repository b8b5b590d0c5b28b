import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../../../shared/domain/organisation';
import type { Asset, Risk, RiskInput } from '../../../shared/domain/risk';
import type { SoaEntry } from '../../../shared/domain/soa';
import type { DocumentControlWithHistory } from '../../../shared/domain/workbook';
import { defaultRiskMethod } from '../../../shared/rules/default-risk-method';
import { acceptanceProblems, heatMapCounts } from '../../../shared/rules/risk-scoring';
import { assetRecord, riskExportData, riskRecord } from '../../../test/fixtures/risk-records';
import type { RiskExportData } from '../risk-data';
import { buildRiskReportDocx } from './risk-report-docx';

// ---------------------------------------------------------------------------------------------------------------
// Hand-made data: a fictional organisation, six risks that cover every case the report treats differently.

const method = defaultRiskMethod(5);
const RED = 'C2362B';
const ORANGE = 'E07A2F';

const organisation: Organisation = {
  legalName: 'Kestrel Freight Systems GmbH',
  shortName: 'Kestrel',
  address: 'Hafenstraße 4, 20457 Hamburg',
  industry: 'Logistics software',
  size: '51-200',
  ismsOwner: 'Jana Vogel, CISO',
  classificationLabels: ['Public', 'Internal', 'Confidential'],
  defaultClassification: 'Internal',
  defaultApprover: 'Max Brandt, CEO',
  reviewCycleMonths: 12,
};

const documentControl: DocumentControlWithHistory = {
  docKey: 'risk-report',
  documentId: 'KF-RAR',
  title: 'Risk Assessment Report',
  version: '1.1',
  status: 'approved',
  owner: 'Jana Vogel, CISO',
  approver: 'Max Brandt, CEO',
  approvedOn: '2026-05-04',
  classification: 'Confidential',
  revisions: [{ version: '1.1', date: '2026-05-04', author: 'Jana Vogel', summary: 'Spring reassessment.' }],
};

const assets: Asset[] = ['Shipment database', 'Routing service', 'Driver app'].map((name, index) =>
  assetRecord(index + 1, { name, owner: 'CTO', classification: 'Confidential', confidentiality: 3, integrity: 3, availability: 2, location: 'Frankfurt region' }),
);

const risk = (id: number, fields: Partial<RiskInput>): Risk => riskRecord(method, id, { owner: 'CTO', ...fields });

const risks: Risk[] = [
  risk(1, { title: 'Ransomware on the shipment database', assetIds: [1, 2], threat: 'Criminal group encrypts data', vulnerability: 'Backups online', inherentLikelihood: 4, inherentImpact: 5, treatment: 'modify', controlIds: ['8.13', '7.4'], residualLikelihood: 2, residualImpact: 3, status: 'treatment-planned' }),
  risk(2, { title: 'Routing outage during peak season', assetIds: [2], owner: 'Head of Operations', inherentLikelihood: 4, inherentImpact: 5, treatment: 'retain', residualLikelihood: 3, residualImpact: 4, status: 'assessed' }),
  risk(3, { title: 'Driver app leaks locations', assetIds: [3], inherentLikelihood: 5, inherentImpact: 5, treatment: 'modify', controlIds: ['8.26'], residualLikelihood: 5, residualImpact: 4, status: 'treatment-planned' }),
  risk(4, { title: 'Office printer misuse', inherentLikelihood: 2, inherentImpact: 2, treatment: 'retain', residualLikelihood: 2, residualImpact: 2, acceptedBy: 'CTO', acceptedOn: '2026-04-01', acceptanceRationale: 'Negligible data on paper.', status: 'accepted' }),
  risk(5, { title: 'New supplier not yet assessed', owner: '' }),
  risk(6, { title: 'Key engineer leaves', owner: 'Head of Operations', inherentLikelihood: 3, inherentImpact: 4, treatment: 'retain', residualLikelihood: 3, residualImpact: 4, acceptedBy: 'Max Brandt, CEO', acceptedOn: '2026-04-20', acceptanceRationale: 'Hiring plan covers it.', status: 'accepted' }),
];

const soaEntry = (controlId: string, applicable: boolean, exclusionJustification = ''): SoaEntry => ({
  controlId,
  applicable,
  reasons: applicable ? ['risk-treatment'] : [],
  exclusionJustification,
  status: 'implemented',
  implementation: '',
  owner: '',
  evidence: [],
  lastReviewed: null,
});

function makeData(overrides: Partial<RiskExportData> = {}): RiskExportData {
  return riskExportData({
    organisation,
    documentControl,
    method,
    assets,
    risks,
    soa: new Map([
      ['8.13', soaEntry('8.13', true)],
      ['7.4', soaEntry('7.4', false, 'No premises of our own to monitor.')],
    ]),
    asOf: '2026-05-10',
    ...overrides,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the document back

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Table cells (innermost), each with its fill and its text. */
function cells(xml: string): { fill: string | null; text: string }[] {
  return [...xml.matchAll(/<w:tc>((?:(?!<w:tc>)[\s\S])*?)<\/w:tc>/g)].map((match) => ({
    fill: /<w:tcPr>(?:(?!<\/w:tcPr>)[\s\S])*?<w:shd [^>]*w:fill="([0-9A-F]{6})"/.exec(match[1]!)?.[1] ?? null,
    text: [...match[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

const bandFills = new Set(method.bands.map((band) => band.colour.slice(1).toUpperCase()));

/** The 25 shaded cells of the heat map whose title starts at `from`, top row (likelihood 5) first. */
function heatMapCells(xml: string, from: string, to: string) {
  const part = xml.slice(xml.indexOf(from), to ? xml.indexOf(to) : undefined);
  return cells(part).filter((c) => c.fill !== null && bandFills.has(c.fill)).slice(0, 25);
}

function expectedGrid(which: 'inherent' | 'residual') {
  const counts = heatMapCounts(method, risks, which);
  return [...method.likelihood].reverse().flatMap((level) =>
    method.impact.map((impact) => {
      const count = counts[level.value - 1]![impact.value - 1]!;
      return { fill: method.matrix[level.value - 1]![impact.value - 1]!, text: count > 0 ? String(count) : '' };
    }),
  );
}

/** Problems that would make the XML unreadable: unbalanced or crossed tags, stray "<" or "&" in text. */
function wellFormednessProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  for (const [, text, tag] of body.matchAll(/([^<]*)(<[^>]*>|$)/g)) {
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text!) || text!.includes('>')) problems.push(`bad text: ${text!.slice(0, 40)}`);
    if (!tag) continue;
    const match = /^<(\/?)([\w:]+)((?:\s+[\w:]+="[^"<&]*(?:&[a-z]+;[^"<&]*)*")*)\s*(\/?)>$/.exec(tag);
    if (!match) problems.push(`bad tag: ${tag.slice(0, 60)}`);
    else if (match[1]) {
      if (stack.pop() !== match[2]) problems.push(`crossed close: ${tag}`);
    } else if (!match[4]) stack.push(match[2]!);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.slice(-3).join(', ')}`);
  return problems.slice(0, 5);
}

const fillOf = (bandId: string) => method.bands.find((b) => b.id === bandId)!.colour.slice(1).toUpperCase();

describe('buildRiskReportDocx', () => {
  let bytes: Buffer;
  let xml: string;

  beforeAll(async () => {
    bytes = await buildRiskReportDocx(makeData());
    xml = documentXml(bytes);
  });

  it('gives identical bytes for the same input', async () => {
    expect(Buffer.compare(bytes, await buildRiskReportDocx(makeData()))).toBe(0);
  });

  it('is well-formed XML even where the register is written directly', () => {
    expect(wellFormednessProblems(xml)).toEqual([]);
    expect(wellFormednessProblems('<w:p><w:r></w:p></w:r>')).not.toEqual([]);
    expect(wellFormednessProblems('<w:t>a & b</w:t>')).not.toEqual([]);
  });

  it('is landscape A4 with the title, Heading styles and the document control', () => {
    expect(xml).toMatch(/<w:pgSz [^>]*w:w="16838"[^>]*w:h="11906"[^>]*w:orient="landscape"/);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('>Risk Assessment Report<');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    for (const text of ['Document control', 'Revision history', 'Method in brief', 'Summary', 'Heat maps', 'Risk register']) {
      expect(xml, text).toContain(`>${text}<`);
    }
    expect(xml).toContain('KF-RAR');
    expect(xml).toContain('Spring reassessment.');
  });

  it('draws the inherent and residual heat maps with the count of risks in each band-coloured cell', () => {
    const inherent = heatMapCells(xml, 'Inherent risk', 'Residual risk');
    const residual = heatMapCells(xml, 'Residual risk', 'Risks above the acceptance criteria');
    expect(inherent.map((c) => ({ fill: c.fill, text: c.text }))).toEqual(expectedGrid('inherent').map((c) => ({ fill: fillOf(c.fill), text: c.text })));
    expect(residual.map((c) => ({ fill: c.fill, text: c.text }))).toEqual(expectedGrid('residual').map((c) => ({ fill: fillOf(c.fill), text: c.text })));
    // Two risks sit at likelihood 4 × impact 5 (critical) before treatment.
    expect(inherent[1 * 5 + 4]).toEqual({ fill: RED, text: '2' });
    expect(xml).toContain('Inherent risk (1 risk not yet rated)');
  });

  it('lists the risks above the acceptance criteria with the problems the method finds', () => {
    const section = xml.slice(xml.indexOf('>Risks above the acceptance criteria<'), xml.indexOf('>Risk register<'));
    for (const ref of ['R-002', 'R-003', 'R-006']) expect(section, ref).toContain(`>${ref}<`);
    for (const ref of ['R-001', 'R-004', 'R-005']) expect(section, ref).not.toContain(`>${ref}<`);
    const problems = [...acceptanceProblems(method, risks[1]!), ...acceptanceProblems(method, risks[2]!)];
    expect(problems).toHaveLength(2);
    for (const problem of problems) expect(section).toContain(escapeXml(problem));
    expect(section).toContain('None: accepted as the method requires');
  });

  it('prints the full register once per risk, in order, with a repeated header and rows kept whole', () => {
    const register = xml.slice(xml.indexOf('>Risk register<'));
    let last = -1;
    for (const r of risks) {
      const at = register.indexOf(`>${r.ref}<`);
      expect(at, r.ref).toBeGreaterThan(last);
      last = at;
    }
    const table = register.slice(register.indexOf('<w:tbl>'), register.indexOf('</w:tbl>'));
    expect(table).toContain('<w:tblHeader/>');
    expect(table.match(/<w:tr>/g)).toHaveLength(risks.length + 1);
    expect(table.match(/<w:cantSplit\/>/g)).toHaveLength(risks.length + 1);
    expect(table).not.toContain('ISMS-RISK-REGISTER-ROWS');
    const r1 = cells(table).slice(10, 20);
    expect(r1.map((c) => c.text)).toEqual([
      'R-001',
      'Ransomware on the shipment database',
      'AS-001AS-002',
      'Threat: Criminal group encrypts dataVulnerability: Backups online',
      'CTO',
      'Critical4 × 5',
      'Modify (reduce)',
      'A.8.13, A.7.4',
      'Medium2 × 3',
      'Treatment planned',
    ]);
    expect(r1[5]!.fill).toBe(RED);
    expect(r1[8]!.fill).toBe(fillOf('medium'));
    expect(cells(table).find((c) => c.text === 'High3 × 4')?.fill).toBe(ORANGE);
  });

  it('counts risks by level, treatment and status', () => {
    expect(xml).toContain('the register holds 6 risks. 3 risks have a residual level above the acceptance criteria.');
    const summary = cells(xml.slice(xml.indexOf('>Summary<'), xml.indexOf('>Heat maps<'))).map((c) => c.text);
    expect(summary.slice(summary.indexOf('Critical'), summary.indexOf('Critical') + 3)).toEqual(['Critical', '3', '1']);
    expect(summary.slice(summary.indexOf('Retain (accept)'), summary.indexOf('Retain (accept)') + 2)).toEqual(['Retain (accept)', '3']);
    expect(summary.slice(summary.indexOf('Not yet decided'), summary.indexOf('Not yet decided') + 2)).toEqual(['Not yet decided', '1']);
  });

  it('names the controls the SoA excludes although risks rely on them', () => {
    const section = xml.slice(xml.indexOf('>Controls excluded in the SoA but relied on by risks<'));
    expect(section).toContain('A.7.4 Physical security monitoring');
    expect(section).toContain('No premises of our own to monitor.');
    expect(section).toContain('>R-001<');
  });

  it('says so when no relied-on control is excluded, and copes with an empty register', async () => {
    const empty = documentXml(await buildRiskReportDocx(makeData({ risks: [], soa: new Map() })));
    expect(empty).toContain('None: every control that a risk relies on is applicable in the Statement of Applicability.');
    expect(empty).toContain('The register holds no risks yet.');
    expect(empty).toContain('No risk has a residual level above the acceptance criteria.');
  });

  it('builds the report for 5,000 risks quickly', async () => {
    const many = Array.from({ length: 5000 }, (_, k) => ({ ...risks[k % risks.length]!, id: k + 1, ref: `R-${k + 1}` }));
    const started = performance.now();
    const big = await buildRiskReportDocx(makeData({ risks: many }));
    const elapsed = performance.now() - started;
    expect(documentXml(big).match(/<w:cantSplit\/>/g)!.length).toBeGreaterThan(5000);
    // Typically 1-2 s; the bound is loose so a busy test machine does not fail it, yet an O(n²) slip would.
    expect(elapsed).toBeLessThan(15_000);
  }, 30_000);
});
