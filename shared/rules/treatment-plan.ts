import type { TreatmentAction } from '../domain/risk';

/** An open action past its due date, as of a YYYY-MM-DD day. */
export function isOverdue(action: Pick<TreatmentAction, 'status' | 'dueDate'>, asOf: string): boolean {
  return (action.status === 'planned' || action.status === 'in-progress') && action.dueDate !== null && action.dueDate < asOf;
}
