/**
 * Renders the three risk documents (methodology, assessment report, treatment plan) with LibreOffice, as a reader
 * would see them, and reads the PDFs back. Needs soffice (libreoffice-writer) and poppler-utils (pdftotext,
 * pdfinfo); skipped, saying why, without them.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRiskMethodDocx } from '../../electron/export/docx/risk-method-docx';
import { buildRiskReportDocx } from '../../electron/export/docx/risk-report-docx';
import { buildRiskTreatmentPlanDocx } from '../../electron/export/docx/risk-treatment-plan-docx';
import type { RiskExportData } from '../../electron/export/risk-data';
import type { Organisation } from '../../shared/domain/organisation';
import type { Asset, Risk, TreatmentAction } from '../../shared/domain/risk';
import type { DocumentControlWithHistory } from '../../shared/domain/workbook';
import { defaultRiskMethod } from '../../shared/rules/default-risk-method';
import { heatMapCounts } from '../../shared/rules/risk-scoring';
import { actionRecord, assetRecord, riskExportData, riskRecord } from '../fixtures/risk-records';

function onPath(command: string): boolean {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => dir !== '')
    .some((dir) => {
      try {
        fs.accessSync(path.join(dir, command), fs.constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

const missing = ['soffice', 'pdftotext', 'pdfinfo'].filter((command) => !onPath(command));
const hasSoffice = missing.length === 0;
const skipReason = `not on PATH: ${missing.join(', ')} (install libreoffice-writer and poppler-utils)`;

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

/** Folders made by the test, removed afterwards; made only when the test runs, so a skipped run leaves nothing. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('risk documents rendered by LibreOffice', () => {
  if (!hasSoffice) it.skip(`skipped: ${skipReason}`, () => {});

  const text: Record<'method' | 'report' | 'plan', string> = { method: '', report: '', plan: '' };
  const pages: Record<string, number> = {};

  beforeAll(async () => {
    if (!hasSoffice) return;
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isms-risk-render-'));
    // LibreOffice needs a profile folder of its own per run (DESIGN.md, "Known traps").
    const profileDir = path.join(os.tmpdir(), `lo-${randomUUID()}`);
    made.push(workDir, profileDir);
    const files = {
      method: await buildRiskMethodDocx(data('risk-method', 'BW-RM', 'Risk Assessment and Treatment Methodology')),
      report: await buildRiskReportDocx(data('risk-report', 'BW-RAR', 'Risk Assessment Report')),
      plan: await buildRiskTreatmentPlanDocx(data('risk-treatment-plan', 'BW-RTP', 'Risk Treatment Plan')),
    };
    for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(workDir, `${name}.docx`), bytes);
    execFileSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${profileDir}`, '--convert-to', 'pdf', '--outdir', workDir, ...Object.keys(files).map((name) => path.join(workDir, `${name}.docx`))],
      { stdio: 'pipe', timeout: 170_000 },
    );
    for (const name of Object.keys(files) as (keyof typeof text)[]) {
      const pdf = path.join(workDir, `${name}.pdf`);
      if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${name}`);
      text[name] = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      pages[name] = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
    }
  }, 180_000);

  it.skipIf(!hasSoffice)('renders the methodology with its scales, matrix and acceptance criteria', () => {
    const t = text.method;
    expect(t).toContain('Risk Assessment and Treatment');
    expect(t).toContain(organisation.legalName);
    for (const level of method.likelihood) expect(t).toContain(level.label);
    for (const band of method.bands) expect(t).toContain(band.label);
    expect(t).toContain('Risk matrix (5 × 5)');
    expect(t).toContain('May not be retained: must be treated');
    expect(t).toContain('It may be retained only with formal acceptance by Head of Security');
    expect(t).toMatch(/Page 2 of \d+/);
    expect(pages.method).toBeGreaterThanOrEqual(4);
  });

  it.skipIf(!hasSoffice)('renders the report with every risk and the heat map counts in the right rows', () => {
    const t = text.report;
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
    const t = text.plan;
    expect(t).toContain('Risk Treatment Plan');
    for (const a of actions) expect(t, a.ref).toContain(a.ref);
    expect(t.match(/Overdue(?! as of)/g)).toHaveLength(1);
    expect(t).toContain('R-101, R-103, R-105, R-107');
    expect(t).toContain('Signature');
    expect(pages.plan).toBeGreaterThanOrEqual(4);
  });
});
