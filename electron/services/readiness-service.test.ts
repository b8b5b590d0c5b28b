import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { actionInput, riskInput } from '../../test/fixtures/risk-records';
import { ANNEX_A } from '../../shared/catalog/annex-a';
import type { ReadinessReport } from '../../shared/domain/readiness';
import { addRevision, updateDocumentControl } from './document-control-service';
import { checkReadiness } from './readiness-service';
import { insertRisks } from './risk-service';
import { insertTreatmentActions } from './treatment-action-service';
import { inTransaction } from './workbook-context';

const tempDir = useTempDir();

const failing = (report: ReadinessReport, severity: string) => report.rules.filter((r) => !r.passed && r.severity === severity).map((r) => r.id);
const rule = (report: ReadinessReport, id: string) => report.rules.find((r) => r.id === id)!;

describe('Stage 1 readiness check', () => {
  it('finds no blocker in the sample, but the few warnings and advice a real ISMS carries', () => {
    const { ctx, session } = openTestWorkbook(tempDir(), { sample: true });
    const report = checkReadiness(ctx);
    expect(failing(report, 'blocker')).toEqual([]);
    expect(report.checkedOn).toBe('2026-11-20');
    expect(report.counts.warning).toBeGreaterThanOrEqual(3);
    expect(report.counts.advice).toBeGreaterThanOrEqual(1);
    expect(report.score).toBeGreaterThan(75);
    expect(report.score).toBeLessThan(100);
    expect(rule(report, 'document.review-due').findings).toEqual([
      {
        message: 'POL-003 Acceptable Use Policy was due for review on 2026-10-10.',
        link: { screen: 'documents', record: 'POL-003', label: 'Open POL-003 in Documents and policies' },
      },
    ]);
    expect(rule(report, 'risk.awaiting-assessment').findings.map((f) => f.link.record)).toEqual(['R-057']);
    session.close();
  });

  it('lists a blocker for every piece of required documented information missing from a new workbook', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const report = checkReadiness(ctx);
    expect(failing(report, 'blocker')).toEqual([
      'documented.scope',
      'documented.policy',
      'documented.risk-process',
      'documented.soa',
      'soa.justified',
      'documented.treatment-plan',
      'documented.objectives',
      'documented.competence',
      'documented.operational-planning',
      'documented.risk-assessment',
      'documented.risk-treatment',
      'documented.monitoring',
      'documented.audit',
      'documented.review',
    ]);
    // Nonconformities need a controlled register only once one has been raised; until then it is advice.
    expect(rule(report, 'documented.nonconformities').passed).toBe(true);
    expect(rule(report, 'nc.process-used').passed).toBe(false);
    expect(report.rules.slice(0, report.counts.blocker).every((r) => r.severity === 'blocker' && !r.passed)).toBe(true);
    const approvals = report.rules.flatMap((r) => r.findings).filter((f) => f.link.screen === 'document-control').map((f) => f.link.record);
    expect(approvals).toEqual(['scope', 'risk-method', 'soa', 'risk-treatment-plan', 'objectives', 'risk-report', 'audit-programme']);
    session.close();
  });

  it('fails the SoA rule while a new SoA version is in review, and passes it again once approved', () => {
    const { ctx, session } = openTestWorkbook(tempDir(), { sample: true });
    expect(rule(checkReadiness(ctx), 'documented.soa').passed).toBe(true);

    addRevision(ctx, 'soa', '1.3', 'Controls re-scoped after the AI policy.');
    const inReview = checkReadiness(ctx);
    expect(rule(inReview, 'documented.soa')).toMatchObject({
      passed: false,
      findings: [{ message: 'Statement of Applicability (ISMS-SOA): version 1.3 is in review, not approved.', link: { screen: 'document-control', record: 'soa' } }],
    });
    expect(inReview.counts.blocker).toBe(1);
    expect(inReview.rules[0]!.id).toBe('documented.soa');

    updateDocumentControl(ctx, 'soa', { status: 'approved' });
    const approved = checkReadiness(ctx);
    expect(rule(approved, 'documented.soa').passed).toBe(true);
    expect(approved.counts.blocker).toBe(0);
    expect(approved.score).toBeGreaterThan(inReview.score);
    session.close();
  });

  it('checks a 5,000-risk workbook well within a second, listing at most 25 findings per rule', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    inTransaction(ctx, () => {
      const risks = insertRisks(
        ctx,
        Array.from({ length: 5000 }, (_, i) =>
          riskInput({
            title: `Risk ${i + 1}`,
            owner: i % 10 === 0 ? '' : `Owner ${i % 25}`,
            inherentLikelihood: 1 + (i % 5),
            inherentImpact: 1 + ((i * 7) % 5),
            treatment: 'modify',
            controlIds: [ANNEX_A[i % ANNEX_A.length]!.id, ANNEX_A[(i * 3) % ANNEX_A.length]!.id],
            residualLikelihood: 1 + (i % 3),
            residualImpact: 1 + (i % 4),
            status: 'treatment-planned',
          }),
        ),
      );
      insertTreatmentActions(ctx, risks.filter((_, i) => i % 2 === 0).map((r, i) => actionInput(r.id, { dueDate: i % 3 === 0 ? '2026-01-31' : '2027-06-30' })));
    });
    checkReadiness(ctx);
    const started = performance.now();
    const report = checkReadiness(ctx);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1000);
    for (const r of report.rules) expect(r.findings.length, r.id).toBeLessThanOrEqual(26);
    expect(rule(report, 'documented.risk-treatment').findings.at(-1)).toEqual({
      message: '…and 2,475 more.',
      link: { screen: 'risks', label: 'Open the risk register' },
    });
    expect(rule(report, 'risk.acceptance').passed).toBe(false);
    session.close();
  }, 60_000);
});
