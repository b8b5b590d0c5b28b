import { ANNEX_A } from '../../shared/catalog/annex-a';
import { CLAUSES, TOP_LEVEL_CLAUSES, clauseById } from '../../shared/catalog/clauses';
import { FINDING_TYPES, isNonconformityFinding, type Audit, type AuditFinding, type FindingType } from '../../shared/domain/audit';
import type { AuditOverview } from '../../shared/ipc/contract-audit';
import type { IndependenceWarning } from '../../shared/rules/auditor-independence';
import { parseControlId } from '../../shared/rules/control-id';
import type { ChipOption } from './ChipListField';

/** "9.2", "clause 9.2" or "9.2 Internal audit" → "9.2", when the clause exists. */
export function parseClause(text: string): string | null {
  const match = /^\s*(?:clause\s*)?((?:[4-9]|10)(?:\.\d{1,2}){0,2})\b/i.exec(text);
  return match && clauseById(match[1]!) ? match[1]! : null;
}

export const CLAUSE_OPTIONS: ChipOption[] = CLAUSES.map((c) => ({ value: c.id, label: `${c.id} ${c.title}` }));
export const TOP_LEVEL_CLAUSE_IDS = TOP_LEVEL_CLAUSES.map((c) => c.id);

export function controlOptions(ids?: readonly string[]): ChipOption[] {
  const wanted = ids ? new Set(ids) : null;
  return ANNEX_A.filter((c) => !wanted || wanted.has(c.id)).map((c) => ({ value: c.id, label: `A.${c.id} ${c.title}` }));
}

/** "A.5.1", "5.1" or "A.5.1 Policies for information security" → "5.1". */
export const parseControl = (text: string): string | null => parseControlId(text) ?? parseControlId(text.trim().split(/\s+/)[0] ?? '');
export const showControl = (id: string) => `A.${id}`;

export function findingsOf(overview: AuditOverview | null, auditId: number): AuditFinding[] {
  return overview?.findings.filter((f) => f.auditId === auditId) ?? [];
}

const SUMMARY_WORDS: Record<FindingType, [string, string]> = {
  conformity: ['conformity', 'conformities'],
  major: ['major NC', 'major NCs'],
  minor: ['minor NC', 'minor NCs'],
  observation: ['observation', 'observations'],
  improvement: ['improvement', 'improvements'],
};

/** "6 conformities · 2 minor NCs", in type order; empty when there are none. */
export function findingSummary(findings: readonly AuditFinding[]): string {
  return FINDING_TYPES.flatMap((type: FindingType) => {
    const n = findings.filter((f) => f.type === type).length;
    return n > 0 ? [`${n} ${SUMMARY_WORDS[type][n === 1 ? 0 : 1]}`] : [];
  }).join(' · ');
}

export interface AuditConcerns {
  independence: IndependenceWarning[];
  /** Major and minor findings with no nonconformity record. */
  unlinked: AuditFinding[];
}

export function concernsOf(overview: AuditOverview | null, audit: Audit): AuditConcerns {
  return {
    independence: overview?.independence.filter((w) => w.auditRef === audit.ref) ?? [],
    unlinked: findingsOf(overview, audit.id).filter((f) => isNonconformityFinding(f.type) && f.nonconformityId === null),
  };
}

/** Auditors with a concern, and what it is, for flagging their chips. */
export function flaggedAuditors(warnings: readonly IndependenceWarning[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const w of warnings) map.set(w.auditor, [map.get(w.auditor), w.message].filter(Boolean).join('\n'));
  return map;
}

/** What a finding is measured against, shortly: "7.2 · A.6.3". */
export function requirementLabel(finding: Pick<AuditFinding, 'clause' | 'control'>): string {
  return [finding.clause, finding.control ? `A.${finding.control}` : null].filter(Boolean).join(' · ') || '—';
}
