import { IMPLEMENTATION_STATUSES, IMPLEMENTATION_STATUS_LABELS } from '../../shared/domain/soa';
import type { SoaProgress } from './soa-filter';

export function SoaProgressStrip({ progress, onShowAttention }: { progress: SoaProgress; onShowAttention: () => void }) {
  return (
    <section className="progress-strip" aria-label="Statement of Applicability progress">
      <div className="progress-figures">
        <Figure value={progress.total} label="controls" />
        <Figure value={progress.applicable} label="applicable" />
        <Figure value={progress.excluded} label="excluded" />
        <Figure value={`${progress.implementedPercent}%`} label="implemented" testId="implemented-percent" />
        {progress.attention > 0 ? (
          <button type="button" className="attention-chip" onClick={onShowAttention}>
            {progress.attention} need attention
          </button>
        ) : (
          <span className="ok-chip">Every control has a decision</span>
        )}
      </div>
      <div className="stacked-bar" role="img" aria-label={statusSummary(progress)}>
        {[...IMPLEMENTATION_STATUSES].reverse().map((status) => {
          const count = progress.byStatus[status];
          if (count === 0 || progress.applicable === 0) return null;
          return (
            <span
              key={status}
              className={`bar-segment status-${status}`}
              style={{ width: `${(count / progress.applicable) * 100}%` }}
              title={`${IMPLEMENTATION_STATUS_LABELS[status]}: ${count}`}
            />
          );
        })}
      </div>
      <ul className="bar-legend">
        {[...IMPLEMENTATION_STATUSES].reverse().map((status) => (
          <li key={status}>
            <span className={`dot status-${status}`} /> {IMPLEMENTATION_STATUS_LABELS[status]} {progress.byStatus[status]}
          </li>
        ))}
      </ul>
    </section>
  );
}

function statusSummary(progress: SoaProgress): string {
  return IMPLEMENTATION_STATUSES.map((s) => `${IMPLEMENTATION_STATUS_LABELS[s]}: ${progress.byStatus[s]}`).join(', ');
}

function Figure({ value, label, testId }: { value: number | string; label: string; testId?: string }) {
  return (
    <div className="figure" data-testid={testId}>
      <strong>{value}</strong>
      <span>{label}</span>
    </div>
  );
}
