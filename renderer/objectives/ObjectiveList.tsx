import { formatMeasure, formatTarget, type Objective } from '../../shared/domain/objectives';
import { sortMeasurements } from '../../shared/rules/objective-status';
import { formatDate } from '../app/format';
import type { ObjectiveRow } from './objective-view';
import { StandingChip } from './StandingChip';
import { useListKeys } from '../components/use-list-keys';

interface Props {
  rows: ObjectiveRow[];
  focusedId: number | null;
  onFocus(id: number): void;
  onOpenEditor(): void;
  onClearFilters(): void;
}

/** The last results as a tiny line, for the list: enough to see the direction at a glance. */
function Sparkline({ objective }: { objective: Objective }) {
  const values = sortMeasurements(objective.measurements)
    .slice(-8)
    .map((m) => m.value);
  if (values.length < 2) return <span className="objectives-spark-empty" aria-hidden="true" />;
  const all = objective.targetValue === null ? values : [...values, objective.targetValue];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const y = (v: number) => (max === min ? 9 : 16 - ((v - min) / (max - min)) * 14);
  const x = (i: number) => 2 + (i / (values.length - 1)) * 56;
  return (
    <svg className="objectives-spark" viewBox="0 0 60 18" aria-hidden="true">
      {objective.targetValue !== null && <line className="objectives-spark-target" x1="0" x2="60" y1={y(objective.targetValue)} y2={y(objective.targetValue)} />}
      <polyline points={values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
      <circle cx={x(values.length - 1)} cy={y(values.at(-1)!)} r="2" />
    </svg>
  );
}

export function ObjectiveList({ rows, focusedId, onFocus, onOpenEditor, onClearFilters }: Props) {
  const focusedIndex = rows.findIndex((r) => r.objective.id === focusedId);
  const { listRef, onKeyDown } = useListKeys(rows, focusedIndex, (row) => onFocus(row.objective.id), onOpenEditor);

  if (rows.length === 0) {
    return (
      <div className="empty-state objectives-list-empty">
        <h3>No objectives match</h3>
        <p>Change the search or the filters to see objectives again.</p>
        <button type="button" className="link-button" onClick={onClearFilters}>
          Clear filters
        </button>
      </div>
    );
  }

  return (
    <div ref={listRef} className="objectives-list" role="grid" aria-label="Objectives" tabIndex={0} onKeyDown={onKeyDown} data-testid="objective-list">
      {rows.map(({ objective, assessment }) => {
        const focused = objective.id === focusedId;
        const latest = assessment.latest;
        const classes = ['objectives-row', focused && 'focused', assessment.standing === 'off-target' && 'off-target', objective.status !== 'active' && 'closed'];
        return (
          <div
            key={objective.id}
            role="row"
            aria-selected={focused}
            data-objective={objective.ref}
            className={classes.filter(Boolean).join(' ')}
            onClick={() => onFocus(objective.id)}
            onDoubleClick={onOpenEditor}
          >
            <span role="gridcell" className="objectives-ref">
              {objective.ref}
            </span>
            <span role="gridcell" className="objectives-text">
              <span className="objectives-title" title={objective.objective}>
                {objective.objective}
              </span>
              <span className="objectives-meta muted">
                {objective.owner || 'No owner'}
                {objective.dueDate && ` · due ${formatDate(objective.dueDate)}`}
                {assessment.pastDue && <strong className="objectives-late"> · past due</strong>}
              </span>
            </span>
            <span role="gridcell" className="objectives-result">
              <strong>{latest ? formatMeasure(latest.value, objective.unit) : '—'}</strong>
              <span className="muted">{formatTarget(objective) || 'no target'}</span>
            </span>
            <span role="gridcell" className="objectives-trend">
              <Sparkline objective={objective} />
            </span>
            <span role="gridcell" className="objectives-standing">
              <StandingChip assessment={assessment} status={objective.status} />
            </span>
          </div>
        );
      })}
    </div>
  );
}
