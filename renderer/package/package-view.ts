import type { PackageEntry } from '../../shared/domain/package';
import type { ReadinessReport, ReadinessRuleResult } from '../../shared/domain/readiness';

/** The rules an auditor would stop the Stage 1 review at: blockers that fail. */
export function failingBlockers(report: ReadinessReport): ReadinessRuleResult[] {
  return report.rules.filter((rule) => rule.severity === 'blocker' && !rule.passed);
}

/** The user must choose to continue while any blocker remains that they have not already continued past. */
export function mustConfirm(blockers: readonly ReadinessRuleResult[], continuedPast: readonly string[]): boolean {
  return blockers.some((rule) => !continuedPast.includes(rule.id));
}

/** The entries under their clause folder, in the plan's order. */
export function groupByFolder(entries: readonly PackageEntry[]): { folder: string; entries: PackageEntry[] }[] {
  const groups: { folder: string; entries: PackageEntry[] }[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last?.folder === entry.folder) last.entries.push(entry);
    else groups.push({ folder: entry.folder, entries: [entry] });
  }
  return groups;
}

/** "640 KB", "1.3 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString()} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`;
}
