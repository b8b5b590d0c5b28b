import type { ReadinessFinding } from '../../domain/readiness';
import type { RecordLink } from '../../domain/record-link';

/** Helpers for writing findings: capping long lists, and numbers and lists in sentences. */

/** Findings listed per rule before the rest are summed up in one "and N more" finding. */
export const MAX_FINDINGS = 25;

/**
 * Keeps a rule's checklist readable on a large workbook: the first findings as they are, then one finding that
 * counts the rest and opens the screen where they all show.
 */
export function capFindings(findings: ReadinessFinding[], more: RecordLink, max = MAX_FINDINGS): ReadinessFinding[] {
  if (findings.length <= max) return findings;
  const rest = findings.length - max;
  return [...findings.slice(0, max), { message: `…and ${rest.toLocaleString('en-GB')} more.`, link: more }];
}

/** "1 risk", "3 risks". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? singular : plural}`;
}

/** "R-001, R-004 and R-009"; long lists end with "and N more". */
export function listOf(items: readonly string[], max = 6): string {
  if (items.length <= 1) return items.join('');
  if (items.length <= max) return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** A record's title as it reads inside a sentence: trimmed, without its closing full stop. */
export function inline(text: string): string {
  return text.trim().replace(/\.$/, '');
}

/** The findings that are there, for rules that gather a few optional ones. */
export function compact(findings: readonly (ReadinessFinding | null)[]): ReadinessFinding[] {
  return findings.filter((f): f is ReadinessFinding => f !== null);
}
