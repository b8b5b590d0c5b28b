import type { Soc2ControlView } from '../../shared/domain/soc2-readiness';
import { ControlStatusPill } from './soc2-pieces';
import { useListKeys } from '../components/use-list-keys';

interface Props {
  rows: Soc2ControlView[];
  selectedId: string | null;
  onSelect(id: string): void;
  onOpenDetail(): void;
}

/** The Annex A controls the criteria in scope rely on, with their SoA status and the criteria each serves. */
export function Soc2ControlList({ rows, selectedId, onSelect, onOpenDetail }: Props) {
  const selectedIndex = rows.findIndex((r) => r.controlId === selectedId);
  const { listRef, onKeyDown } = useListKeys(rows, selectedIndex, (row) => onSelect(row.controlId), onOpenDetail);
  return (
    <div ref={listRef} className="soc2-list" role="grid" aria-label="Annex A controls and the criteria they serve" tabIndex={0} onKeyDown={onKeyDown} data-testid="soc2-controls">
      <div className="soc2-row soc2-controls-row soc2-head" role="row">
        <span role="columnheader">Control</span>
        <span role="columnheader">Title</span>
        <span role="columnheader">SoA status</span>
        <span role="columnheader">Criteria it serves</span>
      </div>
      {rows.map((c) => (
        <div
          key={c.controlId}
          role="row"
          aria-selected={c.controlId === selectedId}
          data-control={c.controlId}
          className={`soc2-row soc2-controls-row${c.controlId === selectedId ? ' focused' : ''}`}
          onClick={() => onSelect(c.controlId)}
          onDoubleClick={onOpenDetail}
        >
          <span role="gridcell" className="soc2-id">
            A.{c.controlId}
          </span>
          <span role="gridcell" className="soc2-title" title={c.title}>
            {c.title}
          </span>
          <span role="gridcell">
            <ControlStatusPill applicable={c.applicable} status={c.status} />
          </span>
          <span role="gridcell" className="soc2-chips">
            {c.criteria.map((k) => (
              <span key={k.id} className={`soc2-chip soc2-criterion-chip soc2-chip-${k.status}`} title={`${k.id} ${k.title}`}>
                {k.id}
              </span>
            ))}
          </span>
        </div>
      ))}
    </div>
  );
}
