import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { REVIEW_INPUT_KEYS } from '../../shared/domain/management-review';
import { actionInput, riskInput } from '../../test/fixtures/risk-records';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { meetsTarget, periodEndingOn, prefillReviewInput, prefillReviewInputs } from './review-prefill';
import { excerpt, listRefs } from './review-prefill-text';
import { createRisk } from './risk-service';
import { createTreatmentAction } from './treatment-action-service';

const tempDir = useTempDir();
const asOf = '2026-11-20';
const options = { asOf, review: null };

function insert(db: Database, table: string, row: Record<string, unknown>): number {
  const columns = Object.keys(row);
  return Number(db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row).lastInsertRowid);
}

describe('management review prefill', () => {
  it('says plainly, for every input, that an empty workbook has nothing to report', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const texts = prefillReviewInputs(ctx.db, options);
    expect(Object.keys(texts)).toEqual(REVIEW_INPUT_KEYS);
    for (const key of REVIEW_INPUT_KEYS) expect(texts[key]?.length, key).toBeGreaterThan(30);
    expect(texts['previous-actions']).toMatch(/first management review/);
    expect(texts['issue-changes']).toBe('No internal or external issues are recorded in the workbook yet.');
    expect(texts.risk).toBe('No risks are recorded in the risk register yet.');
    expect(texts['audit-results']).toBe('No audit was completed in the last 12 months.');
    session.close();
  });

  it('counts context issues and the ISMS requirements that do not yet say how they are addressed', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const risk = createRisk(ctx, riskInput({ title: 'Regulatory change' }));
    const i1 = insert(ctx.db, 'context_issue', { ref: 'CI-001', kind: 'external', category: 'Regulatory', title: 'DORA' });
    insert(ctx.db, 'context_issue', { ref: 'CI-002', kind: 'internal', category: 'Organisational', title: 'Growth' });
    insert(ctx.db, 'context_issue', { ref: 'CI-003', kind: 'external', category: 'regulatory', title: 'NIS2' });
    insert(ctx.db, 'context_issue_risk', { issue_id: i1, risk_id: risk.id });
    const customers = insert(ctx.db, 'interested_party', { ref: 'IP-001', name: 'Customers' });
    insert(ctx.db, 'party_requirement', { party_id: customers, requirement: 'Breach notice within 24 hours', is_isms_requirement: 1, how_addressed: 'Incident procedure' });
    insert(ctx.db, 'party_requirement', { party_id: customers, requirement: 'Annual penetration test report', is_isms_requirement: 1, controls: '["8.8"]' });
    insert(ctx.db, 'party_requirement', { party_id: customers, requirement: 'SOC 2 Type II report every year', is_isms_requirement: 1 });
    insert(ctx.db, 'party_requirement', { party_id: customers, requirement: 'Friendly account managers', is_isms_requirement: 0 });

    expect(prefillReviewInput(ctx.db, 'issue-changes', options)).toBe(
      'The register holds 3 issues (1 internal, 2 external) across 2 categories: regulatory 2, organisational 1. ' +
        '1 is linked to risks; 2 have no linked risk yet (CI-002, CI-003).',
    );
    expect(prefillReviewInput(ctx.db, 'party-changes', options)).toBe(
      '1 interested party is recorded with 4 needs and expectations, of which 3 are ISMS requirements. ' +
        '2 show how they are addressed; 1 does not yet: Customers (SOC 2 Type II report every year).',
    );
    session.close();
  });

  it('reports nonconformities by status, the overdue ones, effectiveness and complaints', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const nc = (ref: string, fields: Record<string, unknown>) =>
      insert(ctx.db, 'nonconformity', { ref, source: 'audit', raised_on: '2026-09-20', description: `Finding ${ref}`, status: 'open', ...fields });
    nc('NC-001', { status: 'closed', raised_on: '2025-06-01', effectiveness_result: 'effective', effectiveness_reviewed_on: '2025-09-01' });
    nc('NC-002', { status: 'action-planned', due_date: '2026-10-31' });
    nc('NC-003', { source: 'complaint', description: 'A customer was sent another customer\u2019s invoice PDF by a support agent.', due_date: '2026-12-31' });
    nc('NC-004', { status: 'implemented', source: 'incident' });

    expect(prefillReviewInput(ctx.db, 'nonconformities', options)).toBe(
      '4 nonconformities are recorded, 3 raised in the last 12 months (1 from an audit, 1 from an incident, 1 from a complaint). ' +
        'Status: 1 open, 1 with corrective action planned, 1 implemented and awaiting an effectiveness review, 1 closed. ' +
        '1 is overdue (NC-002). 1 of the 1 closed was confirmed effective.',
    );
    expect(prefillReviewInput(ctx.db, 'party-feedback', options)).toMatch(
      /^1 complaint was recorded as a nonconformity in the last 12 months: NC-003 A customer was sent another customer’s invoice PDF by a support agent\. Feedback received outside/,
    );
    session.close();
  });

  it('judges objectives against their targets in either direction, with the latest measurement', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const objective = (ref: string, fields: Record<string, unknown>) =>
      insert(ctx.db, 'objective', { ref, objective: `Objective ${ref}`, status: 'active', unit: '%', ...fields });
    const patching = objective('OBJ-01', { target_value: 95, target_direction: 'at-least', due_date: '2026-09-30' });
    const phishing = objective('OBJ-02', { target_value: 5, target_direction: 'at-most' });
    objective('OBJ-03', {});
    objective('OBJ-04', { status: 'achieved' });
    insert(ctx.db, 'measurement', { objective_id: patching, measured_on: '2026-06-30', value: 97 });
    insert(ctx.db, 'measurement', { objective_id: patching, measured_on: '2026-09-30', value: 88 });
    insert(ctx.db, 'measurement', { objective_id: phishing, measured_on: '2026-10-15', value: 3.5 });
    // After the day the figures speak for: ignored.
    insert(ctx.db, 'measurement', { objective_id: phishing, measured_on: '2026-12-15', value: 9 });

    expect(prefillReviewInput(ctx.db, 'objectives', options)).toBe(
      '4 objectives are recorded: 3 active, 1 achieved, 0 retired. Of the active ones, 1 meets its target at the latest measurement, ' +
        '1 falls short (OBJ-01), 1 cannot yet be judged for want of a target or a measurement (OBJ-03). 1 active objective is past its due date (OBJ-01, due 30 Sep 2026).',
    );
    expect(prefillReviewInput(ctx.db, 'measurement', options)).toBe(
      '3 measurements were recorded in the last 12 months against 2 of the 4 current objectives; OBJ-03, OBJ-04 have none. ' +
        'At the latest measurement 1 is on target and 1 is not (OBJ-01 at 88% against at least 95%).',
    );
    expect(meetsTarget({ target: 5, direction: 'at-most', latest: 5 })).toBe(true);
    expect(meetsTarget({ target: 5, direction: null, latest: 5 })).toBeNull();
    session.close();
  });

  it('summarises audits of the last 12 months by finding type, and lists improvements and observations', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const audit = insert(ctx.db, 'audit', { ref: 'IA-2026-01', title: 'ISMS internal audit', planned_start: '2026-09-14', planned_end: '2026-09-18', status: 'completed' });
    insert(ctx.db, 'audit', { ref: 'IA-2024-01', title: 'Old audit', planned_end: '2024-09-18', status: 'completed' });
    insert(ctx.db, 'audit', { ref: 'IA-2027-01', title: 'Next audit', planned_start: '2027-03-01', status: 'planned' });
    const nc = insert(ctx.db, 'nonconformity', { ref: 'NC-001', source: 'audit', raised_on: '2026-09-18', description: 'Leavers', status: 'open' });
    const finding = (ref: string, type: string, description: string, extra: Record<string, unknown> = {}) =>
      insert(ctx.db, 'audit_finding', { audit_id: audit, ref, type, description, ...extra });
    finding('F-01', 'minor', 'Two leavers kept Okta access', { nonconformity_id: nc });
    finding('F-02', 'observation', 'Access reviews are recorded in spreadsheets only');
    finding('F-03', 'improvement', 'Automate joiner, mover and leaver steps from the HR system');
    finding('F-04', 'conformity', 'Backups tested');

    expect(prefillReviewInput(ctx.db, 'audit-results', options)).toBe(
      '1 audit was completed in the last 12 months: IA-2026-01 ISMS internal audit (ended 18 Sep 2026). ' +
        'It recorded 4 findings: 1 minor nonconformity, 1 observation, 1 opportunity for improvement, 1 conformity. ' +
        'Corrective action was raised as NC-001. 1 further audit is planned or under way (IA-2027-01).',
    );
    expect(prefillReviewInput(ctx.db, 'improvement', options)).toBe(
      'The audits of the last 12 months raised 1 opportunity for improvement and 1 observation. ' +
        'Improvements: F-03 Automate joiner, mover and leaver steps from the HR system. Observations: F-02 Access reviews are recorded in spreadsheets only.',
    );
    session.close();
  });

  it('gives the risk picture: residual levels, acceptance above the criteria, overdue treatment actions', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const rated = (title: string, l: number, i: number, over = {}) =>
      createRisk(ctx, riskInput({ title, inherentLikelihood: 5, inherentImpact: 5, treatment: 'modify', residualLikelihood: l, residualImpact: i, status: 'assessed', ...over }));
    const r1 = rated('Ransomware', 3, 4, { acceptedBy: 'CEO', acceptedOn: '2026-10-01', acceptanceRationale: 'Backups isolated' });
    rated('Phishing', 3, 4, { nextReview: '2026-06-01' });
    rated('Laptop theft', 1, 2);
    createRisk(ctx, riskInput({ title: 'Not yet rated' }));
    createTreatmentAction(ctx, actionInput(r1.id, { title: 'Vault lock', dueDate: '2026-10-01' }));
    createTreatmentAction(ctx, actionInput(r1.id, { title: 'Restore test', dueDate: '2027-01-01' }));
    createTreatmentAction(ctx, actionInput(r1.id, { title: 'EDR', status: 'done', dueDate: '2026-08-01' }));

    expect(prefillReviewInput(ctx.db, 'risk', options)).toBe(
      'The register holds 4 open risks; by residual level: 1 Low, 2 High; 1 not yet rated. ' +
        '2 risks are above the acceptance criteria; 1 still needs acceptance or further treatment (R-002). ' +
        'The treatment plan holds 3 actions: 1 done, 2 open; 1 is overdue (A-001). 1 risk is past its review date (R-002).',
    );
    session.close();
  });

  it('follows up the actions of earlier held reviews only, before the review being prepared', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const review = (ref: string, heldOn: string | null, status: string) => insert(ctx.db, 'management_review', { ref, held_on: heldOn, status });
    const earlier = review('MR-2025-01', '2025-10-20', 'held');
    const current = review('MR-2026-01', '2026-10-20', 'held');
    const action = (reviewId: number, description: string, fields: Record<string, unknown> = {}) =>
      insert(ctx.db, 'review_output', { review_id: reviewId, kind: 'action', description, owner: 'CTO', status: 'open', ...fields });
    action(earlier, 'Fund a second SOC analyst', { status: 'done', due_date: '2026-01-31' });
    action(earlier, 'Run a tabletop ransomware exercise with the board', { due_date: '2026-03-31' });
    action(earlier, 'Review supplier list', { owner: '', due_date: null });
    insert(ctx.db, 'review_output', { review_id: earlier, kind: 'decision', description: 'Keep the scope', status: 'open' });
    action(current, 'Not yet a previous action', { due_date: '2027-01-31' });

    expect(prefillReviewInput(ctx.db, 'previous-actions', { asOf, review: { id: current, heldOn: '2026-10-20' } })).toBe(
      'The previous review (MR-2025-01, 20 October 2025) agreed 3 actions: 1 done and 2 open, of which 1 is overdue. ' +
        'Still open: Run a tabletop ransomware exercise with the board (CTO, due 31 Mar 2026, overdue); Review supplier list (no due date).',
    );
    expect(prefillReviewInput(ctx.db, 'previous-actions', { asOf, review: { id: earlier, heldOn: '2025-10-20' } })).toMatch(/first management review/);
    session.close();
  });
});

describe('prefill wording', () => {
  it('shortens long lists and texts', () => {
    expect(listRefs(['A-1', 'A-2', 'A-3'], 2)).toBe('A-1, A-2 and 1 more');
    expect(excerpt('Rotate   every access key used by CI pipelines.', 200)).toBe('Rotate every access key used by CI pipelines');
    expect(excerpt('Rotate every access key used by the CI pipelines in all accounts', 30)).toBe('Rotate every access key used…');
    expect(periodEndingOn('2026-11-20')).toEqual({ from: '2025-11-20', to: '2026-11-20' });
  });
});
