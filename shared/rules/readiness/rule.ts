import type { ReadinessFinding, ReadinessSeverity } from '../../domain/readiness';
import type { ReadinessSnapshot } from './snapshot';

/** Weight of a rule in the readiness score. */
export const SEVERITY_WEIGHT: Record<ReadinessSeverity, number> = { blocker: 3, warning: 2, advice: 1 };

/**
 * One requirement as a certification auditor would check it at the Stage 1 documentation review. A rule passes
 * when `check` returns no findings; each finding names what is wrong and links to the record that fixes it.
 */
export interface ReadinessRule {
  /** Stable id, e.g. "documented.scope"; the checklist and tests refer to rules by it. */
  id: string;
  /** The requirement as a statement that should hold. */
  title: string;
  /** The clause of ISO/IEC 27001:2022 the rule rests on, e.g. "6.1.3 d". */
  clause: string;
  severity: ReadinessSeverity;
  /** Why an auditor cares, in a sentence or two. */
  why: string;
  check(snapshot: ReadinessSnapshot): ReadinessFinding[];
}
