import { TOP_LEVEL_CLAUSES } from '../../shared/catalog/clauses';
import {
  READINESS_SEVERITIES,
  type ReadinessFinding,
  type ReadinessReport,
  type ReadinessRuleResult,
  type ReadinessSeverity,
} from '../../shared/domain/readiness';

/** The parts of the standard a rule can rest on: clauses 4 to 10, or the Annex A controls. */
export type ClauseGroup = '4' | '5' | '6' | '7' | '8' | '9' | '10' | 'annex-a';

export const CLAUSE_GROUPS: { id: ClauseGroup; label: string }[] = [
  ...TOP_LEVEL_CLAUSES.map((c) => ({ id: c.id as ClauseGroup, label: `Clause ${c.id} · ${c.title}` })),
  { id: 'annex-a', label: 'Annex A controls' },
];

export const SEVERITY_SECTION_LABELS: Record<ReadinessSeverity, string> = {
  blocker: 'Blockers',
  warning: 'Warnings',
  advice: 'Advice',
};

/** "6.1.3 d" → "6"; "Annex A", "A.5.23" → "annex-a"; anything else → null (shown under every group only). */
export function clauseGroupOf(clause: string): ClauseGroup | null {
  const text = clause.trim();
  if (/^(annex\s*a\b|a\s*\.?\s*[5-8]\b)/i.test(text)) return 'annex-a';
  const top = /^(\d{1,2})(?!\d)/.exec(text)?.[1];
  return top !== undefined && Number(top) >= 4 && Number(top) <= 10 ? (top as ClauseGroup) : null;
}

export type SeverityFilter = ReadinessSeverity | 'passed' | 'all';

export interface ReadinessFilter {
  severity: SeverityFilter;
  clauseGroup: ClauseGroup | 'all';
  query: string;
}

export const EMPTY_READINESS_FILTER: ReadinessFilter = { severity: 'all', clauseGroup: 'all', query: '' };

export const isReadinessFiltered = (filter: ReadinessFilter) => filter.severity !== 'all' || filter.clauseGroup !== 'all' || filter.query.trim() !== '';

/** A failing rule as the checklist shows it: with every finding, or only those the search matched. */
export interface ChecklistRule {
  rule: ReadinessRuleResult;
  findings: ReadinessFinding[];
}

export interface ChecklistView {
  /** Failing rules by severity, blockers first; sections the filter empties are left out. */
  sections: { severity: ReadinessSeverity; rules: ChecklistRule[] }[];
  /** Passing rules the filter lets through. */
  passed: ReadinessRuleResult[];
}

const ruleText = (rule: ReadinessRuleResult) => [rule.id, rule.clause, rule.title, rule.why].join('\n').toLowerCase();
const findingText = (finding: ReadinessFinding) => [finding.message, finding.link.record ?? '', finding.link.label].join('\n').toLowerCase();

/**
 * What the checklist shows for a report and a filter. A search that matches a rule's own text keeps all its
 * findings; one that matches only some findings ("R-004") keeps those findings alone.
 */
export function checklistView(report: ReadinessReport, filter: ReadinessFilter): ChecklistView {
  const words = filter.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const inGroup = (rule: ReadinessRuleResult) => filter.clauseGroup === 'all' || clauseGroupOf(rule.clause) === filter.clauseGroup;
  const visible = (rule: ReadinessRuleResult): ChecklistRule | null => {
    if (!inGroup(rule)) return null;
    const own = ruleText(rule);
    if (words.every((w) => own.includes(w))) return { rule, findings: rule.findings };
    const findings = rule.findings.filter((f) => {
      const text = `${own}\n${findingText(f)}`;
      return words.every((w) => text.includes(w));
    });
    return findings.length > 0 ? { rule, findings } : null;
  };

  const failing = report.rules.filter((r) => !r.passed);
  const sections = READINESS_SEVERITIES.filter((s) => filter.severity === 'all' || filter.severity === s)
    .map((severity) => ({
      severity,
      rules: failing.filter((r) => r.severity === severity).flatMap((r) => visible(r) ?? []),
    }))
    .filter((section) => section.rules.length > 0);
  const passed =
    filter.severity === 'all' || filter.severity === 'passed' ? report.rules.filter((r) => r.passed && visible(r) !== null) : [];
  return { sections, passed };
}

export interface ReadinessVerdict {
  label: string;
  detail: string;
  tone: 'ok' | 'warn' | 'danger';
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The score in words. Any blocker means not ready, however high the score. */
export function readinessVerdict(report: ReadinessReport): ReadinessVerdict {
  const { blocker, warning, advice } = report.counts;
  if (blocker === 0 && warning === 0) {
    return {
      label: 'Ready for Stage 1',
      detail: advice === 0 ? 'Every check passes.' : `No blockers or warnings; ${count(advice, 'piece of advice', 'pieces of advice')} to consider.`,
      tone: 'ok',
    };
  }
  if (blocker === 0) {
    return { label: 'Ready for Stage 1, with warnings', detail: `No blockers; ${count(warning, 'warning', 'warnings')} an auditor is likely to raise.`, tone: 'warn' };
  }
  const must = `${count(blocker, 'blocker', 'blockers')} to fix before the Stage 1 audit.`;
  if (report.score >= 75) return { label: 'Nearly ready', detail: must, tone: 'warn' };
  if (report.score >= 40) return { label: 'Not ready yet', detail: must, tone: 'danger' };
  return { label: 'Much still to do', detail: must, tone: 'danger' };
}

/** Identifies a finding across re-runs of the check, so the keyboard focus can come back to it. */
export function findingKey(ruleId: string, finding: ReadinessFinding): string {
  return [ruleId, finding.link.screen, finding.link.record ?? '', finding.message].join('|');
}
