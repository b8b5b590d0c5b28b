import type { ReadinessFinding, ReadinessReport, ReadinessRuleResult, ReadinessSeverity } from '../../shared/domain/readiness';
import { IMPLEMENTATION_STATUSES, type ImplementationStatus, type SoaEntry } from '../../shared/domain/soa';
import { daysBetween, type CycleMilestone } from '../../shared/rules/certification-cycle';

/** A failing rule's finding, ready to list: the rule says why it matters, the finding what to open. */
export interface TopFinding {
  rule: Pick<ReadinessRuleResult, 'id' | 'title' | 'clause' | 'severity'>;
  finding: ReadinessFinding;
}

/**
 * The first findings of failing blockers, then warnings, in the report's order; advice waits for the
 * checklist. One finding per rule first, so five findings of one rule do not hide four other problems.
 */
export function topFindings(report: ReadinessReport, count = 5): TopFinding[] {
  const failing = report.rules.filter((r) => !r.passed && r.severity !== 'advice' && r.findings.length > 0);
  const rank = (r: { severity: ReadinessSeverity }) => (r.severity === 'blocker' ? 0 : 1);
  const ordered = [...failing].sort((a, b) => rank(a) - rank(b));
  const picked: TopFinding[] = [];
  for (let round = 0; picked.length < count; round += 1) {
    const layer = ordered.filter((r) => r.findings[round] !== undefined);
    if (layer.length === 0) break;
    for (const rule of layer) {
      if (picked.length === count) break;
      picked.push({ rule: { id: rule.id, title: rule.title, clause: rule.clause, severity: rule.severity }, finding: rule.findings[round]! });
    }
  }
  return picked.sort((a, b) => rank(a.rule) - rank(b.rule));
}

export interface SoaFigures {
  controls: number;
  /** Controls with a decision an auditor can read: applicable with a reason, or excluded with a justification. */
  decided: number;
  applicable: number;
  implemented: number;
  /** Applicable controls per implementation status. */
  byStatus: Record<ImplementationStatus, number>;
  /** Implemented share of the applicable controls, 0–100. */
  implementedPercent: number;
}

export function soaFigures(entries: readonly SoaEntry[]): SoaFigures {
  const byStatus = Object.fromEntries(IMPLEMENTATION_STATUSES.map((s) => [s, 0])) as Record<ImplementationStatus, number>;
  let decided = 0;
  let applicable = 0;
  for (const entry of entries) {
    if (entry.applicable ? entry.reasons.length > 0 : entry.exclusionJustification.trim() !== '') decided += 1;
    if (!entry.applicable) continue;
    applicable += 1;
    byStatus[entry.status] += 1;
  }
  return {
    controls: entries.length,
    decided,
    applicable,
    implemented: byStatus.implemented,
    byStatus,
    implementedPercent: applicable === 0 ? 0 : Math.round((byStatus.implemented / applicable) * 100),
  };
}

/** "today", "tomorrow", "in 85 days", "yesterday", "54 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days.toLocaleString()} days` : `${(-days).toLocaleString()} days ago`;
}

/**
 * Where today sits on a timeline of equally spaced milestones, as a share 0–1 of its width, the milestones
 * standing at the middle of equal slots. Between two dated milestones the marker is placed in proportion to
 * the days; before the first or after the last it sits in the margin; an undated neighbour counts as halfway.
 */
export function todayPosition(milestones: readonly Pick<CycleMilestone, 'date' | 'status'>[], today: string): number {
  const count = milestones.length;
  const centre = (index: number) => (index + 0.5) / count;
  const lastDone = milestones.reduce((found, m, index) => (m.status === 'done' ? index : found), -1);
  if (lastDone === -1) return centre(0) / 2;
  if (lastDone === count - 1) return (centre(count - 1) + 1) / 2;
  const from = milestones[lastDone]!.date;
  const to = milestones[lastDone + 1]!.date;
  let share = 0.5;
  if (from !== null && to !== null && to > from) share = Math.min(1, Math.max(0, daysBetween(from, today) / daysBetween(from, to)));
  return centre(lastDone) + share / count;
}
