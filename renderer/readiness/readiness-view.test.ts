import { describe, expect, it } from 'vitest';
import type { ReadinessReport, ReadinessRuleResult } from '../../shared/domain/readiness';
import { checklistView, clauseGroupOf, EMPTY_READINESS_FILTER, findingKey, isReadinessFiltered, readinessVerdict } from './readiness-view';

function rule(over: Partial<ReadinessRuleResult> & Pick<ReadinessRuleResult, 'id'>): ReadinessRuleResult {
  return { title: `Title of ${over.id}`, clause: '4.3', severity: 'blocker', why: 'Because.', passed: false, findings: [], ...over };
}

function reportOf(rules: ReadinessRuleResult[], score = 50): ReadinessReport {
  const failing = (s: string) => rules.filter((r) => !r.passed && r.severity === s).length;
  return {
    checkedOn: '2026-11-23',
    score,
    counts: { blocker: failing('blocker'), warning: failing('warning'), advice: failing('advice'), passed: rules.filter((r) => r.passed).length, rules: rules.length },
    rules,
  };
}

const finding = (message: string, screen: 'risks' | 'soa' | 'documents', record?: string) => ({
  message,
  link: { screen, record, label: `Open ${record ?? screen}` },
});

const report = reportOf([
  rule({ id: 'soa.justified', clause: '6.1.3 d', findings: [finding('A.5.1 has no reason.', 'soa', '5.1'), finding('A.5.2 has no reason.', 'soa', '5.2')] }),
  rule({ id: 'documented.policy', clause: '5.2', findings: [finding('No policy is approved.', 'documents')] }),
  rule({ id: 'risk.treatment-chosen', clause: '6.1.3 a', severity: 'warning', findings: [finding('R-004 has no treatment.', 'risks', 'R-004')] }),
  rule({ id: 'soa.owners', clause: 'Annex A', severity: 'advice', findings: [finding('A.8.1 has no owner.', 'soa', '8.1')] }),
  rule({ id: 'review.recent', clause: '9.3.1', severity: 'advice', passed: true, title: 'The last management review is recent' }),
  rule({ id: 'documented.scope', clause: '4.3', passed: true, title: 'The ISMS scope is approved' }),
]);

describe('clauseGroupOf', () => {
  it('reads the top-level clause, and Annex A in any of its spellings', () => {
    expect(clauseGroupOf('6.1.3 d')).toBe('6');
    expect(clauseGroupOf('10.2')).toBe('10');
    expect(clauseGroupOf('4')).toBe('4');
    expect(clauseGroupOf('Annex A')).toBe('annex-a');
    expect(clauseGroupOf('A.5.23')).toBe('annex-a');
    expect(clauseGroupOf('1.2')).toBeNull();
    expect(clauseGroupOf('All')).toBeNull();
  });
});

describe('checklistView', () => {
  it('groups failing rules by severity, blockers first, and keeps the passing ones apart', () => {
    const view = checklistView(report, EMPTY_READINESS_FILTER);
    expect(view.sections.map((s) => [s.severity, s.rules.map((r) => r.rule.id)])).toEqual([
      ['blocker', ['soa.justified', 'documented.policy']],
      ['warning', ['risk.treatment-chosen']],
      ['advice', ['soa.owners']],
    ]);
    expect(view.passed.map((r) => r.id)).toEqual(['review.recent', 'documented.scope']);
  });

  it('filters by severity, passed included, and by clause group', () => {
    expect(checklistView(report, { ...EMPTY_READINESS_FILTER, severity: 'warning' })).toMatchObject({
      sections: [{ severity: 'warning' }],
      passed: [],
    });
    const passedOnly = checklistView(report, { ...EMPTY_READINESS_FILTER, severity: 'passed' });
    expect(passedOnly.sections).toEqual([]);
    expect(passedOnly.passed).toHaveLength(2);
    const six = checklistView(report, { ...EMPTY_READINESS_FILTER, clauseGroup: '6' });
    expect(six.sections.flatMap((s) => s.rules.map((r) => r.rule.id))).toEqual(['soa.justified', 'risk.treatment-chosen']);
    expect(six.passed).toEqual([]);
    const annex = checklistView(report, { ...EMPTY_READINESS_FILTER, clauseGroup: 'annex-a' });
    expect(annex.sections.flatMap((s) => s.rules.map((r) => r.rule.id))).toEqual(['soa.owners']);
  });

  it('keeps every finding when the search matches the rule, only the matching ones when it matches a finding', () => {
    const byRule = checklistView(report, { ...EMPTY_READINESS_FILTER, query: 'SOA.JUSTIFIED' });
    expect(byRule.sections[0]!.rules[0]!.findings).toHaveLength(2);
    const byRecord = checklistView(report, { ...EMPTY_READINESS_FILTER, query: 'a.5.2' });
    expect(byRecord.sections).toHaveLength(1);
    expect(byRecord.sections[0]!.rules[0]!.findings.map((f) => f.message)).toEqual(['A.5.2 has no reason.']);
    // Words may fall in the rule and in the finding.
    const mixed = checklistView(report, { ...EMPTY_READINESS_FILTER, query: '6.1.3 r-004' });
    expect(mixed.sections.map((s) => s.severity)).toEqual(['warning']);
    expect(checklistView(report, { ...EMPTY_READINESS_FILTER, query: 'scope approved' }).passed.map((r) => r.id)).toEqual(['documented.scope']);
    const none = checklistView(report, { ...EMPTY_READINESS_FILTER, query: 'nothing like this' });
    expect(none).toEqual({ sections: [], passed: [] });
  });

  it('says when a filter is set', () => {
    expect(isReadinessFiltered(EMPTY_READINESS_FILTER)).toBe(false);
    expect(isReadinessFiltered({ ...EMPTY_READINESS_FILTER, query: '  ' })).toBe(false);
    expect(isReadinessFiltered({ ...EMPTY_READINESS_FILTER, clauseGroup: '9' })).toBe(true);
  });
});

describe('readinessVerdict', () => {
  it('never calls a workbook with blockers ready, whatever its score', () => {
    expect(readinessVerdict(reportOf([rule({ id: 'a' })], 96))).toMatchObject({ label: 'Nearly ready', tone: 'warn', detail: '1 blocker to fix before the Stage 1 audit.' });
    expect(readinessVerdict(reportOf([rule({ id: 'a' }), rule({ id: 'b' })], 60))).toMatchObject({ label: 'Not ready yet', tone: 'danger' });
    expect(readinessVerdict(reportOf([rule({ id: 'a' })], 20)).tone).toBe('danger');
  });

  it('is ready without blockers, and says what is left', () => {
    expect(readinessVerdict(reportOf([rule({ id: 'a', severity: 'warning' })], 90))).toMatchObject({ label: 'Ready for Stage 1, with warnings', tone: 'warn' });
    expect(readinessVerdict(reportOf([rule({ id: 'a', severity: 'advice' })], 98))).toMatchObject({
      label: 'Ready for Stage 1',
      detail: 'No blockers or warnings; 1 piece of advice to consider.',
    });
    expect(readinessVerdict(reportOf([rule({ id: 'a', passed: true })], 100))).toMatchObject({ detail: 'Every check passes.', tone: 'ok' });
  });
});

describe('findingKey', () => {
  it('tells findings apart by rule, record and message', () => {
    const f = finding('A.5.1 has no reason.', 'soa', '5.1');
    expect(findingKey('soa.justified', f)).not.toBe(findingKey('soa.owners', f));
    expect(findingKey('soa.justified', f)).toBe(findingKey('soa.justified', { ...f, link: { ...f.link } }));
  });
});
