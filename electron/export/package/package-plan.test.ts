import { describe, expect, it } from 'vitest';
import { PACKAGE_FOLDERS } from '../../../shared/domain/package';
import { useTempDir } from '../../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../../test/fixtures/workbook';
import { listAudits } from '../../repositories/audit-repo';
import { listDocuments } from '../../repositories/document-repo';
import { listReviewRows } from '../../repositories/review-repo';
import { updateAudit } from '../../services/audit-service';
import { updateDocumentControl } from '../../services/document-control-service';
import { retireDocument } from '../../services/document-service';
import { updateOrganisation } from '../../services/organisation-service';
import { listPackageKinds } from '../export-registry';
import { PER_RECORD_KINDS, compareClauses, controlKeyOf, readPackagePlan, safeFileName } from './package-plan';

const tempDir = useTempDir('isms-package-plan-');

describe('Stage 1 package plan', () => {
  it('files every Stage 1 export of the sample under its clause folder, in clause order', () => {
    const { ctx } = openTestWorkbook(tempDir(), { sample: true });
    const plan = readPackagePlan(ctx);
    expect(plan.organisation).toBe('Northwind Ledger Ltd');
    expect(plan.asOf).toBe('2026-11-20');
    expect(plan.folderName).toBe('Northwind Ledger ISMS Stage 1 package 2026-11-20');
    const paths = plan.entries.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '04 Context of the organisation/4.1 Context of the Organisation.docx',
        '04 Context of the organisation/4.3 ISMS Scope.docx',
        '05 Leadership/5.2 POL-001 Information Security Policy.docx',
        '06 Planning/6.1.2 PRO-001 Risk Management Procedure.docx',
        '06 Planning/6.1.3 Statement of Applicability.docx',
        '06 Planning/6.1.3 Statement of Applicability.xlsx',
        '07 Support/7.5 POL-002 Asset Management and Classification Policy.docx',
        '08 Operation/8.2 Risk Register.xlsx',
        '09 Performance evaluation/9.2 Internal Audit Programme.docx',
        '09 Performance evaluation/9.3 MR-2026-01 Management Review Minutes.docx',
        '10 Improvement/10.2 Nonconformity Register.xlsx',
      ]),
    );
    expect(new Set(plan.entries.map((e) => e.folder))).toEqual(new Set(Object.values(PACKAGE_FOLDERS)));
    expect(plan.entries.some((e) => e.kind === 'json' || e.fileName.endsWith('.json'))).toBe(false);
    expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length);
    const clauses = plan.entries.map((e) => e.clause);
    expect([...clauses].sort(compareClauses)).toEqual(clauses);
    for (const entry of plan.entries) {
      expect(entry.fileName.startsWith(`${entry.clause} `)).toBe(true);
      expect(entry.path).toBe(`${entry.folder}/${entry.fileName}`);
      expect(entry.documentId).not.toBe('');
      expect(entry.version).toMatch(/^\d+\.\d+$/);
    }
    expect(plan.fileCount).toBe(plan.entries.length + 2);
  });

  it('takes version, status and approval from the control records, the register, the audits and the reviews', () => {
    const { ctx } = openTestWorkbook(tempDir(), { sample: true });
    updateDocumentControl(ctx, 'soa', { version: '3.0', status: 'approved', approver: 'Board of Directors', approvedOn: '2026-11-02' });
    const plan = readPackagePlan(ctx);
    const soa = plan.entries.filter((e) => e.kind === 'soa' || e.kind === 'soa-xlsx');
    expect(soa.map((e) => [e.documentId, e.title, e.version, e.status, e.approver, e.approvedOn])).toEqual([
      ['ISMS-SOA', 'Statement of Applicability', '3.0', 'approved', 'Board of Directors', '2026-11-02'],
      ['ISMS-SOA', 'Statement of Applicability (Excel)', '3.0', 'approved', 'Board of Directors', '2026-11-02'],
    ]);
    const policy = listDocuments(ctx.db).find((d) => d.documentId === 'POL-001')!;
    expect(plan.entries.find((e) => e.kind === 'document:POL-001')).toMatchObject({
      documentId: 'POL-001',
      title: policy.title,
      version: policy.version,
      status: policy.status,
      approvedOn: policy.approvedOn,
    });
    const review = plan.entries.find((e) => e.kind.startsWith('management-review:'))!;
    expect(review).toMatchObject({ documentId: 'MR-2026-01', version: '1.0', status: 'approved' });
    const report = plan.entries.find((e) => e.kind.startsWith('audit-report:'))!;
    expect(report.documentId).toBe(`${report.kind.split(':')[1]}-R`);
  });

  it('leaves out retired documents, planned or cancelled audits and reviews not yet held', () => {
    const { ctx } = openTestWorkbook(tempDir(), { sample: true });
    const pol003 = listDocuments(ctx.db).find((d) => d.documentId === 'POL-003')!;
    retireDocument(ctx, pol003.id);
    const audits = listAudits(ctx.db);
    const planned = audits.filter((a) => a.status === 'planned');
    expect(planned.length).toBeGreaterThan(0);
    updateAudit(ctx, planned[0]!.id, { status: 'in-progress' });
    const plan = readPackagePlan(ctx);
    const kinds = plan.entries.map((e) => e.kind);
    expect(kinds).not.toContain('document:POL-003');
    expect(kinds).toContain('document:POL-004');
    const reported = listAudits(ctx.db).filter((a) => a.status === 'in-progress' || a.status === 'completed');
    expect(kinds.filter((k) => k.startsWith('audit-report:'))).toEqual(reported.map((a) => `audit-report:${a.ref}`));
    expect(kinds).toContain(`audit-report:${planned[0]!.ref}`);
    for (const other of planned.slice(1)) expect(kinds).not.toContain(`audit-report:${other.ref}`);
    const held = listReviewRows(ctx.db).filter((r) => r.status === 'held');
    expect(kinds.filter((k) => k.startsWith('management-review:'))).toEqual(held.map((r) => `management-review:${r.ref}`));
  });

  it('knows the control record or the choice of records of every kind the registry puts in the package', () => {
    for (const kind of listPackageKinds()) {
      if (kind.parameter) expect(PER_RECORD_KINDS).toContain(kind.kind);
      else expect(controlKeyOf(kind), kind.kind).not.toBeNull();
      expect(kind.format).not.toBe('json');
    }
  });

  it('lists the documents of a blank workbook with their default control records, and names the folder safely', () => {
    const { ctx } = openTestWorkbook(tempDir());
    updateOrganisation(ctx, { shortName: 'Acme: R&D / "Labs"' });
    const plan = readPackagePlan(ctx);
    expect(plan.folderName).toBe('Acme R&D Labs ISMS Stage 1 package 2026-11-20');
    expect(plan.entries.every((e) => e.status === 'draft' && e.version === '0.1' && e.approvedOn === null)).toBe(true);
    expect(plan.entries.some((e) => e.kind.includes(':'))).toBe(false);
  });

  it('compares clauses part by part and makes names every file system accepts', () => {
    expect(['10.2', '6.2', '6.1.3', '9', '4.1'].sort(compareClauses)).toEqual(['4.1', '6.1.3', '6.2', '9', '10.2']);
    expect(safeFileName('IA-2027-01 Follow-up: actions\n and "awareness"?.')).toBe('IA-2027-01 Follow-up actions and awareness');
    expect(safeFileName('a'.repeat(300))).toHaveLength(120);
    expect(safeFileName(' ... ')).toBe('Untitled');
  });
});
