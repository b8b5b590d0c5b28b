import { IMPLEMENTATION_STATUS_LABELS, type SoaEntry } from '../../shared/domain/soa';

export function StatusPill({ entry }: { entry: SoaEntry }) {
  if (!entry.applicable) return <span className="pill pill-excluded">Not applicable</span>;
  return <span className={`pill status-${entry.status}`}>{IMPLEMENTATION_STATUS_LABELS[entry.status]}</span>;
}
