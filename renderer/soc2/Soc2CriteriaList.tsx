import type { Soc2CriterionReadiness } from '../../shared/domain/soc2-readiness';
import { ControlChip, CriterionStatusChip, ReadinessBar } from './soc2-pieces';
import { useListKeys } from '../components/use-list-keys';

interface Props {
  rows: Soc2CriterionReadiness[];
  selectedId: string | null;
  onSelect(id: string): void;
  onOpenDetail(): void;
}

/** The criteria in scope: id, title, readiness, status and the mapped controls as chips. */
export function Soc2CriteriaList({ rows, selectedId, onSelect, onOpenDetail }: Props) {
  const selectedIndex = rows.findIndex((r) => r.id === selectedId);
  const { listRef, onKeyDown } = useListKeys(rows, selectedIndex, (row) => onSelect(row.id), onOpenDetail);
  return (
    <div ref={listRef} className="soc2-list" role="grid" aria-label="SOC 2 criteria" tabIndex={0} onKeyDown={onKeyDown} data-testid="soc2-criteria">
      <div className="soc2-row soc2-criteria-row soc2-head" role="row">
        <span role="columnheader">Criterion</span>
        <span role="columnheader">Title</span>
        <span role="columnheader">Readiness</span>
        <span role="columnheader">Status</span>
        <span role="columnheader">Mapped ISO 27001 controls</span>
      </div>
      {rows.map((c) => (
        <div
          key={c.id}
          role="row"
          aria-selected={c.id === selectedId}
          data-criterion={c.id}
          className={`soc2-row soc2-criteria-row${c.id === selectedId ? ' focused' : ''}`}
          onClick={() => onSelect(c.id)}
          onDoubleClick={onOpenDetail}
        >
          <span role="gridcell" className="soc2-id">
            {c.id}
          </span>
          <span role="gridcell" className="soc2-title" title={c.title}>
            {c.title}
          </span>
          <span role="gridcell" className="soc2-figure">
            <ReadinessBar value={c.readiness} status={c.status} label={`${c.id} readiness`} />
            <strong data-testid="criterion-readiness">{c.readiness}%</strong>
          </span>
          <span role="gridcell">
            <CriterionStatusChip status={c.status} />
          </span>
          <span role="gridcell" className="soc2-chips">
            {c.controls.map((m) => (
              <ControlChip key={m.controlId} controlId={m.controlId} title={m.title} applicable={m.applicable} status={m.status} />
            ))}
            {c.beyondIso && (
              <span className={`soc2-chip soc2-chip-beyond${c.beyondIso.inPlace ? ' in-place' : ''}`} title={c.beyondIso.inPlace ? 'SOC 2-specific practice in place' : 'SOC 2 expects more than the ISO controls'}>
                + SOC 2
              </span>
            )}
          </span>
        </div>
      ))}
    </div>
  );
}
