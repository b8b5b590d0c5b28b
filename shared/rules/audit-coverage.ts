import { ANNEX_A } from '../catalog/annex-a';
import { CLAUSES, TOP_LEVEL_CLAUSES } from '../catalog/clauses';
import type { ControlTheme } from '../catalog/types';
import type { Audit, AuditCycle } from '../domain/audit';

/**
 * Coverage of the internal audit programme (9.2.2): over the certification cycle, every clause 4 to 10 and every
 * applicable Annex A control should be audited at least once. A clause counts as covered when a counted audit names
 * it or any of its sub-clauses; an audit counts when it is not cancelled and starts within the cycle.
 */

export type CoverageAudit = Pick<Audit, 'ref' | 'status' | 'clauses' | 'controls' | 'plannedStart' | 'plannedEnd'>;

export type NotCountedReason = 'cancelled' | 'undated' | 'outside-cycle';

export const NOT_COUNTED_LABELS: Record<NotCountedReason, string> = {
  cancelled: 'cancelled',
  undated: 'has no planned dates',
  'outside-cycle': 'falls outside the certification cycle',
};

export interface CoveredItem {
  id: string;
  title: string;
  /** References of the counted audits that cover it, in programme order. */
  auditRefs: string[];
}

export interface ClauseCoverage extends CoveredItem {
  /** The clause's direct sub-clauses (e.g. 9.1, 9.2, 9.3), each with the audits that reach it. */
  subClauses: CoveredItem[];
}

export interface ControlCoverage extends CoveredItem {
  theme: ControlTheme;
}

export interface AuditCoverage {
  clauses: ClauseCoverage[];
  /** Applicable controls only, in Annex A order. */
  controls: ControlCoverage[];
  /** Top-level clauses no counted audit reaches. */
  unplannedClauses: string[];
  /** Sub-clauses not yet reached although their clause is covered through another sub-clause. */
  unplannedSubClauses: string[];
  unplannedControls: string[];
  notCounted: { ref: string; reason: NotCountedReason }[];
  complete: boolean;
}

/** Why an audit does not count towards the programme's coverage, or null when it does. */
export function notCountedReason(audit: CoverageAudit, cycle: AuditCycle): NotCountedReason | null {
  if (audit.status === 'cancelled') return 'cancelled';
  const day = audit.plannedStart ?? audit.plannedEnd;
  if (day === null) return 'undated';
  if ((cycle.start !== null && day < cycle.start) || (cycle.end !== null && day > cycle.end)) return 'outside-cycle';
  return null;
}

/** True when clause `a` is `b` itself, or lies above or below it ("9" and "9.2.1" reach each other). */
function clausesOverlap(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

function byStart(a: CoverageAudit, b: CoverageAudit): number {
  return (a.plannedStart ?? a.plannedEnd ?? '').localeCompare(b.plannedStart ?? b.plannedEnd ?? '') || a.ref.localeCompare(b.ref);
}

export function auditCoverage(
  audits: readonly CoverageAudit[],
  applicableControlIds: Iterable<string>,
  cycle: AuditCycle,
): AuditCoverage {
  const notCounted: AuditCoverage['notCounted'] = [];
  const counted: CoverageAudit[] = [];
  for (const audit of [...audits].sort(byStart)) {
    const reason = notCountedReason(audit, cycle);
    if (reason) notCounted.push({ ref: audit.ref, reason });
    else counted.push(audit);
  }
  const reaching = (clauseId: string) =>
    counted.filter((audit) => audit.clauses.some((named) => clausesOverlap(named, clauseId))).map((audit) => audit.ref);

  const clauses: ClauseCoverage[] = TOP_LEVEL_CLAUSES.map((clause) => ({
    id: clause.id,
    title: clause.title,
    auditRefs: reaching(clause.id),
    subClauses: CLAUSES.filter((sub) => sub.parent === clause.id).map((sub) => ({ id: sub.id, title: sub.title, auditRefs: reaching(sub.id) })),
  }));

  const applicable = new Set(applicableControlIds);
  const controls: ControlCoverage[] = ANNEX_A.filter((control) => applicable.has(control.id)).map((control) => ({
    id: control.id,
    title: control.title,
    theme: control.theme,
    auditRefs: counted.filter((audit) => audit.controls.includes(control.id)).map((audit) => audit.ref),
  }));

  const unplannedClauses = clauses.filter((c) => c.auditRefs.length === 0).map((c) => c.id);
  const unplannedSubClauses = clauses
    .filter((c) => c.auditRefs.length > 0)
    .flatMap((c) => c.subClauses.filter((sub) => sub.auditRefs.length === 0).map((sub) => sub.id));
  const unplannedControls = controls.filter((c) => c.auditRefs.length === 0).map((c) => c.id);
  return {
    clauses,
    controls,
    unplannedClauses,
    unplannedSubClauses,
    unplannedControls,
    notCounted,
    complete: unplannedClauses.length === 0 && unplannedControls.length === 0,
  };
}
