import { TSC_CATEGORY_LABELS } from '../../shared/catalog/soc2';
import type { TrustServicesCategory } from '../../shared/catalog/types';
import { OPTIONAL_TSC_CATEGORIES, type OptionalTscCategory, type Soc2Readiness } from '../../shared/domain/soc2-readiness';
import { readinessStatus } from '../../shared/rules/soc2-readiness';
import { plural } from '../app/format';
import { ReadinessBar } from './soc2-pieces';

interface Props {
  readiness: Soc2Readiness;
  /** The optional categories being saved, if a change is under way. */
  pendingScope: readonly OptionalTscCategory[] | null;
  category: TrustServicesCategory | 'all';
  onToggleCategory(category: OptionalTscCategory, inScope: boolean): void;
  onShowCategory(category: TrustServicesCategory | 'all'): void;
}

/** The overall figure, the categories in scope (Security fixed on) and a bar per category. */
export function Soc2Overview({ readiness, pendingScope, category, onToggleCategory, onShowCategory }: Props) {
  const ready = readiness.criteria.filter((c) => c.status === 'ready').length;
  const inScope = (c: OptionalTscCategory) => (pendingScope ? pendingScope.includes(c) : readiness.categories.includes(c));
  return (
    <section className="soc2-overview" aria-label="SOC 2 readiness overview">
      <div className="soc2-overall">
        <strong data-testid="soc2-overall">{readiness.overall}%</strong>
        <span>overall readiness</span>
        <span className="muted" data-testid="soc2-ready-count">
          {ready} of {plural(readiness.criteria.length, 'criterion', 'criteria')} ready
        </span>
      </div>

      <fieldset className="soc2-scope">
        <legend>Trust Services Categories in scope</legend>
        <label title="Security, the common criteria, is in every SOC 2 report">
          <input type="checkbox" checked disabled />
          {TSC_CATEGORY_LABELS.security}
        </label>
        {OPTIONAL_TSC_CATEGORIES.map((c) => (
          <label key={c}>
            <input type="checkbox" checked={inScope(c)} disabled={pendingScope !== null} onChange={(e) => onToggleCategory(c, e.target.checked)} />
            {TSC_CATEGORY_LABELS[c]}
          </label>
        ))}
      </fieldset>

      <ul className="soc2-category-bars" aria-label="Readiness by category">
        {readiness.byCategory.map((b) => (
          <li key={b.category}>
            <button
              type="button"
              className="soc2-category"
              aria-pressed={category === b.category}
              data-category={b.category}
              title={category === b.category ? 'Show every category again' : `Show only ${b.label}`}
              onClick={() => onShowCategory(category === b.category ? 'all' : b.category)}
            >
              <span className="soc2-category-label">{b.label}</span>
              <ReadinessBar value={b.readiness} status={readinessStatus(b.readiness / 100)} label={`${b.label} readiness`} />
              <strong>{b.readiness}%</strong>
              <span className="muted nowrap">
                {b.ready}/{b.criteria} ready
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
