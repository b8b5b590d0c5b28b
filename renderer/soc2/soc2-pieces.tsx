import { IMPLEMENTATION_STATUS_LABELS, type ImplementationStatus } from '../../shared/domain/soa';
import type { CriterionReadinessStatus } from '../../shared/domain/soc2-readiness';
import { CRITERION_STATUS_LABELS } from '../../shared/rules/soc2-readiness';
import { useNavigation } from '../app/navigation-store';

/** Opens the control in the Statement of Applicability, where its decision and status are kept. */
export function openInSoa(controlId: string): void {
  useNavigation.getState().go({ screen: 'soa', record: controlId, label: `Open A.${controlId} in the Statement of Applicability` });
}

/** The SoA decision on a control, in the SoA screen's colours. */
export function ControlStatusPill({ applicable, status }: { applicable: boolean; status: ImplementationStatus }) {
  if (!applicable) return <span className="pill pill-excluded">Excluded</span>;
  return <span className={`pill status-${status}`}>{IMPLEMENTATION_STATUS_LABELS[status]}</span>;
}

export function CriterionStatusChip({ status }: { status: CriterionReadinessStatus }) {
  return <span className={`soc2-status soc2-status-${status}`}>{CRITERION_STATUS_LABELS[status]}</span>;
}

/** A bar from 0 to 100% in the colour of the status. */
export function ReadinessBar({ value, status, label }: { value: number; status: CriterionReadinessStatus; label: string }) {
  return (
    <span className="soc2-bar" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} aria-label={label}>
      <span className={`soc2-bar-fill soc2-fill-${status}`} style={{ width: `${value}%` }} />
    </span>
  );
}

/** A control as a small chip in a table row: its number, coloured by its SoA status; a click opens it in the SoA. */
export function ControlChip({ controlId, title, applicable, status }: { controlId: string; title: string; applicable: boolean; status: ImplementationStatus }) {
  const state = applicable ? status : 'excluded';
  const label = applicable ? IMPLEMENTATION_STATUS_LABELS[status] : 'Excluded';
  return (
    <button
      type="button"
      tabIndex={-1}
      className={`soc2-chip soc2-chip-${state}`}
      title={`A.${controlId} ${title}: ${label}. Open it in the Statement of Applicability.`}
      onClick={(event) => {
        event.stopPropagation();
        openInSoa(controlId);
      }}
    >
      A.{controlId}
    </button>
  );
}
