import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { riskInput } from '../../test/fixtures/risk-records';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { BLANK_CONTEXT_ISSUE, linkedRisks, scopeGaps, summariseRequirements, type ContextIssueInput } from '../../shared/domain/context';
import { listChanges } from '../repositories/change-log-repo';
import { createContextIssue, deleteContextIssue, listContextRegister, updateContextIssue } from './context-service';
import { listInterestedPartyRegister } from './party-service';
import { createRisk, deleteRisk, listRiskRegister } from './risk-service';
import { listRoles } from './role-service';
import { readScope } from './scope-service';

const tempDir = useTempDir();

const issue = (over: Partial<ContextIssueInput> = {}): ContextIssueInput => ({
  ...BLANK_CONTEXT_ISSUE,
  kind: 'external',
  category: 'technological',
  title: 'Dependence on one cloud provider',
  effect: 'An AWS regional outage stops the platform.',
  ...over,
});

describe('context issues', () => {
  it('numbers issues, lists internal before external, and logs each change', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const external = createContextIssue(ctx, issue());
    const internal = createContextIssue(ctx, issue({ kind: 'internal', category: 'organisational', title: 'Headcount doubling in 18 months' }));
    expect([external.ref, internal.ref]).toEqual(['CI-001', 'CI-002']);
    expect(listContextRegister(ctx).map((i) => i.ref)).toEqual(['CI-002', 'CI-001']);

    updateContextIssue(ctx, external.id, { effect: 'Outage of eu-west-2 stops invoice processing.', category: 'market' });
    const changes = listChanges(ctx.db, { area: 'context-issue', recordId: 'CI-001', limit: 10 });
    expect(changes.map((c) => c.field).sort()).toEqual(['category', 'created', 'effect']);
    session.close();
  });

  it('rejects an issue without a title or linking a risk that does not exist', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    expect(() => createContextIssue(ctx, issue({ title: '  ' }))).toThrow('The issue needs a short title');
    expect(() => createContextIssue(ctx, issue({ riskIds: [42] }))).toThrow('no longer in the register');
    expect(listContextRegister(ctx)).toEqual([]);
    session.close();
  });

  it('keeps risk links by id, so they survive renumbering of the register, and drops them when the risk is deleted', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const outage = createRisk(ctx, riskInput({ title: 'Prolonged AWS region outage' }));
    const costs = createRisk(ctx, riskInput({ title: 'Runaway AWS costs' }));
    const created = createContextIssue(ctx, issue({ riskIds: [costs.id, outage.id, outage.id] }));
    expect(created.riskIds).toEqual([outage.id, costs.id]);

    // Renumbering changes the readable refs, never the ids the links hold.
    ctx.db.prepare("UPDATE risk SET ref = 'R-101' WHERE id = ?").run(outage.id);
    ctx.db.prepare("UPDATE risk SET ref = 'R-100' WHERE id = ?").run(costs.id);
    const [stored] = listContextRegister(ctx);
    expect(linkedRisks(stored!, listRiskRegister(ctx)).map((r) => `${r.ref} ${r.title}`)).toEqual([
      'R-100 Runaway AWS costs',
      'R-101 Prolonged AWS region outage',
    ]);

    deleteRisk(ctx, outage.id);
    expect(listContextRegister(ctx)[0]!.riskIds).toEqual([costs.id]);
    session.close();
  });

  it('deletes an issue with its links, leaving the risks in the register', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const risk = createRisk(ctx, riskInput({ title: 'UK GDPR fine' }));
    const created = createContextIssue(ctx, issue({ riskIds: [risk.id] }));
    deleteContextIssue(ctx, created.id);
    expect(listContextRegister(ctx)).toEqual([]);
    expect(listRiskRegister(ctx)).toHaveLength(1);
    expect(ctx.db.prepare('SELECT count(*) FROM context_issue_risk').pluck().get()).toBe(0);
    expect(() => updateContextIssue(ctx, created.id, { title: 'Gone' })).toThrow('no longer exists');
    session.close();
  });
});

describe('the sample organisation', () => {
  it('has internal and external issues linked to its risks, parties with mostly addressed requirements, a full scope and roles', () => {
    const { ctx, session } = openTestWorkbook(tempDir(), { sample: true });
    const issues = listContextRegister(ctx);
    expect(issues.length).toBeGreaterThanOrEqual(8);
    expect(new Set(issues.map((i) => i.kind))).toEqual(new Set(['internal', 'external']));
    expect(issues.some((i) => i.category === 'environmental')).toBe(true);
    expect(issues.every((i) => i.riskIds.length > 0)).toBe(true);
    const summary = summariseRequirements(listInterestedPartyRegister(ctx));
    expect(summary.parties).toBeGreaterThanOrEqual(8);
    expect(summary.unaddressed).toBeGreaterThan(0);
    expect(summary.unaddressed).toBeLessThan(summary.ismsRequirements / 4);
    const scope = readScope(ctx);
    expect(scopeGaps(scope)).toEqual([]);
    expect(scope.exclusions.every((e) => e.justification.length > 40)).toBe(true);
    expect(listRoles(ctx).map((r) => r.title)).toContain('Internal auditor');
    session.close();
  });
});
