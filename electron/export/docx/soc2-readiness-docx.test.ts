import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANNEX_A } from '../../../shared/catalog/annex-a';
import type { Organisation } from '../../../shared/domain/organisation';
import type { SoaEntry } from '../../../shared/domain/soa';
import type { DocumentControlWithHistory } from '../../../shared/domain/workbook';
import { soc2Readiness } from '../../../shared/rules/soc2-readiness';
import { convertToPdf, hasSoffice, skipReason } from '../../../test/fixtures/libreoffice';
import type { Soc2ExportData } from '../kinds/soc2-exports';
import { STATUS_COLOURS, buildSoc2ReadinessDocx } from './soc2-readiness-docx';
import { soaEntry as entry } from '../../../shared/rules/readiness/test-snapshot';

const organisation: Organisation = {
  legalName: 'Harbour Ledger Systems Ltd',
  shortName: 'Harbour Ledger',
  address: '12 Dock Street, Dundee DD1 3DR',
  industry: 'Payments SaaS',
  size: '51-200',
  ismsOwner: 'Ailsa Grant, Security Lead',
  classificationLabels: ['Public', 'Internal', 'Confidential'],
  defaultClassification: 'Confidential',
  defaultApprover: 'Callum Moir, Chief Executive',
  reviewCycleMonths: 12,
};

const documentControl: DocumentControlWithHistory = {
  docKey: 'soc2-readiness',
  documentId: 'HL-SOC2',
  title: 'SOC 2 Readiness from the ISO 27001 Control Set',
  version: '0.2',
  status: 'draft',
  owner: organisation.ismsOwner,
  approver: organisation.defaultApprover,
  approvedOn: null,
  classification: '',
  revisions: [{ version: '0.1', date: '2026-10-01', author: 'Ailsa Grant', summary: 'First draft for the board.' }],
};

const overrides: Record<string, Partial<SoaEntry>> = {
  '8.16': { status: 'planned' },
  '5.7': { status: 'partial' },
  '8.30': { applicable: false, status: 'not-started', reasons: [], exclusionJustification: 'All development is in house' },
};

const data = (optional: Parameters<typeof soc2Readiness>[1] = ['availability', 'confidentiality'], inPlace = ['CC9.1']): Soc2ExportData => ({
  organisation,
  logo: null,
  documentControl,
  asOf: '2026-11-20',
  readiness: soc2Readiness(
    ANNEX_A.map((c) => entry(c.id, overrides[c.id])),
    optional,
    inPlace,
  ),
});

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
const between = (xml: string, from: string, to?: string) => xml.slice(xml.indexOf(from), to ? xml.indexOf(to, xml.indexOf(from)) : undefined);
const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]!);
const heading1 = (text: string) => new RegExp(`<w:pStyle w:val="Heading1"/>(<w:\\w+/>)*</w:pPr><w:r><w:t[^>]*>${text}<`);
/** From a Heading 1 to the next one. */
function section(xml: string, title: string): string {
  const match = heading1(title.replace(/[()]/g, '\\$&')).exec(xml);
  if (!match) return '';
  const rest = xml.slice(match.index + match[0].length);
  const next = rest.search(/<w:pStyle w:val="Heading1"\/>/);
  return xml.slice(match.index, next === -1 ? undefined : match.index + match[0].length + next);
}

