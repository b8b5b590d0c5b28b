import { useEffect, useMemo } from 'react';
import { READINESS_SEVERITIES, type ReadinessReport, type ReadinessSeverity } from '../../shared/domain/readiness';
import { formatDate } from '../app/format';
import { useNavigation } from '../app/navigation-store';
import { useWorkbook } from '../workbook/workbook-store';
import { ReadinessChecklist } from './ReadinessChecklist';
import { useReadiness } from './readiness-store';
import {
  CLAUSE_GROUPS,
  checklistView,
  EMPTY_READINESS_FILTER,
  isReadinessFiltered,
  readinessVerdict,
  SEVERITY_SECTION_LABELS,
  type ReadinessFilter,
  type SeverityFilter,
} from './readiness-view';
import './readiness.css';

/**
 * The Stage 1 readiness check: the workbook read as a certification auditor reads it at the documentation review,
 * as a checklist with a score. Each finding links to the record that fixes it.
 */
export function ReadinessScreen({ changeSignal }: { changeSignal: number }) {
  const store = useReadiness();
  const path = useWorkbook((s) => s.info?.path ?? null);
  const report = store.reportPath === path ? store.report : null;
  const { filter, setFilter } = store;

  // Every visit and every write runs the check again; the last result stays on screen meanwhile.
  useEffect(() => void useReadiness.getState().check(path), [changeSignal, path]);

  const view = useMemo(() => (report ? checklistView(report, filter) : null), [report, filter]);
  const recheck = () => void store.check(path);

  if (!report) {
    return (
      <div className="screen readiness-screen">
        <ScreenTitle />
        {store.failure && !store.checking ? (
          <div className="error-box readiness-failure" role="alert">
            <p>The readiness check could not run: {store.failure}</p>
            <button type="button" onClick={recheck}>
              Check again
            </button>
          </div>
        ) : (
          <div className="loading">Reading the workbook as an auditor would…</div>
        )}
      </div>
    );
  }

  const failing = report.counts.blocker + report.counts.warning + report.counts.advice;
  const shownRules = (view?.sections.reduce((n, s) => n + s.rules.length, 0) ?? 0) + (view?.passed.length ?? 0);

  return (
    <div className="screen readiness-screen">
      <header className="screen-header">
        <ScreenTitle checkedOn={report.checkedOn} />
        <div className="header-actions">
          <button type="button" onClick={recheck} disabled={store.checking}>
            {store.checking ? 'Checking…' : 'Check again'}
          </button>
          <button type="button" className="primary" onClick={() => useNavigation.getState().go('package')}>
            Build the Stage 1 package
          </button>
        </div>
      </header>

      <ScoreStrip
        report={report}
        previousScore={store.previousScore}
        severity={filter.severity}
        onSeverity={(severity) => setFilter({ severity: filter.severity === severity ? 'all' : severity })}
      />

      {store.failure && (
        <p className="error-box" role="alert">
          The last check could not run ({store.failure}); the list below is from the check before it.
        </p>
      )}

      {failing === 0 && !isReadinessFiltered(filter) && (
        <section className="empty-card readiness-all-clear" aria-label="Everything passes">
          <h2>Every check passes</h2>
          <p>
            The required documents are in place and approved, and the records agree with each other: the workbook reads as ready for the
            Stage 1 documentation review. Build the package to send to the certification body.
          </p>
        </section>
      )}

      <Toolbar filter={filter} shown={shownRules} total={report.rules.length} onChange={setFilter} />

      {view && (view.sections.length > 0 || view.passed.length > 0) ? (
        <ReadinessChecklist view={view} />
      ) : (
        <div className="empty-state readiness-no-match">
          <h3>No checks match</h3>
          <p>Change the search or the filters to see the checklist again.</p>
          <button type="button" className="link-button" onClick={() => setFilter(EMPTY_READINESS_FILTER)}>
            Clear filters
          </button>
        </div>
      )}
    </div>
  );
}

function ScreenTitle({ checkedOn }: { checkedOn?: string }) {
  return (
    <div>
      <h1>Stage 1 readiness</h1>
      <p className="muted">
        Clauses 4 to 10 and Annex A, read as an auditor reads them at Stage 1{checkedOn && <> · checked on {formatDate(checkedOn)}</>}
      </p>
    </div>
  );
}

