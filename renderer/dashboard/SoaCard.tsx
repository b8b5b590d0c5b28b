import { IMPLEMENTATION_STATUSES, IMPLEMENTATION_STATUS_LABELS } from '../../shared/domain/soa';
import { useNavigation } from '../app/navigation-store';
import { useSoa } from '../soa/soa-store';
import { soaFigures } from './dashboard-figures';
import { CardSkeleton, DashboardCard, ScreenLink } from './DashboardCard';

const go = useNavigation.getState().go;

/** Statement of Applicability progress: decisions made, controls applicable, and how far implementation has come. */
export function SoaCard() {
  const { entries, loaded } = useSoa();
  const figures = soaFigures(entries);
  const statuses = [...IMPLEMENTATION_STATUSES].reverse();
  return (
    <DashboardCard title="Statement of Applicability" area="soa" busy={!loaded} action={<ScreenLink onClick={() => go('soa')}>Open the SoA</ScreenLink>}>
      {!loaded ? (
        <CardSkeleton lines={4} />
      ) : (
        <div className="soa-progress">
          <div className="big-figure" data-testid="soa-implemented">
            <strong>{figures.implementedPercent}%</strong>
            <span className="muted">of applicable controls implemented</span>
          </div>
          <div className="stacked-bar" role="img" aria-label={statuses.map((s) => `${IMPLEMENTATION_STATUS_LABELS[s]}: ${figures.byStatus[s]}`).join(', ')}>
            {statuses.map((status) =>
              figures.byStatus[status] === 0 || figures.applicable === 0 ? null : (
                <span
                  key={status}
                  className={`bar-segment status-${status}`}
                  style={{ width: `${(figures.byStatus[status] / figures.applicable) * 100}%` }}
                  title={`${IMPLEMENTATION_STATUS_LABELS[status]}: ${figures.byStatus[status]}`}
                />
              ),
            )}
          </div>
          <dl className="figure-row">
            <div>
              <dt>Decided</dt>
              <dd data-testid="soa-decided">
                {figures.decided} <span className="muted">of {figures.controls}</span>
              </dd>
            </div>
            <div>
              <dt>Applicable</dt>
              <dd data-testid="soa-applicable">{figures.applicable}</dd>
            </div>
            <div>
              <dt>Implemented</dt>
              <dd>{figures.implemented}</dd>
            </div>
            <div>
              <dt>In progress</dt>
              <dd>{figures.byStatus.partial + figures.byStatus.planned}</dd>
            </div>
          </dl>
          {figures.decided < figures.controls && (
            <p className="dash-hint">
              {figures.controls - figures.decided} controls still need a reason for including them or a justification for leaving them out.
            </p>
          )}
        </div>
      )}
    </DashboardCard>
  );
}
