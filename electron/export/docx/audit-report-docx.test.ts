import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { convertToPdf, hasSoffice, skipReason } from '../../../test/fixtures/libreoffice';
import { useTempDir } from '../../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../../test/fixtures/workbook';
import { BLANK_AUDIT } from '../../../shared/domain/audit';
import { createAudit, createFinding } from '../../services/audit-service';
import { readAuditExportData, readAuditReportData } from '../kinds/audit-exports';
import { buildAuditProgrammeDocx } from './audit-programme-docx';
import { buildAuditReportDocx } from './audit-report-docx';
import { buildNonconformitiesDocx } from './nonconformities-docx';

const tempDir = useTempDir();
const textOf = (bytes: Uint8Array) =>
  [...strFromU8(unzipSync(bytes)['word/document.xml']!).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:p[ >]/g)]
    .map((m) => (m[1] === undefined ? '\n' : m[1]))
    .join('')
    .replace(/&amp;/g, '&');

describe('buildAuditReportDocx', () => {
  it('reports the finished sample audit: details, findings by type with evidence, NCs raised and the conclusion', async () => {
    const { ctx, session } = openTestWorkbook(tempDir(), { sample: true });
    const data = readAuditReportData(ctx, 'ia-2026-01');
    expect(data.documentControl).toMatchObject({ documentId: 'IA-2026-01-R', version: '1.0', status: 'approved', approvedOn: '2026-09-18' });
    const text = textOf(await buildAuditReportDocx(data));
    for (const expected of [
      'Internal Audit Report',
      'IA-2026-01  ISMS and Annex A internal audit 2026',
      'Priya Natarajan, Halden Assurance (contract internal auditor)',
      '14 Sep 2026 – 18 Sep 2026',
      'The audit recorded 11 findings, of which 2 are nonconformities.',
      'Clause 6.1.3 Information security risk treatment',
      'A.6.3 Information security awareness, education and training',
      'NC-001 (closed, owner Head of Security & Compliance)',
      'NC-002 (action planned, owner Head of People)',
      'No auditor audited their own work',
      'The ISMS conforms to ISO/IEC 27001:2022',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // Nonconformities come first, conformities last.
    expect(text.indexOf('IA-2026-01-F03  Minor nonconformity')).toBeLessThan(text.indexOf('IA-2026-01-F06  Observation'));
    expect(text.indexOf('IA-2026-01-F11  Opportunity for improvement')).toBeLessThan(text.indexOf('IA-2026-01-F01  Conformity'));
    session.close();
  });

  it('says when a nonconformity finding still has no record, and names the audits when the reference is unknown', async () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const audit = createAudit(ctx, { ...BLANK_AUDIT, title: 'Spring audit', plannedStart: '2026-04-01', plannedEnd: '2026-04-02' });
    createFinding(ctx, { auditId: audit.id, type: 'major', clause: '9.3', control: null, description: 'No management review held.', evidence: '', nonconformityId: null });
    const data = readAuditReportData(ctx, 'IA-2026-01');
    expect(data.documentControl).toMatchObject({ version: '0.1', status: 'draft', approvedOn: null, revisions: [] });
    const text = textOf(await buildAuditReportDocx(data));
    expect(text).toContain('None raised yet: a nonconformity record with corrective action is required.');
    expect(text).toContain('No nonconformity record has been raised yet for the nonconformities found.');
    expect(text).toContain('The conclusion is written when the audit is completed.');
    expect(() => readAuditReportData(ctx, 'IA-2030-09')).toThrow('There is no audit IA-2030-09. Audits: IA-2026-01.');
    session.close();
  });
});

describe('audit documents in LibreOffice', () => {
  if (!hasSoffice) it.skip(`skipped: ${skipReason}`, () => {});

  it.skipIf(!hasSoffice)('render the programme, a report and the register with their tables intact', async () => {
    const { ctx, session } = openTestWorkbook(tempDir(), { sample: true });
    const pdf = convertToPdf(
      {
        programme: await buildAuditProgrammeDocx(readAuditExportData(ctx, 'audit-programme')),
        report: await buildAuditReportDocx(readAuditReportData(ctx, 'IA-2026-01')),
        register: await buildNonconformitiesDocx(readAuditExportData(ctx, 'nonconformities')),
      },
      { prefix: 'isms-audit-render-', timeout: 120_000 },
    );
    session.close();
    expect(pdf.programme.pages).toBeGreaterThanOrEqual(8);
    expect(pdf.programme.text).toMatch(/A\.8\.33\s+Test information\s+●/);
    expect(pdf.programme.text).toContain('Page 3 of');
    expect(pdf.report.pages).toBeGreaterThanOrEqual(5);
    expect(pdf.report.text).toMatch(/NC-001\s+IA-2026-01-F03/);
    expect(pdf.register.text).toMatch(/NC-002\s+18 Sep 2026\s+Audit finding/);
  }, 150_000);
});