const COUNT_LABELS: Record<ReadinessSeverity, [string, string]> = {
  blocker: ['blocker', 'blockers'],
  warning: ['warning', 'warnings'],
  advice: ['advice', 'advice'],
};

interface ScoreStripProps {
  report: ReadinessReport;
  previousScore: number | null;
  severity: SeverityFilter;
  onSeverity(severity: ReadinessSeverity | 'passed'): void;
}

/** The score with its verdict, and the counts; a count filters the checklist to its severity. */
function ScoreStrip({ report, previousScore, severity, onSeverity }: ScoreStripProps) {
  const verdict = readinessVerdict(report);
  const change = previousScore === null ? 0 : report.score - previousScore;
  const circumference = 2 * Math.PI * 26;
  return (
    <section className={`progress-strip readiness-summary readiness-${verdict.tone}`} aria-label="Readiness summary">
      <div className="readiness-score" data-testid="readiness-score" aria-label={`Readiness score ${report.score} out of 100`}>
        <svg viewBox="0 0 64 64" aria-hidden="true">
          <circle className="readiness-ring-track" cx="32" cy="32" r="26" />
          <circle
            className="readiness-ring"
            cx="32"
            cy="32"
            r="26"
            strokeDasharray={`${(report.score / 100) * circumference} ${circumference}`}
            transform="rotate(-90 32 32)"
          />
        </svg>
        <strong>{report.score}</strong>
      </div>
      <div className="readiness-verdict">
        <strong data-testid="readiness-verdict">{verdict.label}</strong>
        <span className="muted">{verdict.detail}</span>
        {change !== 0 && (
          <span className={`readiness-change ${change > 0 ? 'up' : 'down'}`} data-testid="readiness-change">
            {change > 0 ? '▲' : '▼'} {Math.abs(change)} since the previous check
          </span>
        )}
      </div>
      <div className="readiness-counts">
        {READINESS_SEVERITIES.map((s) => (
          <button
            key={s}
            type="button"
            className={`readiness-count readiness-count-${s}${report.counts[s] === 0 ? ' readiness-count-none' : ''}`}
            aria-pressed={severity === s}
            data-testid={`readiness-count-${s}`}
            title={`Show only the ${SEVERITY_SECTION_LABELS[s].toLowerCase()}`}
            onClick={() => onSeverity(s)}
          >
            <strong>{report.counts[s]}</strong> {COUNT_LABELS[s][report.counts[s] === 1 ? 0 : 1]}
          </button>
        ))}
        <button
          type="button"
          className="readiness-count readiness-count-passed"
          aria-pressed={severity === 'passed'}
          data-testid="readiness-count-passed"
          title="Show only the checks that pass"
          onClick={() => onSeverity('passed')}
        >
          <strong>{report.counts.passed}</strong> passed
        </button>
      </div>
    </section>
  );
}

function Toolbar({ filter, shown, total, onChange }: { filter: ReadinessFilter; shown: number; total: number; onChange(patch: Partial<ReadinessFilter>): void }) {
  return (
    <div className="toolbar" role="search">
      <input
        type="search"
        className="search"
        placeholder="Search checks, findings and references"
        aria-label="Search the checklist"
        value={filter.query}
        onChange={(e) => onChange({ query: e.target.value })}
        onKeyDown={(e) => e.key === 'Escape' && onChange({ query: '' })}
      />
      <select aria-label="Filter by severity" value={filter.severity} onChange={(e) => onChange({ severity: e.target.value as SeverityFilter })}>
        <option value="all">Every severity</option>
        {READINESS_SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {SEVERITY_SECTION_LABELS[s]}
          </option>
        ))}
        <option value="passed">Passed</option>
      </select>
      <select
        aria-label="Filter by clause"
        value={filter.clauseGroup}
        onChange={(e) => onChange({ clauseGroup: e.target.value as ReadinessFilter['clauseGroup'] })}
      >
        <option value="all">All clauses</option>
        {CLAUSE_GROUPS.map((g) => (
          <option key={g.id} value={g.id}>
            {g.label}
          </option>
        ))}
      </select>
      <span className="muted shown-count" aria-live="polite">
        {shown === total ? `${total} checks` : `${shown} of ${total} checks shown`}
      </span>
      {isReadinessFiltered(filter) && (
        <button type="button" className="link-button" onClick={() => onChange(EMPTY_READINESS_FILTER)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
