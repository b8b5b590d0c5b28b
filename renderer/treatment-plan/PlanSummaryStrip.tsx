import { ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionStatus, type Risk } from '../../shared/domain/risk';
import { plural } from '../app/format';
import type { PlanSummary } from './plan-grouping';

interface Props {
  summary: PlanSummary;
  /** Risks with a treatment to carry out and no action: gaps in the plan. */
  gaps: Risk[];
  onShowOverdue(): void;
  onPlanGap(risk: Risk): void;
}

const BAR_ORDER: ActionStatus[] = ['done', 'in-progress', 'planned', 'cancelled'];

export function PlanSummaryStrip({ summary, gaps, onShowOverdue, onPlanGap }: Props) {
  const described = ACTION_STATUSES.map((s) => `${ACTION_STATUS_LABELS[s]}: ${summary.byStatus[s]}`).join(', ');
  return (
    <section className="progress-strip" aria-label="Treatment plan summary">
      <div className="progress-figures">
        <Figure value={summary.open} label="open" testId="plan-open" />
        <Figure value={summary.overdue} label="overdue" testId="plan-overdue" tone={summary.overdue > 0 ? 'danger' : undefined} />
        <Figure value={summary.byStatus.done} label="done" testId="plan-done" />
        <Figure value={summary.byStatus.cancelled} label="cancelled" testId="plan-cancelled" />
        <span className="plan-chips">
          {gaps.length > 0 && (
            <button
              type="button"
              className="attention-chip gap-chip"
              title={`No action yet for ${gaps.map((r) => r.ref).join(', ')}`}
              onClick={() => onPlanGap(gaps[0]!)}
            >
              {plural(gaps.length, 'risk')} to treat without an action
            </button>
          )}
          {summary.overdue > 0 ? (
            <button type="button" className="overdue-chip" onClick={onShowOverdue}>
              Show {summary.overdue} overdue
            </button>
          ) : (
            summary.open > 0 && <span className="ok-chip">Nothing overdue</span>
          )}
        </span>
      </div>
      {summary.total > 0 && (
        <>
          <div className="stacked-bar" role="img" aria-label={described}>
            {BAR_ORDER.map((status) =>
              summary.byStatus[status] === 0 ? null : (
                <span
                  key={status}
                  className={`bar-segment action-${status}`}
                  style={{ width: `${(summary.byStatus[status] / summary.total) * 100}%` }}
                  title={`${ACTION_STATUS_LABELS[status]}: ${summary.byStatus[status]}`}
                />
              ),
            )}
          </div>
          <ul className="bar-legend">
            {BAR_ORDER.map((status) => (
              <li key={status}>
                <span className={`dot action-${status}`} /> {ACTION_STATUS_LABELS[status]} {summary.byStatus[status]}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Figure({ value, label, testId, tone }: { value: number; label: string; testId: string; tone?: 'danger' }) {
  return (
    <div className={`figure${tone ? ` figure-${tone}` : ''}`} data-testid={testId}>
      <strong>{value.toLocaleString()}</strong>
      <span>{label}</span>
    </div>
  );
}
