import type { CriterionReadinessStatus, Soc2Readiness } from '../../shared/domain/soc2-readiness';
import { useNavigation } from '../app/navigation-store';
import { CardError, CardSkeleton, DashboardCard, ScreenLink } from './DashboardCard';
import type { Loaded } from './use-loaded';

const go = useNavigation.getState().go;

const STATUS_LABELS: Record<CriterionReadinessStatus, string> = { ready: 'Criteria ready', partial: 'Partly ready', gap: 'Gaps' };

/** SOC 2 readiness read from the ISO control set: overall, and per Trust Services Category in scope. */
export function Soc2Card({ soc2 }: { soc2: Loaded<Soc2Readiness> & { retry(): void } }) {
  return (
    <DashboardCard
      title="SOC 2 readiness"
      area="soc2"
      busy={soc2.status === 'loading'}
      action={<ScreenLink onClick={() => go('soc2')}>Open SOC 2 readiness</ScreenLink>}
    >
      {soc2.status === 'loading' && <CardSkeleton lines={4} />}
      {soc2.status === 'error' && <CardError what="SOC 2 readiness" message={soc2.message} onRetry={soc2.retry} />}
      {soc2.status === 'ready' && (
        <div className="soc2-progress">
          <div className="big-figure" data-testid="soc2-overall">
            <strong>{soc2.value.overall}%</strong>
            <span className="muted">
              over {soc2.value.criteria.length} criteria in scope, from the SoA
            </span>
          </div>
          <dl className="figure-row">
            {(['ready', 'partial', 'gap'] as const).map((status) => (
              <div key={status}>
                <dt>{STATUS_LABELS[status]}</dt>
                <dd data-testid={`soc2-${status}`}>{soc2.value.criteria.filter((c) => c.status === status).length}</dd>
              </div>
            ))}
          </dl>
          <ul className="category-bars" aria-label="Readiness per category">
            {soc2.value.byCategory.map((category) => (
              <li key={category.category}>
                <span className="category-label">{category.label}</span>
                <span className="category-figure">
                  <span className="muted">
                    {category.ready}/{category.criteria} ready ·
                  </span>{' '}
                  {category.readiness}%
                </span>
                <span className="meter" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={category.readiness} aria-label={category.label}>
                  <span className={`meter-fill${category.readiness >= 80 ? ' good' : category.readiness >= 50 ? ' fair' : ' low'}`} style={{ width: `${category.readiness}%` }} />
                </span>
              </li>
            ))}
          </ul>
          {soc2.value.categories.length === 1 && (
            <p className="muted small">
              Security alone is in scope. Add Availability, Confidentiality, Processing Integrity or Privacy on the SOC 2 screen when customers
              ask for them.
            </p>
          )}
        </div>
      )}
    </DashboardCard>
  );
}
