import { describe, expect, it } from 'vitest';
import { READINESS_SEVERITIES } from '../../domain/readiness';
import { SCREEN_IDS } from '../../domain/record-link';
import { READINESS_RULES } from './catalogue';
import { runReadiness } from './run-readiness';
import type { ReadinessRule } from './rule';
import { passingSnapshot, TODAY } from './test-snapshot';

const rule = (id: string, severity: ReadinessRule['severity'], fails: boolean): ReadinessRule => ({
  id,
  title: id,
  clause: '4.1',
  severity,
  why: 'Because.',
  check: () => (fails ? [{ message: `${id} fails`, link: { screen: 'context', label: 'Open Context and parties' } }] : []),
});

describe('the readiness catalogue', () => {
  it('has unique ids, a clause, a severity and a reason for every rule', () => {
    expect(new Set(READINESS_RULES.map((r) => r.id)).size).toBe(READINESS_RULES.length);
    for (const r of READINESS_RULES) {
      expect(r.clause, r.id).toMatch(/^(?:[4-9]|10)(?:\.\d{1,2}){0,2}(?: [a-g])?$/);
      expect(READINESS_SEVERITIES, r.id).toContain(r.severity);
      expect(r.title.length, r.id).toBeGreaterThan(10);
      expect(r.why, r.id).toMatch(/\.$/);
    }
  });

  it('passes every rule on a sound workbook, scoring 100', () => {
    const report = runReadiness(passingSnapshot());
    expect(report.rules.filter((r) => !r.passed).map((r) => ({ id: r.id, findings: r.findings }))).toEqual([]);
    expect(report).toMatchObject({ checkedOn: TODAY, score: 100, counts: { blocker: 0, warning: 0, advice: 0, passed: READINESS_RULES.length, rules: READINESS_RULES.length } });
  });

  it('gives every finding of an empty workbook a link to an existing screen', () => {
    const empty = { ...passingSnapshot(), soa: [], risks: [], treatmentActions: [], contextIssues: [], parties: [], roles: [], objectives: [], trainingRecords: [], documents: [], documentControls: {}, audits: [], findings: [], nonconformities: [], reviews: [] };
    const report = runReadiness(empty);
    const findings = report.rules.flatMap((r) => r.findings);
    expect(findings.length).toBeGreaterThan(15);
    for (const f of findings) {
      expect(SCREEN_IDS).toContain(f.link.screen);
      expect(f.link.label).toMatch(/^Open /);
      expect(f.message).toMatch(/[.]$/);
    }
  });
});

describe('runReadiness', () => {
  it('lists failing rules first, blockers before warnings before advice, then passing rules, each in catalogue order', () => {
    const rules = [rule('a', 'advice', true), rule('b', 'blocker', false), rule('c', 'warning', true), rule('d', 'blocker', true), rule('e', 'advice', false), rule('f', 'blocker', true)];
    const report = runReadiness(passingSnapshot(), rules);
    expect(report.rules.map((r) => r.id)).toEqual(['d', 'f', 'c', 'a', 'b', 'e']);
    expect(report.rules[0]).toMatchObject({ id: 'd', passed: false, findings: [{ message: 'd fails' }] });
    expect(report.rules[0]).not.toHaveProperty('check');
  });

  it('counts failing rules by severity and weighs the score 3, 2, 1', () => {
    const rules = [rule('a', 'blocker', true), rule('b', 'blocker', false), rule('c', 'warning', true), rule('d', 'advice', false)];
    const report = runReadiness(passingSnapshot(), rules);
    expect(report.counts).toEqual({ blocker: 1, warning: 1, advice: 0, passed: 2, rules: 4 });
    // Passed: blocker 3 + advice 1 = 4 of 3 + 3 + 2 + 1 = 9.
    expect(report.score).toBe(44);
  });

  it('scores 0 when every rule fails and 100 when there are none', () => {
    expect(runReadiness(passingSnapshot(), [rule('a', 'warning', true)]).score).toBe(0);
    expect(runReadiness(passingSnapshot(), []).score).toBe(100);
  });
});
