import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../../test/fixtures/workbook';
import { BLANK_AUDIT } from '../../../shared/domain/audit';
import { createAudit, setAuditCycle } from '../../services/audit-service';
import { updateSoaEntry } from '../../services/soa-service';
import { readAuditExportData } from '../kinds/audit-exports';
import { buildAuditProgrammeDocx } from './audit-programme-docx';

const tempDir = useTempDir();
const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
/** The visible text, runs joined, XML entities decoded. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:p[ >]/g)]
    .map((m) => (m[1] === undefined ? '\n' : m[1]))
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');

describe('buildAuditProgrammeDocx', () => {
  it('prints the sample programme: cycle, schedule, full coverage and no independence concern', async () => {
    const { ctx, session } = openTestWorkbook(tempDir(), { sample: true });
    const data = readAuditExportData(ctx, 'audit-programme');
    const bytes = await buildAuditProgrammeDocx(data);
    const text = textOf(documentXml(bytes));
    for (const expected of [
      'Internal Audit Programme',
      'ISMS-IAP',
      '1 January 2026 to 31 December 2028',
      'IA-2026-01',
      'IA-2027-01',
      'IA-2027-02',
      'IA-2028-01',
      '6 Conformity, 2 Minor NC, 2 Observation, 1 Improvement',
      '90 of 90',
      'Every clause and every applicable control is covered by the programme.',
      'No auditor in the programme audits their own work.',
      'Eleanor Marsh, Chief Executive Officer',
      'Revision history',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // One matrix row per applicable control; the excluded ones are named as not audited.
    expect(text).toContain('the 3 excluded controls are not audited');
    expect(text).toContain('A.8.34');
    expect(text).not.toContain('A.7.6\n');
    // The same data gives the same bytes.
    expect(Buffer.compare(bytes, await buildAuditProgrammeDocx(data))).toBe(0);
    session.close();
  });

  it('lists what is not yet planned and the auditors who would audit their own work', async () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    setAuditCycle(ctx, { start: '2026-01-01', end: '2028-12-31' });
    updateSoaEntry(ctx, '5.1', { owner: 'Head of IT' });
    createAudit(ctx, {
      ...BLANK_AUDIT,
      title: 'First audit',
      clauses: ['4', '9.2'],
      controls: ['5.1'],
      auditors: ['Sam Lee, Head of IT'],
      plannedStart: '2026-05-04',
      plannedEnd: '2026-05-05',
    });
    createAudit(ctx, { ...BLANK_AUDIT, title: 'Undated', clauses: ['5'] });
    const text = textOf(documentXml(await buildAuditProgrammeDocx(readAuditExportData(ctx, 'audit-programme'))));
    expect(text).toContain('The programme does not yet cover everything');
    expect(text).toContain('Clauses: 5 Leadership; 6 Planning; 7 Support; 8 Operation; 10 Improvement');
    expect(text).toContain('Controls: A.5.2 Information security roles and responsibilities; A.5.3 Segregation of duties;');
    expect(text).toContain('9.1 Monitoring, measurement, analysis and evaluation; 9.3 Management review');
    expect(text).toContain('IA-2026-02 has no planned dates and does not count towards coverage.');
    expect(text).toContain('Sam Lee, Head of IT owns control A.5.1 in the SoA and would audit it.');
    expect(text).toContain('Not planned');
    session.close();
  });
});
