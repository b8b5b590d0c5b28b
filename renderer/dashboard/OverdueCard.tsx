import { OVERDUE_KIND_LABELS, type OverdueItem, type OverdueReport } from '../../shared/ipc/contract-dashboard';
import { formatDate, plural } from '../app/format';
import { useNavigation } from '../app/navigation-store';
import { CardError, CardSkeleton, DashboardCard } from './DashboardCard';
import type { Loaded } from './use-loaded';

const go = useNavigation.getState().go;

/** Everything past its date, most overdue first, each opening the record to act on. */
export function OverdueCard({ overdue }: { overdue: Loaded<OverdueReport> & { retry(): void } }) {
  const total = overdue.status === 'ready' ? overdue.value.total : null;
  return (
    <DashboardCard
      title="Overdue"
      area="overdue"
      busy={overdue.status === 'loading'}
      badge={
        total !== null && (
          <span className={`count-badge${total > 0 ? ' danger' : ' ok'}`} data-testid="overdue-count">
            {total.toLocaleString()}
          </span>
        )
      }
    >
      {overdue.status === 'loading' && <CardSkeleton lines={6} />}
      {overdue.status === 'error' && <CardError what="The overdue list" message={overdue.message} onRetry={overdue.retry} />}
      {overdue.status === 'ready' &&
        (overdue.value.items.length === 0 ? (
          <div className="dash-empty">
            <span className="dash-empty-mark" aria-hidden="true">
              ✓
            </span>
            <p>
              <strong>Nothing overdue</strong>
            </p>
            <p className="muted small">Every treatment action, corrective action, review, objective and audit is within its date.</p>
          </div>
        ) : (
          <>
            <ul className="overdue-list" aria-label="Overdue items">
              {overdue.value.items.map((item) => (
                <OverdueRow key={`${item.kind}-${item.ref ?? 'none'}`} item={item} />
              ))}
            </ul>
            {overdue.value.total > overdue.value.items.length && (
              <p className="muted small overdue-more">
                The {overdue.value.items.length} most overdue of {plural(overdue.value.total, 'item')}
              </p>
            )}
          </>
        ))}
    </DashboardCard>
  );
}

function OverdueRow({ item }: { item: OverdueItem }) {
  return (
    <li>
      <button type="button" className="overdue-row" onClick={() => go(item.link)} title={item.link.label} data-overdue={item.ref ?? item.kind}>
        <span className="overdue-days">
          {item.daysOverdue === null ? (
            'Never'
          ) : (
            <>
              <strong>{item.daysOverdue.toLocaleString()}</strong> {item.daysOverdue === 1 ? 'day' : 'days'}
            </>
          )}
        </span>
        <span className="overdue-text">
          <span className="overdue-kind">
            {OVERDUE_KIND_LABELS[item.kind]}
            {item.ref && <span className="dash-ref"> {item.ref}</span>}
          </span>
          <span className="overdue-title">{item.title}</span>
          <span className="overdue-meta">
            {item.owner || 'No owner'}
            {item.dueOn && ` · due ${formatDate(item.dueOn)}`}
          </span>
        </span>
      </button>
    </li>
  );
}
