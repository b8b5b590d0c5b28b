import {
  ACTION_STATUSES,
  type ActionStatus,
  type Risk,
  type TreatmentAction,
  type TreatmentActionInput,
} from '../../shared/domain/risk';
import { isOverdue } from '../../shared/rules/treatment-plan';

export interface PlanFilter {
  query: string;
  /** A status, 'open' (planned or in progress), or 'all'. */
  status: ActionStatus | 'open' | 'all';
  /** An owner, '' for actions without one, or 'all'. */
  owner: string;
  overdueOnly: boolean;
}

export const EMPTY_PLAN_FILTER: PlanFilter = { query: '', status: 'all', owner: 'all', overdueOnly: false };

export function isPlanFiltered(filter: PlanFilter): boolean {
  return filter.query.trim() !== '' || filter.status !== 'all' || filter.owner !== 'all' || filter.overdueOnly;
}

export const isOpen = (action: Pick<TreatmentAction, 'status'>) => action.status === 'planned' || action.status === 'in-progress';

export interface PlanSummary {
  total: number;
  open: number;
  overdue: number;
  byStatus: Record<ActionStatus, number>;
}

export function planSummary(actions: readonly TreatmentAction[], asOf: string): PlanSummary {
  const byStatus = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
  let overdue = 0;
  for (const action of actions) {
    byStatus[action.status] += 1;
    if (isOverdue(action, asOf)) overdue += 1;
  }
  return { total: actions.length, open: byStatus.planned + byStatus['in-progress'], overdue, byStatus };
}

export function matchesPlanFilter(action: TreatmentAction, risk: Risk | undefined, filter: PlanFilter, asOf: string): boolean {
  if (filter.status === 'open' ? !isOpen(action) : filter.status !== 'all' && action.status !== filter.status) return false;
  if (filter.owner !== 'all' && action.owner !== filter.owner) return false;
  if (filter.overdueOnly && !isOverdue(action, asOf)) return false;
  const query = filter.query.trim().toLowerCase();
  if (query === '') return true;
  const haystack = [
    action.ref,
    action.title,
    action.owner,
    action.resources,
    action.completionEvidence,
    action.controlId ? `a.${action.controlId}` : '',
    risk?.ref ?? '',
    risk?.title ?? '',
  ]
    .join('\n')
    .toLowerCase();
  return query.split(/\s+/).every((word) => haystack.includes(word));
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Open actions first, soonest due first (undated after dated); finished ones after, by ref. */
export function compareActions(a: TreatmentAction, b: TreatmentAction): number {
  const openA = isOpen(a);
  const openB = isOpen(b);
  if (openA !== openB) return openA ? -1 : 1;
  if (openA && a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return collator.compare(a.ref, b.ref);
}

export interface PlanGroup {
  riskId: number;
  /** Null when the risk is not (yet) in the loaded register. */
  risk: Risk | null;
  actions: TreatmentAction[];
  overdue: number;
}

/** The actions that pass the filter, grouped by their risk in ref order. */
export function groupPlan(actions: readonly TreatmentAction[], risks: readonly Risk[], filter: PlanFilter, asOf: string): PlanGroup[] {
  const riskById = new Map(risks.map((r) => [r.id, r]));
  const groups = new Map<number, PlanGroup>();
  for (const action of actions) {
    const risk = riskById.get(action.riskId);
    if (!matchesPlanFilter(action, risk, filter, asOf)) continue;
    let group = groups.get(action.riskId);
    if (!group) groups.set(action.riskId, (group = { riskId: action.riskId, risk: risk ?? null, actions: [], overdue: 0 }));
    group.actions.push(action);
    if (isOverdue(action, asOf)) group.overdue += 1;
  }
  const list = [...groups.values()];
  for (const group of list) group.actions.sort(compareActions);
  return list.sort((a, b) => collator.compare(a.risk?.ref ?? '\uffff', b.risk?.ref ?? '\uffff'));
}

export type PlanRow =
  | { kind: 'group'; key: string; group: PlanGroup }
  | { kind: 'action'; key: string; action: TreatmentAction; overdue: boolean };

/** One flat list of group and action rows, for the virtualised table. */
export function planRows(groups: readonly PlanGroup[], asOf: string): PlanRow[] {
  return groups.flatMap((group) => [
    { kind: 'group' as const, key: `risk-${group.riskId}`, group },
    ...group.actions.map((action) => ({ kind: 'action' as const, key: `action-${action.id}`, action, overdue: isOverdue(action, asOf) })),
  ]);
}

/** Risks with a treatment that needs doing (not retained) and no action at all: gaps in the plan. */
export function risksWithoutActions(risks: readonly Risk[], actions: readonly Pick<TreatmentAction, 'riskId'>[]): Risk[] {
  const planned = new Set(actions.map((a) => a.riskId));
  return risks
    .filter((r) => r.treatment !== null && r.treatment !== 'retain' && r.status !== 'closed' && !planned.has(r.id))
    .sort((a, b) => collator.compare(a.ref, b.ref));
}

/** A new action for a risk: its owner, and its control when the risk names exactly one. */
export function newActionFor(risk: Pick<Risk, 'id' | 'owner' | 'controlIds'>, title: string): TreatmentActionInput {
  return {
    riskId: risk.id,
    title,
    controlId: risk.controlIds.length === 1 ? risk.controlIds[0]! : null,
    owner: risk.owner,
    resources: '',
    dueDate: null,
    status: 'planned',
    completionEvidence: '',
    completedOn: null,
  };
}

/** The patch for moving an action to another risk: its control goes if the new risk does not name it. */
export function moveToRisk(action: Pick<TreatmentAction, 'controlId'>, risk: Pick<Risk, 'id' | 'controlIds'>): Partial<TreatmentActionInput> {
  const keepControl = action.controlId !== null && risk.controlIds.includes(action.controlId);
  return { riskId: risk.id, controlId: keepControl ? action.controlId : null };
}