describe('buildSoc2ReadinessDocx', () => {
  let bytes: Buffer;
  let xml: string;
  let input: Soc2ExportData;

  beforeAll(async () => {
    input = data();
    bytes = await buildSoc2ReadinessDocx(input);
    xml = documentXml(bytes);
  });

  it('gives identical bytes for the same input', async () => {
    expect(Buffer.compare(bytes, await buildSoc2ReadinessDocx(data()))).toBe(0);
  });

  it('is landscape A4 with a cover, document control and one Heading 1 per section and category in scope', () => {
    expect(xml).toMatch(/<w:pgSz [^>]*w:w="16838"[^>]*w:h="11906"/);
    const cover = between(xml, '>Harbour Ledger Systems Ltd<', '>Document control<');
    expect(texts(cover)).toEqual(
      expect.arrayContaining(['SOC 2 Readiness from the ISO 27001 Control Set', 'HL-SOC2', 'Security (common criteria), Availability, Confidentiality', `${input.readiness.overall}%`, '20 November 2026']),
    );
    for (const text of ['Document control', 'Executive summary', 'Security \\(common criteria\\)', 'Availability', 'Confidentiality', 'What to add']) {
      expect(xml, text).toMatch(heading1(text));
    }
    expect(xml).not.toMatch(heading1('Privacy'));
    expect(xml).toContain('First draft for the board.');
  });

  it('sums up per category and says what the figure does and does not mean', () => {
    const summary = between(xml, '>Executive summary<', '>How the figure is worked out<');
    const { overall, criteria, byCategory } = input.readiness;
    expect(overall).toBeLessThan(100);
    expect(texts(summary).join(' ')).toContain(`give an overall SOC 2 readiness of ${overall}% across the ${criteria.length} criteria in scope`);
    for (const b of byCategory) expect(texts(summary)).toEqual(expect.arrayContaining([b.label, `${b.readiness}%`]));
    const meaning = texts(between(section(xml, 'Executive summary'), '>What the figure does not mean<')).join(' ');
    expect(meaning).toContain('not a SOC 2 report');
    expect(meaning).toContain('Type 2 examination');
    expect(meaning).toContain('operated effectively throughout an observation period');
  });

  it('lists every criterion of a category with its figure, mapped controls and status, and what to add', () => {
    const security = section(xml, 'Security (common criteria)');
    const ids = input.readiness.criteria.filter((c) => c.category === 'security').map((c) => c.id);
    for (const id of ids) expect(texts(security), id).toContain(id);
    expect(texts(security)).toEqual(expect.arrayContaining(['CC7.2', 'Monitoring for anomalies and security events', 'Planned']));
    const cc92 = between(security, '>CC9.2<');
    expect(texts(cc92).join(' ')).toContain('Excluded in the SoA');
    expect(cc92).toContain('A.8.30 Outsourced development is excluded in the Statement of Applicability');
    expect(security).toMatch(new RegExp(`<w:color w:val="${STATUS_COLOURS.gap}"/>(?:(?!</w:r>).)*>Excluded in the SoA<`));
    expect(texts(between(security, '>CC6.1<', '>CC6.2<'))).toEqual(expect.arrayContaining(['100%', 'Ready', 'Nothing to add.']));
    expect(texts(between(security, '>CC9.1<', '>CC9.2<')).join('')).toContain('SOC 2-specific practice: in place');
    expect(texts(between(security, '>CC1.2<', '>CC1.3<')).join(' ')).toContain('Beyond the ISO controls, SOC 2 expects: A board');
    expect(texts(security)).toEqual(expect.arrayContaining(['CC1  Control environment', 'CC9  Risk mitigation']));
  });

  it('gathers what to add: the controls most criteria wait on first, the practices beyond ISO, and the report itself', () => {
    const add = section(xml, 'What to add');
    const work = texts(between(add, '>Controls to decide, implement or finish<', '>Practices SOC 2 expects'));
    expect(work.indexOf('A.8.16')).toBeGreaterThan(-1);
    expect(work.indexOf('A.8.16')).toBeLessThan(work.indexOf('A.8.30'));
    expect(work).toEqual(expect.arrayContaining(['CC2.1, CC3.3, CC4.1, CC7.2, A1.1', 'Excluded']));
    const practices = texts(between(add, '>Practices SOC 2 expects', '>For the SOC 2 report itself<'));
    expect(practices).toEqual(expect.arrayContaining(['CC1.1', 'CC1.2', 'CC3.3', 'CC9.1', 'Yes', 'Not yet']));
    expect(practices).not.toContain('P1.1');
    expect(texts(add)).toEqual(expect.arrayContaining(['System description. ', 'Evidence over the period (Type 2). ']));
  });

  it('adds the privacy criteria and their expectations when Privacy is in scope', async () => {
    const withPrivacy = documentXml(await buildSoc2ReadinessDocx(data(['privacy'], [])));
    expect(withPrivacy).toMatch(heading1('Privacy'));
    expect(withPrivacy).not.toMatch(heading1('Availability'));
    const privacy = section(withPrivacy, 'Privacy');
    expect(texts(privacy)).toEqual(expect.arrayContaining(['P1.1', 'Privacy notice to individuals', '50%', 'P8.1']));
    expect(texts(between(withPrivacy, '>Practices SOC 2 expects'))).toContain('P5.1');
  });

  it('says so when every control is implemented and every practice is in place', async () => {
    const ready: Soc2ExportData = { ...data(), readiness: soc2Readiness(ANNEX_A.map((c) => entry(c.id)), [], ['CC1.1', 'CC1.2', 'CC3.3', 'CC9.1']) };
    const full = documentXml(await buildSoc2ReadinessDocx(ready));
    expect(full).toContain('Every Annex A control the criteria in scope rely on is recorded as implemented.');
    expect(texts(between(full, '>Executive summary<'))).toContain('100%');
  });
});

describe('SOC 2 readiness document rendered by LibreOffice', () => {
  if (!hasSoffice) it.skip(`skipped: ${skipReason}`, () => {});

  it.skipIf(!hasSoffice)('renders the summary, every category table and the list of what to add', async () => {
    const pdf = convertToPdf({ soc2: await buildSoc2ReadinessDocx(data()) }, { prefix: 'isms-soc2-', timeout: 100_000 }).soc2;
    for (const text of ['SOC 2 Readiness from the ISO 27001 Control Set', 'Executive summary', 'not a SOC 2 report', 'CC9.2', 'A1.3', 'C1.2', 'System description']) {
      expect(pdf.text, text).toContain(text);
    }
    expect(pdf.text).toMatch(/Page 2 of \d+/);
  }, 120_000);
});
