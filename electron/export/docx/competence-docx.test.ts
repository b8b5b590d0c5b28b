import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RoleCompetences, TrainingRecord, TrainingRecordInput } from '../../../shared/domain/competence';
import type { Organisation } from '../../../shared/domain/organisation';
import type { DocumentControlWithHistory } from '../../../shared/domain/workbook';
import { convertToPdf, hasSoffice, skipReason } from '../../../test/fixtures/libreoffice';
import type { CompetenceExportData } from '../kinds/objectives-exports';
import { personKey, recordsForRole } from '../../../shared/domain/competence';
import { buildCompetenceDocx } from './competence-docx';

const ALERT = 'B42318';
const WARN = 'B54708';

const organisation: Organisation = {
  legalName: 'Fenwick Freight Analytics Ltd',
  shortName: '',
  address: '',
  industry: '',
  size: null,
  ismsOwner: 'Morag Lindsay, Security Lead',
  classificationLabels: ['Internal', 'Confidential'],
  defaultClassification: 'Confidential',
  defaultApprover: 'Duncan Reid, Managing Director',
  reviewCycleMonths: 12,
};

const documentControl: DocumentControlWithHistory = {
  docKey: 'competence',
  documentId: 'FF-COMP',
  title: 'Competence and Awareness Records',
  version: '0.3',
  status: 'draft',
  owner: organisation.ismsOwner,
  approver: '',
  approvedOn: null,
  classification: '',
  revisions: [],
};

const roles: RoleCompetences[] = [
  { roleId: 1, title: 'Security lead', holder: 'Morag Lindsay, Security Lead', competences: ['Risk assessment', 'Incident coordination'] },
  { roleId: 2, title: 'Incident manager', holder: 'Ewan Fraser (deputy: Morag Lindsay)', competences: [] },
  { roleId: 3, title: 'Data protection officer', holder: '', competences: ['UK GDPR'] },
];

let id = 1;
const record = (fields: Partial<TrainingRecordInput>): TrainingRecord => ({
  id,
  ref: `TR-00${id++}`,
  person: 'Morag Lindsay',
  role: 'Security lead',
  kind: 'training',
  subject: 'Subject',
  completedOn: '2026-01-10',
  expiresOn: null,
  evidence: 'Certificate',
  ...fields,
});

const records: TrainingRecord[] = [
  record({ kind: 'qualification', subject: 'ISO/IEC 27001 Lead Implementer', expiresOn: '2028-01-10' }),
  record({ kind: 'awareness', subject: 'Annual security awareness', completedOn: '2025-12-01', expiresOn: '2026-12-01' }),
  record({ person: 'Ewan Fraser', role: 'Engineer', subject: 'Secure coding', completedOn: '2025-10-01', expiresOn: '2026-10-01', evidence: '' }),
  record({ person: 'Iona Watt', role: 'Data protection officer', kind: 'qualification', subject: 'Data protection practitioner', completedOn: '2024-05-01' }),
];

const data = (over: Partial<CompetenceExportData> = {}): CompetenceExportData => ({
  organisation,
  logo: null,
  documentControl,
  asOf: '2026-11-20',
  roles,
  records,
  ...over,
});

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
const between = (xml: string, from: string, to?: string) => xml.slice(xml.indexOf(from), to ? xml.indexOf(to, xml.indexOf(from)) : undefined);
const runOf = (colour: string, text: string) => new RegExp(`<w:color w:val="${colour}"/>(?:(?!</w:r>).)*>${text}<`);

describe('matching records to roles', () => {
  it('takes the holder’s name without the title or a deputy, and records filed under the role', () => {
    expect(personKey('Morag Lindsay, Security Lead')).toBe('morag lindsay');
    expect(personKey('Ewan Fraser (deputy: Morag Lindsay)')).toBe('ewan fraser');
    expect(recordsForRole(roles[1]!, records).map((r) => r.subject)).toEqual(['Secure coding']);
    expect(recordsForRole(roles[2]!, records).map((r) => r.person)).toEqual(['Iona Watt']);
    expect(recordsForRole({ title: '', holder: '' }, records)).toEqual([]);
  });
});

