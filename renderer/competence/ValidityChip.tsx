import { TRAINING_VALIDITY_LABELS, type TrainingValidity } from '../../shared/domain/competence';

/** Whether a record still counts: expired (red), expiring within 30 days (amber), valid, or not lapsing. */
export function ValidityChip({ validity }: { validity: TrainingValidity }) {
  return <span className={`competence-chip competence-chip-${validity}`}>{TRAINING_VALIDITY_LABELS[validity]}</span>;
}
