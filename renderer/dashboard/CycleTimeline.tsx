import { CERTIFICATION_MILESTONE_SHORT_LABELS } from '../../shared/domain/certification';
import { MILESTONE_STATUS_LABELS, type CertificationCycle, type CycleMilestone } from '../../shared/rules/certification-cycle';
import { formatDate } from '../app/format';
import { relativeDays, todayPosition } from './dashboard-figures';

/**
 * The certification cycle as a horizontal timeline: the five audits equally spaced (Stage 1 and 2 are weeks
 * apart, surveillance years, so a scale in days would crowd them), with today placed between its neighbours.
 */
export function CycleTimeline({ cycle, today }: { cycle: CertificationCycle; today: string }) {
  const position = todayPosition(cycle.milestones, today) * 100;
  return (
    <div className="cycle-timeline" data-testid="cycle-timeline">
      <div className="cycle-rail" aria-hidden="true">
        <span className="cycle-rail-done" style={{ width: `${position}%` }} />
        <span className={`cycle-today${position < 12 ? ' at-start' : position > 88 ? ' at-end' : ''}`} style={{ left: `${position}%` }}>
          <span className="cycle-today-label">Today · {formatDate(today)}</span>
        </span>
      </div>
      <ol className="cycle-milestones" aria-label="Certification audits">
        {cycle.milestones.map((milestone) => (
          <Milestone key={milestone.milestone} milestone={milestone} />
        ))}
      </ol>
    </div>
  );
}

function Milestone({ milestone }: { milestone: CycleMilestone }) {
  const { status, date, latest, daysFromToday } = milestone;
  return (
    <li className={`cycle-milestone status-${status}`} data-milestone={milestone.milestone} aria-label={`${milestone.label}: ${describe(milestone)}`}>
      <span className="cycle-node" aria-hidden="true">
        {status === 'done' ? '✓' : status === 'overdue' ? '!' : ''}
      </span>
      <span className="cycle-label">{CERTIFICATION_MILESTONE_SHORT_LABELS[milestone.milestone]}</span>
      <span className="cycle-date" data-testid={`cycle-date-${milestone.milestone}`}>
        {date ? formatDate(date) : 'Not scheduled'}
      </span>
      <span className="cycle-when">
        <span className={`cycle-status status-${status}`}>{MILESTONE_STATUS_LABELS[status]}</span>
        {date && status !== 'done' && daysFromToday !== null && <span className="muted"> {relativeDays(daysFromToday)}</span>}
        {!date && latest && status !== 'done' && <span className="muted"> by {formatDate(latest)}</span>}
      </span>
    </li>
  );
}

function describe(milestone: CycleMilestone): string {
  const status = MILESTONE_STATUS_LABELS[milestone.status].toLowerCase();
  return milestone.date ? `${formatDate(milestone.date)}, ${status}` : `not scheduled, ${status}`;
}
