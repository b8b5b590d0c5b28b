import { heatCellRecord } from '../../shared/domain/record-link';
import { useMemo, useState } from 'react';
import { heatMapCounts, isAboveAcceptance } from '../../shared/rules/risk-scoring';
import { plural } from '../app/format';
import { useNavigation } from '../app/navigation-store';
import { HeatMap } from '../risks/HeatMap';
import { useRisks } from '../risks/risk-store';
import { CardSkeleton, DashboardCard, ScreenLink } from './DashboardCard';
import '../risks/risks.css';

const go = useNavigation.getState().go;
const CELL_LIST = 6;

/** Residual risk after treatment on the method's matrix; a cell opens the list of its risks, each a link to the register. */
export function RiskHeatCard() {
  const { method, risks, loaded } = useRisks();
  const [cell, setCell] = useState<{ likelihood: number; impact: number } | null>(null);
  const counts = useMemo(() => (method ? heatMapCounts(method, risks, 'residual') : []), [method, risks]);
  const rated = useMemo(() => risks.filter((r) => r.residualLevel !== null), [risks]);
  const above = useMemo(() => (method ? rated.filter((r) => isAboveAcceptance(method, r.residualLevel)).length : 0), [method, rated]);
  const inCell = cell ? rated.filter((r) => r.residualLikelihood === cell.likelihood && r.residualImpact === cell.impact) : [];

  return (
    <DashboardCard
      title="Residual risk"
      area="heat"
      busy={!loaded}
      action={<ScreenLink onClick={() => go('risks')}>Open the risk register</ScreenLink>}
    >
      {!loaded || !method ? (
        <CardSkeleton lines={5} block />
      ) : (
        <div className="heat-body">
          <p className="muted small" data-testid="heat-summary">
            {plural(rated.length, 'risk')} rated after treatment
            {risks.length > rated.length && ` · ${risks.length - rated.length} not rated yet`}
            {above > 0 && (
              <>
                {' · '}
                <span className="heat-above">{above} above acceptance</span>
              </>
            )}
          </p>
          <HeatMap method={method} title="Residual risk" counts={counts} selected={cell} onSelect={setCell} />
          {!cell && rated.length > 0 && <p className="muted small">Select a cell to list the risks in it.</p>}
          {cell && (
            <div className="cell-risks" aria-live="polite">
              {inCell.length === 0 ? (
                <p className="muted small">No risk sits in this cell.</p>
              ) : (
                <ul aria-label="Risks in the selected cell">
                  {inCell.slice(0, CELL_LIST).map((risk) => (
                    <li key={risk.id}>
                      <button type="button" className="link-button" onClick={() => go({ screen: 'risks', record: risk.ref, label: `Open ${risk.ref}` })}>
                        <span className="dash-ref">{risk.ref}</span> {risk.title}
                      </button>
                    </li>
                  ))}
                  {inCell.length > 1 && (
                    <li>
                      <button type="button" className="link-button" onClick={() => go({ screen: 'risks', record: heatCellRecord({ which: 'residual', ...cell }), label: 'Show them in the register' })}>
                        {inCell.length > CELL_LIST ? `Show all ${inCell.length} in the register` : 'Show them in the register'}
                      </button>
                    </li>
                  )}
                </ul>
              )}
            </div>
          )}
        </div>
      )}
    </DashboardCard>
  );
}
