import { SOC2_CRITERIA } from '../../shared/catalog/soc2';
import type { TrustServicesCategory } from '../../shared/catalog/types';
import type { Soc2ControlView, Soc2CriterionReadiness } from '../../shared/domain/soc2-readiness';
import { parseControlId } from '../../shared/rules/control-id';

export type Soc2View = 'criteria' | 'controls';

export interface Soc2Filter {
  query: string;
  gapsOnly: boolean;
  category: TrustServicesCategory | 'all';
}

export const EMPTY_SOC2_FILTER: Soc2Filter = { query: '', gapsOnly: false, category: 'all' };

export const isSoc2Filtered = (filter: Soc2Filter) => filter.query.trim() !== '' || filter.gapsOnly || filter.category !== 'all';

const SUMMARY = new Map(SOC2_CRITERIA.map((c) => [c.id, c.summary]));

/** A query that reads as a criterion id ("cc6", "CC6.1", "p4") matches ids that start with it. */
const CRITERION_PREFIX = /^(cc|a|c|pi|p)\d+(\.\d{0,2})?$/i;

function words(query: string): string[] {
  return query.trim().toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * A criterion matches a control number ("5.23", "A.8.1") when that control is mapped to it, an id prefix
 * ("CC6") when its id starts with it, and otherwise every word of the query somewhere in its text.
 */
export function criterionMatches(criterion: Soc2CriterionReadiness, filter: Soc2Filter): boolean {
  if (filter.category !== 'all' && criterion.category !== filter.category) return false;
  if (filter.gapsOnly && criterion.status === 'ready') return false;
  const query = filter.query.trim();
  if (query === '') return true;
  const control = parseControlId(query);
  if (control) return criterion.controls.some((c) => c.controlId === control);
  if (CRITERION_PREFIX.test(query)) return criterion.id.toLowerCase().startsWith(query.toLowerCase());
  const haystack = [
    criterion.id,
    criterion.title,
    SUMMARY.get(criterion.id) ?? '',
    ...criterion.controls.map((c) => `a.${c.controlId} ${c.title}`),
    ...criterion.gaps,
  ]
    .join('\n')
    .toLowerCase();
  return words(query).every((w) => haystack.includes(w));
}

/** A control matches its own number, a criterion id it serves (or its prefix), or every word of the query. */
export function controlMatches(control: Soc2ControlView, filter: Soc2Filter): boolean {
  if (filter.category !== 'all' && !control.criteria.some((c) => c.category === filter.category)) return false;
  if (filter.gapsOnly && control.credit >= 1) return false;
  const query = filter.query.trim();
  if (query === '') return true;
  const id = parseControlId(query);
  if (id) return control.controlId === id;
  if (CRITERION_PREFIX.test(query)) return control.criteria.some((c) => c.id.toLowerCase().startsWith(query.toLowerCase()));
  const haystack = [`a.${control.controlId}`, control.title, ...control.criteria.map((c) => `${c.id} ${c.title}`)].join('\n').toLowerCase();
  return words(query).every((w) => haystack.includes(w));
}
