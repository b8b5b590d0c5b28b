import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../../test/fixtures/workbook';
import { BLANK_NONCONFORMITY } from '../../../shared/domain/nonconformity';
import { createNonconformity } from '../../services/nonconformity-service';
import { readAuditExportData } from '../kinds/audit-exports';
import { buildNonconformitiesDocx } from './nonconformities-docx';

const tempDir = useTempDir();
const ALERT = 'B42318';
const xmlOf = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:p[ >]/g)]
    .map((m) => (m[1] === undefined ? '\n' : m[1]))
    .join('')
    .replace(/&amp;/g, '&');

describe('buildNonconformitiesDocx', () => {
  it('prints the sample register with each nonconformity in full', async () => {
    const { ctx, session } = openTestWorkbook(tempDir(), { sample: true });
    const data = readAuditExportData(ctx, 'nonconformities');
    const bytes = await buildNonconformitiesDocx(data);
    const text = textOf(xmlOf(bytes));
    for (const expected of [
      'Nonconformity and Corrective Action Register',
      'ISMS-NCR',
      'the register holds 2 nonconformities: 1 still open, 0 overdue',
      'IA-2026-01-F03',
      'Clause 7.2 Competence',
      'Effective, 16 Nov 2026',
      'Not yet reviewed',
      'NC-001  Closed',
      'NC-002  Action planned',
      'Head of People, due 18 December 2026',
      'Verified by Priya Natarajan (Halden Assurance)',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(Buffer.compare(bytes, await buildNonconformitiesDocx(data))).toBe(0);
    session.close();
  });

  it('marks an overdue corrective action in red, as of the workbook’s latest change', async () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    createNonconformity(ctx, {
      ...BLANK_NONCONFORMITY,
      source: 'complaint',
      sourceRef: 'CS-1182',
      raisedOn: '2026-10-01',
      description: 'A customer was sent another customer’s invoice summary.',
      owner: 'Head of Customer Success',
      dueDate: '2026-11-01',
      status: 'action-planned',
    });
    const xml = xmlOf(await buildNonconformitiesDocx(readAuditExportData(ctx, 'nonconformities')));
    const text = textOf(xml);
    expect(text).toContain('1 still open, 1 overdue');
    expect(text).toContain('CS-1182');
    expect(xml).toMatch(new RegExp(`<w:color w:val="${ALERT}"/>(?:(?!</w:r>).)*<w:t[^>]*>Overdue</w:t>`));
    session.close();
  });
});
