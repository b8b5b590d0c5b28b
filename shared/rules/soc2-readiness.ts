/**
 * SOC 2 readiness read from the ISO/IEC 27001 Statement of Applicability.
 *
 * Scoring, kept deliberately simple so that a user can check any figure by hand:
 * - Each Annex A control mapped to a criterion (shared/catalog/crosswalk.ts) earns credit from its SoA status:
 *   implemented 1, partially implemented 0.5, planned 0.25, not started 0. A control excluded in the SoA
 *   earns 0: the criterion relies on it, so the exclusion is a gap until it is reconsidered or replaced.
 * - Where SOC 2 expects more than the mapped controls give (shared/catalog/soc2-gap-notes.ts), that
 *   expectation earns 1 once the user says it is in place, else 0. It weighs as one more control where the
 *   controls cover most of the criterion, and as much as all the mapped controls together where they cover
 *   little of it (a privacy notice, board oversight), so such a criterion cannot pass 50% on ISO controls alone.
 * - A criterion's readiness is the weighted mean credit of its elements, as a percentage. It is "ready" only
 *   when every element has full credit, a "gap" below 50%, and "partial" in between.
 * - A category's figure is the mean over its criteria; the overall figure the mean over every criterion in
 *   scope, so each criterion weighs the same whichever category it sits in.
 * The figure measures how far the ISO control set carries the organisation towards the criteria. It says
 * nothing about operating effectiveness, which the service auditor tests.
 */
import { controlById } from '../catalog/annex-a';
import { controlsForCriterion } from '../catalog/crosswalk';
import { SOC2_CRITERIA, TSC_CATEGORY_LABELS } from '../catalog/soc2';
import { SOC2_BEYOND_ISO } from '../catalog/soc2-gap-notes';
import type { TrustServicesCategory } from '../catalog/types';
import { IMPLEMENTATION_STATUS_LABELS, type ImplementationStatus, type SoaEntry } from '../domain/soa';
import {
  OPTIONAL_TSC_CATEGORIES,
  type CriterionReadinessStatus,
  type MappedControlStatus,
  type Soc2CategoryReadiness,
  type Soc2ControlView,
  type Soc2CriterionReadiness,
  type Soc2Readiness,
} from '../domain/soc2-readiness';
import { compareControlIds } from './control-id';

export const STATUS_CREDIT: Record<ImplementationStatus, number> = {
  implemented: 1,
  partial: 0.5,
  planned: 0.25,
  'not-started': 0,
};

/** Below this share a criterion is a gap rather than partly met. */
export const GAP_BELOW = 50;

export const CRITERION_STATUS_LABELS: Record<CriterionReadinessStatus, string> = {
  ready: 'Ready',
  partial: 'Partly ready',
  gap: 'Gap',
};

/** Security first, then the optional categories in the order the catalogue lists them, each once. */
export function categoriesInScope(optional: readonly TrustServicesCategory[]): TrustServicesCategory[] {
  return ['security', ...OPTIONAL_TSC_CATEGORIES.filter((c) => optional.includes(c))];
}

/** Percentages are shown whole; rounding happens once, at the end, so means are taken over exact values. */
const percent = (share: number) => Math.round(share * 100);

/** The status a share of full credit (0–1) earns: ready only at full credit, a gap below GAP_BELOW percent. */
export function readinessStatus(share: number): CriterionReadinessStatus {
  if (share >= 1) return 'ready';
  return share * 100 < GAP_BELOW ? 'gap' : 'partial';
}

/** A control nobody has decided on yet: still the default entry (applicable, no reason, not started). */
function undecided(entry: SoaEntry): boolean {
  return entry.applicable && entry.reasons.length === 0 && entry.status === 'not-started';
}

/** What to do about one mapped control that does not yet earn full credit, in plain words. */
function controlAction(name: string, entry: SoaEntry | undefined): string {
  if (entry && !entry.applicable) {
    return `${name} is excluded in the Statement of Applicability, yet SOC 2 relies on it: reconsider the exclusion, or be ready to show the service auditor that its justification holds for SOC 2 as well.`;
  }
  if (!entry || undecided(entry)) return `Decide on ${name} in the Statement of Applicability (why it applies, who owns it), then implement it.`;
  switch (entry.status) {
    case 'not-started':
      return `Implement ${name} (not started).`;
    case 'planned':
      return `Carry out the plan for ${name}: it is planned but not yet in operation.`;
    default:
      return `Finish ${name} (${IMPLEMENTATION_STATUS_LABELS[entry.status].toLowerCase()}) and keep evidence that it operates.`;
  }
}

