import type { RecordLink } from './record-link';

/**
 * The Stage 1 readiness check: the workbook read the way a certification auditor reads it at the
 * documentation review. Each rule rests on a clause and has a fixed severity.
 */
export const READINESS_SEVERITIES = ['blocker', 'warning', 'advice'] as const;
export type ReadinessSeverity = (typeof READINESS_SEVERITIES)[number];

export const READINESS_SEVERITY_LABELS: Record<ReadinessSeverity, string> = {
  blocker: 'Blocker',
  warning: 'Warning',
  advice: 'Advice',
};

/** One thing wrong, with the link that opens the record to fix it. */
export interface ReadinessFinding {
  message: string;
  link: RecordLink;
}

export interface ReadinessRuleResult {
  /** Stable id, e.g. "documented.scope", "soa.applicable-reason". */
  id: string;
  /** The requirement as a statement that should hold, e.g. "The ISMS scope is documented and approved". */
  title: string;
  /** ISO/IEC 27001:2022 clause (or "Annex A") the rule rests on, e.g. "4.3", "6.1.3 d". */
  clause: string;
  severity: ReadinessSeverity;
  /** Why an auditor cares, in a sentence or two (our own words). */
  why: string;
  passed: boolean;
  /** Empty when the rule passes. */
  findings: ReadinessFinding[];
}

export interface ReadinessReport {
  /** The date the check was made (local date, YYYY-MM-DD); "past its review date" is judged against it. */
  checkedOn: string;
  /** 0–100: the share of rules passed, blockers weighing 3, warnings 2, advice 1. */
  score: number;
  counts: { blocker: number; warning: number; advice: number; passed: number; rules: number };
  /** Failing rules first (blockers, then warnings, then advice), then passing ones, each in catalogue order. */
  rules: ReadinessRuleResult[];
}
