import { describe, expect, it } from 'vitest';
import type { PackageEntry } from '../../shared/domain/package';
import type { ReadinessRuleResult } from '../../shared/domain/readiness';
import { failingBlockers, formatSize, groupByFolder, mustConfirm } from './package-view';

const rule = (id: string, severity: ReadinessRuleResult['severity'], passed: boolean): ReadinessRuleResult => ({
  id,
  title: id,
  clause: '4.3',
  severity,
  why: '',
  passed,
  findings: [],
});

describe('package view', () => {
  it('takes the failing blockers only, and asks again when a new one appears', () => {
    const rules = [rule('a', 'blocker', false), rule('b', 'blocker', true), rule('c', 'warning', false), rule('d', 'blocker', false)];
    const blockers = failingBlockers({ checkedOn: '2026-11-20', score: 40, counts: { blocker: 2, warning: 1, advice: 0, passed: 1, rules: 4 }, rules });
    expect(blockers.map((r) => r.id)).toEqual(['a', 'd']);
    expect(mustConfirm(blockers, [])).toBe(true);
    expect(mustConfirm(blockers, ['a', 'd'])).toBe(false);
    expect(mustConfirm([...blockers, rule('e', 'blocker', false)], ['a', 'd'])).toBe(true);
    expect(mustConfirm([], [])).toBe(false);
  });

  it('groups entries under their folder in plan order, and sizes files readably', () => {
    const entry = (folder: string, fileName: string) => ({ folder, fileName }) as PackageEntry;
    const groups = groupByFolder([entry('04 A', '4.1'), entry('04 A', '4.3'), entry('06 B', '6.2')]);
    expect(groups.map((g) => [g.folder, g.entries.map((e) => e.fileName)])).toEqual([
      ['04 A', ['4.1', '4.3']],
      ['06 B', ['6.2']],
    ]);
    expect(formatSize(200)).toBe('1 KB');
    expect(formatSize(798_361)).toBe('780 KB');
    expect(formatSize(3 * 1024 * 1024 + 300_000)).toMatch(/^3[.,]3 MB$/);
  });
});