describe('buildCompetenceDocx', () => {
  let bytes: Buffer;
  let xml: string;

  beforeAll(async () => {
    bytes = await buildCompetenceDocx(data());
    xml = documentXml(bytes);
  });

  it('gives identical bytes for the same input, landscape, with the sections in Heading styles', async () => {
    expect(Buffer.compare(bytes, await buildCompetenceDocx(data()))).toBe(0);
    expect(xml).toMatch(/<w:pgSz [^>]*w:w="16838"[^>]*w:h="11906"[^>]*w:orient="landscape"/);
    for (const text of ['Document control', 'Purpose', 'Summary', 'Required competences by role', 'Training, awareness and qualification records', 'Approval']) {
      expect(xml, text).toMatch(new RegExp(`<w:pStyle w:val="Heading1"/>(<w:\\w+/>)*</w:pPr><w:r><w:t[^>]*>${text}<`));
    }
    expect(xml).toContain('No revisions issued yet');
  });

  it('counts records and lists the expired and soon-expiring ones for renewal', () => {
    expect(xml).toContain('the register holds 4 records for 3 people; 1 record has expired and 1 expires within 30 days.');
    const renewal = between(xml, '>Records needing renewal<', '>Required competences by role<');
    expect(renewal).toMatch(runOf(ALERT, 'Expired'));
    expect(renewal).toMatch(runOf(WARN, 'Expires soon'));
    expect(renewal.indexOf('Secure coding')).toBeLessThan(renewal.indexOf('Annual security awareness'));
    expect(renewal).not.toContain('Lead Implementer');
  });

  it('shows each role’s competences with the records that evidence them, and flags gaps', () => {
    const section = between(xml, '>Required competences by role<', '>Training, awareness and qualification records<');
    expect(section).toContain('• Risk assessment');
    expect(section).toContain('ISO/IEC 27001 Lead Implementer, 10 Jan 2026');
    expect(section).toMatch(runOf(WARN, '  \\(expires soon\\)'));
    expect(section).toMatch(runOf(ALERT, 'No competences recorded yet'));
    expect(section).toMatch(runOf(ALERT, 'Not assigned'));
  });

  it('lists every record by person with dates, status and evidence', () => {
    const section = between(xml, '>Training, awareness and qualification records<', '>Approval<');
    const people = ['Ewan Fraser  ·  Engineer', 'Iona Watt  ·  Data protection officer', 'Morag Lindsay  ·  Security lead'];
    const positions = people.map((p) => section.indexOf(`>${p}<`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(section).toMatch(runOf(ALERT, 'No evidence recorded'));
    expect(section).toContain('>Does not expire<');
    expect(section).toContain('>10 Jan 2028<');
  });

  it('says so when there are no roles or records', async () => {
    const empty = documentXml(await buildCompetenceDocx(data({ roles: [], records: [] })));
    expect(empty).toContain('No ISMS roles have been defined yet');
    expect(empty).toContain('No training, awareness or qualification has been recorded yet.');
    expect(empty).toContain('No record has expired or expires within 30 days.');
  });
});

describe('competence document rendered by LibreOffice', () => {
  if (!hasSoffice) it.skip(`skipped: ${skipReason}`, () => {});

  it.skipIf(!hasSoffice)('renders the roles, the flags and every person', async () => {
    const pdf = convertToPdf({ competence: await buildCompetenceDocx(data()) }, { prefix: 'isms-competence-', timeout: 100_000 }).competence;
    expect(pdf.text).toContain('Competence and Awareness Records');
    for (const text of ['Records needing renewal', 'Incident coordination', 'Expires soon', 'Expired', 'Iona Watt']) expect(pdf.text, text).toContain(text);
    expect(pdf.text).toMatch(/Page 2 of \d+/);
  }, 120_000);
});