function mappedControl(controlId: string, rationale: string, entry: SoaEntry | undefined): MappedControlStatus {
  const title = controlById(controlId)?.title ?? controlId;
  const credit = entry?.applicable ? STATUS_CREDIT[entry.status] : 0;
  return {
    controlId,
    title,
    applicable: entry?.applicable ?? true,
    status: entry?.status ?? 'not-started',
    credit,
    rationale,
    action: credit < 1 ? controlAction(`A.${controlId} ${title}`, entry) : null,
  };
}

/** A criterion's readiness, and its unrounded share so that category and overall means are not skewed by rounding. */
function criterionReadiness(
  criterion: (typeof SOC2_CRITERIA)[number],
  entries: ReadonlyMap<string, SoaEntry>,
  inPlace: ReadonlySet<string>,
): { readiness: Soc2CriterionReadiness; share: number } {
  const controls = controlsForCriterion(criterion.id).map((link) => mappedControl(link.controlId, link.rationale, entries.get(link.controlId)));
  const note = SOC2_BEYOND_ISO[criterion.id];
  const beyondIso = note ? { text: note.expectation, isoCovers: note.isoCovers, inPlace: inPlace.has(criterion.id) } : null;
  const controlCredit = controls.reduce((sum, c) => sum + c.credit, 0);
  const weight = !beyondIso ? 0 : beyondIso.isoCovers === 'little' ? controls.length : 1;
  const elements = controls.length + weight;
  const share = elements === 0 ? 0 : (controlCredit + (beyondIso?.inPlace ? weight : 0)) / elements;
  const gaps = controls.flatMap((c) => (c.action ? [c.action] : []));
  if (beyondIso && !beyondIso.inPlace) gaps.push(`Beyond the ISO controls, SOC 2 expects: ${beyondIso.text}`);
  const readiness = {
    id: criterion.id,
    title: criterion.title,
    category: criterion.category,
    series: criterion.series,
    readiness: percent(share),
    status: readinessStatus(share),
    controls,
    gaps,
    beyondIso,
  };
  return { readiness, share };
}

const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

/**
 * Readiness for the categories in scope (Security is always in, whatever `optional` says), from the SoA
 * entries and the criteria whose beyond-ISO expectation the user has said is in place.
 */
export function soc2Readiness(
  entries: readonly SoaEntry[],
  optional: readonly TrustServicesCategory[],
  expectationsInPlace: readonly string[] = [],
): Soc2Readiness {
  const categories = categoriesInScope(optional);
  const byControl = new Map(entries.map((e) => [e.controlId, e]));
  const inPlace = new Set(expectationsInPlace);
  const scored = SOC2_CRITERIA.filter((c) => categories.includes(c.category)).map((c) => criterionReadiness(c, byControl, inPlace));
  const criteria = scored.map((s) => s.readiness);
  const exact = new Map(scored.map((s) => [s.readiness.id, s.share]));
  const byCategory: Soc2CategoryReadiness[] = categories.map((category) => {
    const own = criteria.filter((c) => c.category === category);
    return {
      category,
      label: TSC_CATEGORY_LABELS[category],
      readiness: percent(mean(own.map((c) => exact.get(c.id)!))),
      criteria: own.length,
      ready: own.filter((c) => c.status === 'ready').length,
    };
  });
  return { categories, overall: percent(mean(criteria.map((c) => exact.get(c.id)!))), byCategory, criteria };
}

/**
 * The other way round: every Annex A control that serves at least one criterion in scope, in control order,
 * with the criteria it serves. Read from the readiness, so both views always agree.
 */
export function controlsServingCriteria(readiness: Soc2Readiness): Soc2ControlView[] {
  const views = new Map<string, Soc2ControlView>();
  for (const criterion of readiness.criteria) {
    for (const { rationale, ...control } of criterion.controls) {
      const view = views.get(control.controlId) ?? { ...control, criteria: [] };
      view.criteria.push({ id: criterion.id, title: criterion.title, category: criterion.category, status: criterion.status, rationale });
      views.set(control.controlId, view);
    }
  }
  return [...views.values()].sort((a, b) => compareControlIds(a.controlId, b.controlId));
}

/** The practical to-do list: each control to decide, implement or finish once, with the criteria waiting on it. */
export function controlsToWorkOn(readiness: Soc2Readiness): Soc2ControlView[] {
  return controlsServingCriteria(readiness)
    .filter((c) => c.credit < 1)
    .sort((a, b) => b.criteria.length - a.criteria.length || compareControlIds(a.controlId, b.controlId));
}
