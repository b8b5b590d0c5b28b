import { call } from '../api/isms-client';
import { formatDate, todayIso } from '../app/format';
import { useWorkbook } from '../workbook/workbook-store';
import { CertificationCard } from './CertificationCard';
import { OverdueCard } from './OverdueCard';
import { ReadinessCard } from './ReadinessCard';
import { RiskHeatCard } from './RiskHeatCard';
import { SoaCard } from './SoaCard';
import { Soc2Card } from './Soc2Card';
import { useLoaded } from './use-loaded';
import './dashboard.css';

const loadReadiness = () => call('readiness:check', {});
const loadSoc2 = () => call('soc2:readiness', {});
const loadOverdue = () => call('dashboard:overdue', {});
const loadCertification = () => call('certification:get', {});

/**
 * The home screen: how ready the ISMS is for Stage 1, how far the SoA and SOC 2 have come, where residual risk
 * sits, what is overdue, and where the certification cycle stands. Derived figures reload after every write.
 */
export function DashboardScreen({ changeSignal }: { changeSignal: number }) {
  const organisation = useWorkbook((state) => state.info?.organisationName ?? '');
  const readiness = useLoaded(loadReadiness, changeSignal);
  const soc2 = useLoaded(loadSoc2, changeSignal);
  const overdue = useLoaded(loadOverdue, changeSignal);
  const plan = useLoaded(loadCertification, changeSignal);
  const today = overdue.status === 'ready' ? overdue.value.asOf : todayIso();

  return (
    <div className="screen dashboard-screen">
      <header className="screen-header">
        <div>
          <h1>Dashboard</h1>
          <p className="muted">
            {organisation} · as of {formatDate(today)}
          </p>
        </div>
      </header>
      <div className="dashboard-grid">
        <CertificationCard plan={plan} today={today} />
        <ReadinessCard readiness={readiness} />
        <OverdueCard overdue={overdue} />
        <SoaCard />
        <Soc2Card soc2={soc2} />
        <RiskHeatCard />
      </div>
    </div>
  );
}
