import { OBJECTIVE_STATUS_LABELS, type ObjectiveStatus } from '../../shared/domain/objectives';
import { STANDING_LABELS, type ObjectiveAssessment } from '../../shared/rules/objective-status';

/** Where an objective stands: on or off target by its latest result, not measured, no target, or its closed status. */
export function StandingChip({ assessment, status }: { assessment: ObjectiveAssessment; status: ObjectiveStatus }) {
  const label = assessment.standing === 'closed' ? OBJECTIVE_STATUS_LABELS[status] : STANDING_LABELS[assessment.standing];
  const kind = assessment.standing === 'closed' ? status : assessment.standing;
  return <span className={`objectives-chip objectives-chip-${kind}`}>{label}</span>;
}
