import { describe, expect, it } from 'vitest';
import type { ReadinessReport, ReadinessRuleResult, ReadinessSeverity } from '../../shared/domain/readiness';
import type { SoaEntry } from '../../shared/domain/soa';
import type { CycleMilestone, MilestoneStatus } from '../../shared/rules/certification-cycle';
import { relativeDays, soaFigures, todayPosition, topFindings } from './dashboard-figures';

function rule(id: string, severity: ReadinessSeverity, findings: number, passed = findings === 0): ReadinessRuleResult {
  return {
    id,
    title: id,
    clause: '4.3',
    severity,
    why: '',
    passed,
    findings: Array.from({ length: findings }, (_, i) => ({ message: `${id} #${i + 1}`, link: { screen: 'scope', label: 'Open the scope' } })),
  };
}

const report = (rules: ReadinessRuleResult[]): ReadinessReport => ({
  checkedOn: '2026-11-23',
  score: 50,
  counts: { blocker: 0, warning: 0, advice: 0, passed: 0, rules: rules.length },
  rules,
});

describe('top findings', () => {
  it('takes one finding per failing rule before a second, every blocker finding before a warning, and leaves advice to the checklist', () => {
    const picked = topFindings(report([rule('b1', 'blocker', 3), rule('b2', 'blocker', 1), rule('w1', 'warning', 2), rule('a1', 'advice', 4), rule('ok', 'blocker', 0)]));
    expect(picked.map((p) => p.finding.message)).toEqual(['b1 #1', 'b2 #1', 'b1 #2', 'w1 #1', 'w1 #2']);
  });

  it('stops at the count with many rules and returns nothing when only advice fails', () => {
    const many = Array.from({ length: 8 }, (_, i) => rule(`w${i}`, 'warning', 2));
    expect(topFindings(report(many)).map((p) => p.finding.message)).toEqual(['w0 #1', 'w1 #1', 'w2 #1', 'w3 #1', 'w4 #1']);
    expect(topFindings(report([rule('a1', 'advice', 2), rule('ok', 'warning', 0)]))).toEqual([]);
  });
});

const entry = (over: Partial<SoaEntry>): SoaEntry => ({
  controlId: '5.1',
  applicable: true,
  reasons: ['risk-treatment'],
  exclusionJustification: '',
  status: 'implemented',
  implementation: '',
  owner: 'CISO',
  evidence: [],
  lastReviewed: null,
  ...over,
});

describe('SoA figures', () => {
  it('counts decisions an auditor can read, applicable controls and implementation', () => {
    const figures = soaFigures([
      entry({}),
      entry({ status: 'partial' }),
      entry({ reasons: [], status: 'planned' }),
      entry({ applicable: false, exclusionJustification: 'No premises' }),
      entry({ applicable: false, exclusionJustification: '  ' }),
    ]);
    expect(figures).toEqual({
      controls: 5,
      decided: 3,
      applicable: 3,
      implemented: 1,
      byStatus: { 'not-started': 0, planned: 1, partial: 1, implemented: 1 },
      implementedPercent: 33,
    });
    expect(soaFigures([]).implementedPercent).toBe(0);
  });
});

describe('relative days', () => {
  it('reads naturally either side of today', () => {
    expect([0, 1, -1, 85, -54].map(relativeDays)).toEqual(['today', 'tomorrow', 'yesterday', 'in 85 days', '54 days ago']);
  });
});

describe('today on the timeline', () => {
  const line = (...items: [string | null, MilestoneStatus][]): Pick<CycleMilestone, 'date' | 'status'>[] =>
    items.map(([date, status]) => ({ date, status }));

  it('sits in the left margin before anything is done and in the right margin after everything', () => {
    expect(todayPosition(line(['2027-02-16', 'next'], [null, 'later']), '2026-11-23')).toBe(0.125);
    expect(todayPosition(line(['2027-02-16', 'done'], ['2027-04-20', 'done']), '2027-05-01')).toBe(0.875);
  });

  it('moves between two dated audits in proportion to the days', () => {
    const audits = line(['2027-01-01', 'done'], ['2027-01-11', 'next'], [null, 'later'], [null, 'later']);
    expect(todayPosition(audits, '2027-01-01')).toBeCloseTo(0.125);
    expect(todayPosition(audits, '2027-01-06')).toBeCloseTo(0.25);
    expect(todayPosition(audits, '2027-01-11')).toBeCloseTo(0.375);
  });

  it('stands halfway when the next audit has no date', () => {
    expect(todayPosition(line(['2027-01-01', 'done'], [null, 'overdue'], [null, 'later'], [null, 'later']), '2028-06-01')).toBeCloseTo(0.25);
  });
});
