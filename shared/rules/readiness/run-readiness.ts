import { READINESS_SEVERITIES, type ReadinessReport, type ReadinessRuleResult } from '../../domain/readiness';
import { READINESS_RULES } from './catalogue';
import { SEVERITY_WEIGHT, type ReadinessRule } from './rule';
import type { ReadinessSnapshot } from './snapshot';

const SEVERITY_ORDER = new Map(READINESS_SEVERITIES.map((severity, index) => [severity, index]));

/**
 * Runs every rule on the snapshot. Failing rules come first, blockers before warnings before advice; passing rules
 * follow; within each group the catalogue order holds. The score is the weight of the rules passed over the weight
 * of all rules (blocker 3, warning 2, advice 1), as a whole percentage.
 */
export function runReadiness(snapshot: ReadinessSnapshot, rules: readonly ReadinessRule[] = READINESS_RULES): ReadinessReport {
  const results: ReadinessRuleResult[] = rules.map(({ check, ...rule }) => {
    const findings = check(snapshot);
    return { ...rule, passed: findings.length === 0, findings };
  });
  const rank = (r: ReadinessRuleResult) => (r.passed ? READINESS_SEVERITIES.length : SEVERITY_ORDER.get(r.severity)!);
  const ordered = results.map((result, index) => ({ result, index })).sort((a, b) => rank(a.result) - rank(b.result) || a.index - b.index);

  const weight = (list: ReadinessRuleResult[]) => list.reduce((sum, r) => sum + SEVERITY_WEIGHT[r.severity], 0);
  const total = weight(results);
  const failing = (severity: ReadinessRuleResult['severity']) => results.filter((r) => !r.passed && r.severity === severity).length;
  return {
    checkedOn: snapshot.today,
    score: total === 0 ? 100 : Math.round((weight(results.filter((r) => r.passed)) / total) * 100),
    counts: {
      blocker: failing('blocker'),
      warning: failing('warning'),
      advice: failing('advice'),
      passed: results.filter((r) => r.passed).length,
      rules: results.length,
    },
    rules: ordered.map(({ result }) => result),
  };
}
