import { READINESS_SEVERITY_LABELS, type ReadinessReport, type ReadinessSeverity } from '../../shared/domain/readiness';
import { plural, localiseDates } from '../app/format';
import { useNavigation } from '../app/navigation-store';
import { topFindings } from './dashboard-figures';
import { CardError, CardSkeleton, DashboardCard } from './DashboardCard';
import type { Loaded } from './use-loaded';

const go = useNavigation.getState().go;

/** The Stage 1 readiness score, the failing rules by severity and the first blockers and warnings to fix. */
export function ReadinessCard({ readiness }: { readiness: Loaded<ReadinessReport> & { retry(): void } }) {
  return (
    <DashboardCard
      title="Stage 1 readiness"
      area="readiness"
      busy={readiness.status === 'loading'}
    >
      {readiness.status === 'loading' && <CardSkeleton lines={6} block />}
      {readiness.status === 'error' && <CardError what="The readiness check" message={readiness.message} onRetry={readiness.retry} />}
      {readiness.status === 'ready' && <ReadinessFigures report={readiness.value} />}
    </DashboardCard>
  );
}

function ReadinessFigures({ report }: { report: ReadinessReport }) {
  const findings = topFindings(report);
  const { counts } = report;
  const tone = counts.blocker > 0 ? 'danger' : counts.warning > 0 ? 'warn' : 'ok';
  return (
    <div className="dash-readiness-body">
      <div className="dash-readiness-summary">
        <ScoreRing score={report.score} tone={tone} />
        <div className="dash-readiness-counts">
          <p className="dash-readiness-verdict">
            {counts.blocker > 0
              ? `${plural(counts.blocker, 'blocker')} to clear before Stage 1`
              : counts.warning > 0
                ? 'No blockers; warnings an auditor will ask about'
                : 'Ready for the Stage 1 documentation review'}
          </p>
          <ul className="severity-counts" aria-label="Failing rules by severity">
            {(['blocker', 'warning', 'advice'] as const).map((severity) => (
              <li key={severity} className={`severity-count severity-${severity}${counts[severity] === 0 ? ' zero' : ''}`} data-testid={`readiness-${severity}s`}>
                <strong>{counts[severity]}</strong> {severityNoun(severity, counts[severity])}
              </li>
            ))}
          </ul>
          <p className="muted small">
            {counts.passed} of {plural(counts.rules, 'rule')} pass
          </p>
        </div>
      </div>
      {findings.length > 0 ? (
        <ol className="finding-list" aria-label="Top blockers and warnings">
          {findings.map(({ rule, finding }, index) => (
            <li key={`${rule.id}-${index}`}>
              <span className={`severity-dot severity-${rule.severity}`} title={READINESS_SEVERITY_LABELS[rule.severity]} />
              <button type="button" className="finding-link" onClick={() => go(finding.link)} title={finding.link.label}>
                <span className="finding-message">{localiseDates(finding.message)}</span>
                <span className="finding-clause muted">{rule.clause.match(/^\d/) ? `Clause ${rule.clause}` : rule.clause}</span>
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="dash-all-clear">No blockers or warnings: every required document is in place and consistent.</p>
      )}
      <div className="dash-card-footer">
        <button type="button" onClick={() => go('readiness')}>
          Open the checklist
        </button>
        <button type="button" className="primary" onClick={() => go('package')}>
          Build the Stage 1 package
        </button>
      </div>
    </div>
  );
}

function severityNoun(severity: ReadinessSeverity, count: number): string {
  const noun = READINESS_SEVERITY_LABELS[severity].toLowerCase();
  return count === 1 || severity === 'advice' ? noun : `${noun}s`;
}

/** The score as a ring: the coloured arc is the share of rules passed, weighted by severity. */
function ScoreRing({ score, tone }: { score: number; tone: 'danger' | 'warn' | 'ok' }) {
  const radius = 42;
  const circumference = 2 * Math.PI * radius;
  const clamped = Math.max(0, Math.min(100, score));
  return (
    <svg className={`score-ring tone-${tone}`} viewBox="0 0 100 100" role="img" aria-label={`Readiness score ${clamped} out of 100`} data-testid="readiness-score">
      <circle className="score-track" cx="50" cy="50" r={radius} />
      <circle
        className="score-arc"
        cx="50"
        cy="50"
        r={radius}
        strokeDasharray={`${(clamped / 100) * circumference} ${circumference}`}
        transform="rotate(-90 50 50)"
      />
      <text x="50" y="50" className="score-value" textAnchor="middle" dominantBaseline="central">
        {clamped}
      </text>
      <text x="50" y="70" className="score-unit" textAnchor="middle">
        of 100
      </text>
    </svg>
  );
}
