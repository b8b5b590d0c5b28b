import { TRAINING_KIND_LABELS, trainingValidity, type TrainingRecord } from '../../shared/domain/competence';
import { formatDate } from '../app/format';
import { ValidityChip } from './ValidityChip';
import { useListKeys } from '../components/use-list-keys';

interface Props {
  rows: TrainingRecord[];
  asOf: string;
  focusedId: number | null;
  onFocus(id: number): void;
  onOpenEditor(): void;
  onClearFilters(): void;
}

/** The training, awareness and qualification records, most recent first; expired and soon-expiring ones flagged. */
export function RecordTable({ rows, asOf, focusedId, onFocus, onOpenEditor, onClearFilters }: Props) {
  const index = rows.findIndex((r) => r.id === focusedId);
  const { listRef: ref, onKeyDown } = useListKeys(rows, index, (row) => onFocus(row.id), onOpenEditor);

  if (rows.length === 0) {
    return (
      <div className="empty-state competence-table-empty">
        <h3>No records match</h3>
        <p>Change the search or the filters to see records again.</p>
        <button type="button" className="link-button" onClick={onClearFilters}>
          Clear filters
        </button>
      </div>
    );
  }

  return (
    <div ref={ref} className="competence-table" role="grid" aria-label="Training and awareness records" tabIndex={0} onKeyDown={onKeyDown} data-testid="record-table">
      <div className="competence-row competence-head" role="row">
        {['Person', 'Kind', 'Subject', 'Completed', 'Expires', 'Status'].map((label) => (
          <span key={label} role="columnheader">
            {label}
          </span>
        ))}
      </div>
      {rows.map((record) => {
        const validity = trainingValidity(record, asOf);
        const focused = record.id === focusedId;
        return (
          <div
            key={record.id}
            role="row"
            aria-selected={focused}
            data-record={record.ref}
            className={`competence-row${focused ? ' focused' : ''} competence-${validity}`}
            onClick={() => onFocus(record.id)}
            onDoubleClick={onOpenEditor}
          >
            <span role="gridcell" className="competence-person">
              <strong>{record.person}</strong>
              <span className="muted">{record.role || '—'}</span>
            </span>
            <span role="gridcell">{TRAINING_KIND_LABELS[record.kind]}</span>
            <span role="gridcell" className="competence-subject" title={record.subject}>
              {record.subject}
            </span>
            <span role="gridcell" className="nowrap">
              {formatDate(record.completedOn)}
            </span>
            <span role="gridcell" className="nowrap competence-expires">
              {record.expiresOn ? formatDate(record.expiresOn) : <span className="muted">—</span>}
            </span>
            <span role="gridcell">
              <ValidityChip validity={validity} />
            </span>
          </div>
        );
      })}
    </div>
  );
}
