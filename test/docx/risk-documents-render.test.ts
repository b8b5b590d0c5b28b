/**
 * Renders the three risk documents (methodology, assessment report, treatment plan) with LibreOffice, as a reader
 * would see them, and reads the PDFs back. Needs soffice (libreoffice-writer) and poppler-utils (pdftotext,
 * pdfinfo); skipped, saying why, without them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRiskMethodDocx } from '../../electron/export/docx/risk-method-docx';
import { buildRiskReportDocx } from '../../electron/export/docx/risk-report-docx';
import { buildRiskTreatmentPlanDocx } from '../../electron/export/docx/risk-treatment-plan-docx';
import type { RiskExportData } from '../../electron/export/risk-data';
import type { Organisation } from '../../shared/domain/organisation';
import type { Asset, Risk, TreatmentAction } from '../../shared/domain/risk';
import type { DocumentControlWithHistory } from '../../shared/domain/workbook';
import { defaultRiskMethod } from '../../shared/rules/default-risk-method';
import { heatMapCounts } from '../../shared/rules/risk-scoring';
import { convertToPdf, hasSoffice, skipReason, type RenderedPdf } from '../fixtures/libreoffice';
import { actionRecord, assetRecord, riskExportData, riskRecord } from '../fixtures/risk-records';

// ---------------------------------------------------------------------------------------------------------------
// A small fictional register, made here so the test does not depend on the sample organisation's files.

const method = defaultRiskMethod(5);

const organisation: Organisation = {
  legalName: 'Brightwater Clinical Data Ltd',
  shortName: 'Brightwater',
  address: '12 Canal Street, Bristol BS1 5AA',
  industry: 'Clinical trial software',
  size: '51-200',
  ismsOwner: 'Amara Osei, Head of Information Security',
  classificationLabels: ['Public', 'Internal', 'Confidential'],
  defaultClassification: 'Confidential',
  defaultApprover: 'Henry Walsh, CEO',
  reviewCycleMonths: 12,
};

const control = (docKey: string, documentId: string, title: string): DocumentControlWithHistory => ({
  docKey,
  documentId,
  title,
  version: '1.0',
  status: 'approved',
  owner: organisation.ismsOwner,
  approver: organisation.defaultApprover,
  approvedOn: '2026-06-01',
  classification: 'Confidential',
  revisions: [{ version: '1.0', date: '2026-06-01', author: 'Amara Osei', summary: 'First issue.' }],
});

const assets: Asset[] = ['Trial database', 'Patient portal', 'Laptops'].map((name, index) =>
  assetRecord(index + 1, { name, owner: 'CTO', classification: 'Confidential', confidentiality: 3, integrity: 3, availability: 2 }),
);

const RATINGS: [number, number, number, number][] = [
  [4, 5, 2, 3],
  [4, 5, 3, 4],
  [3, 3, 1, 3],
  [2, 4, 2, 2],
  [5, 4, 4, 4],
  [3, 4, 2, 4],
  [1, 2, 1, 2],
  [4, 4, 2, 3],
];

const risks: Risk[] = RATINGS.map(([il, ii, rl, ri], index) =>
  riskRecord(method, index + 1, {
    ref: `R-10${index + 1}`,
    title: `Risk scenario number ${index + 1}`,
    assetIds: [1 + (index % 3)],
    threat: 'An outside attacker',
    vulnerability: 'A weakness in the service',
    owner: index % 2 === 0 ? 'CTO' : 'Head of Clinical Operations',
    inherentLikelihood: il,
    inherentImpact: ii,
    treatment: index === 6 ? 'retain' : 'modify',
    controlIds: ['8.8'],
    residualLikelihood: rl,
    residualImpact: ri,
    status: 'treatment-planned',
  }),
);

const actions: TreatmentAction[] = risks
  .filter((r) => r.treatment === 'modify')
  .map((r, index) =>
    actionRecord(index + 1, r.id, {
      ref: `A-20${index + 1}`,
      title: `Put the fix for ${r.ref} in place`,
      controlId: '8.8',
      owner: 'IT',
      resources: '2 days',
      dueDate: index === 0 ? '2026-05-01' : '2026-12-01',
    }),
  );

const data = (docKey: string, documentId: string, title: string): RiskExportData =>
  riskExportData({ organisation, documentControl: control(docKey, documentId, title), method, assets, risks, actions, asOf: '2026-06-15' });

// ---------------------------------------------------------------------------------------------------------------

describe('risk documents rendered by LibreOffice', () => {
  if (!hasSoffice) it.skip(`skipped: ${skipReason}`, () => {});

  let pdf: Record<'method' | 'report' | 'plan', RenderedPdf>;

  beforeAll(async () => {
    if (!hasSoffice) return;
    pdf = convertToPdf(
      {
        method: await buildRiskMethodDocx(data('risk-method', 'BW-RM', 'Risk Assessment and Treatment Methodology')),
        report: await buildRiskReportDocx(data('risk-report', 'BW-RAR', 'Risk Assessment Report')),
        plan: await buildRiskTreatmentPlanDocx(data('risk-treatment-plan', 'BW-RTP', 'Risk Treatment Plan')),
      },
      { prefix: 'isms-risk-render-', timeout: 170_000 },
    );
  }, 180_000);

  it.skipIf(!hasSoffice)('renders the methodology with its scales, matrix and acceptance criteria', () => {
    const t = pdf.method.text;
    expect(t).toContain('Risk Assessment and Treatment');
    expect(t).toContain(organisation.legalName);
    for (const level of method.likelihood) expect(t).toContain(level.label);
    for (const band of method.bands) expect(t).toContain(band.label);
    expect(t).toContain('Risk matrix (5 × 5)');
    expect(t).toContain('May not be retained: must be treated');
    expect(t).toContain('It may be retained only with formal acceptance by Head of Security');
    expect(t).toMatch(/Page 2 of \d+/);
    expect(pdf.method.pages).toBeGreaterThanOrEqual(4);
  });

  it.skipIf(!hasSoffice)('renders the report with every risk and the heat map counts in the right rows', () => {
    const t = pdf.report.text;
    expect(t).toContain('Risk Assessment Report');
    for (const r of risks) expect(t, r.ref).toMatch(new RegExp(`(^|\\s)${r.ref}(\\s|$)`, 'm'));
    const maps = t.slice(t.indexOf('Heat maps'), t.indexOf('Risks above the acceptance criteria'));
    const inherent = heatMapCounts(method, risks, 'inherent');
    const residual = heatMapCounts(method, risks, 'residual');
    for (const level of method.likelihood) {
      const label = new RegExp(`\\b${level.value}\\s+${level.label}\\b`, 'g');
      const line = maps.split('\n').find((l) => (l.match(label) ?? []).length === 2);
      expect(line, `row ${level.label}`).toBeDefined();
      const numbers = line!.replace(label, '').match(/\d+/g) ?? [];
      const expected = [...inherent[level.value - 1]!, ...residual[level.value - 1]!].filter((n) => n > 0).map(String);
      expect(numbers, `counts in row ${level.label}`).toEqual(expected);
    }
    expect(t).toContain('None: every control that a risk relies on is applicable');
  });

  it.skipIf(!hasSoffice)('renders the treatment plan with every action, the overdue marker and the sign-off table', () => {
    const t = pdf.plan.text;
    expect(t).toContain('Risk Treatment Plan');
    for (const a of actions) expect(t, a.ref).toContain(a.ref);
    expect(t.match(/Overdue(?! as of)/g)).toHaveLength(1);
    expect(t).toContain('R-101, R-103, R-105, R-107');
    expect(t).toContain('Signature');
    expect(pdf.plan.pages).toBeGreaterThanOrEqual(4);
  });
});
