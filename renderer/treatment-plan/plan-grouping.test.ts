import { describe, expect, it } from 'vitest';
import type { Risk, TreatmentAction } from '../../shared/domain/risk';
import {
  EMPTY_PLAN_FILTER,
  groupPlan,
  isPlanFiltered,
  matchesPlanFilter,
  moveToRisk,
  newActionFor,
  planRows,
  planSummary,
  risksWithoutActions,
} from './plan-grouping';

const TODAY = '2025-06-15';

const risk = (id: number, over: Partial<Risk> = {}): Risk => ({
  id,
  ref: `R-${id}`,
  title: `Risk ${id}`,
  description: '',
  assetIds: [],
  threat: '',
  vulnerability: '',
  owner: 'CISO',
  existingControls: '',
  inherentLikelihood: 4,
  inherentImpact: 4,
  treatment: 'modify',
  controlIds: ['8.13'],
  residualLikelihood: 2,
  residualImpact: 3,
  acceptedBy: '',
  acceptedOn: null,
  acceptanceRationale: '',
  status: 'treatment-planned',
  nextReview: null,
  inherentLevel: 'high',
  residualLevel: 'medium',
  ...over,
});

let nextId = 1;
const action = (riskId: number, over: Partial<TreatmentAction> = {}): TreatmentAction => {
  const id = nextId++;
  return {
    id,
    ref: `A-${id}`,
    riskId,
    title: `Action ${id}`,
    controlId: '8.13',
    owner: 'IT Lead',
    resources: '',
    dueDate: null,
    status: 'planned',
    completionEvidence: '',
    completedOn: null,
    ...over,
  };
};

describe('plan summary', () => {
  it('counts open, overdue (open and past due only), done and cancelled', () => {
    const summary = planSummary(
      [
        action(1, { dueDate: '2025-06-14' }),
        action(1, { dueDate: '2025-06-15', status: 'in-progress' }),
        action(1, { dueDate: '2025-01-01', status: 'done', completedOn: '2025-01-02' }),
        action(1, { dueDate: '2025-01-01', status: 'cancelled' }),
        action(1),
      ],
      TODAY,
    );
    expect(summary).toEqual({ total: 5, open: 3, overdue: 1, byStatus: { planned: 2, 'in-progress': 1, done: 1, cancelled: 1 } });
  });
});

describe('plan filter', () => {
  const r = risk(3, { title: 'Ransomware encrypts the file server' });

  it('searches the action and its risk, every word', () => {
    const a = action(3, { title: 'Immutable backups', resources: '£4k storage' });
    expect(matchesPlanFilter(a, r, { ...EMPTY_PLAN_FILTER, query: 'ransomware immutable' }, TODAY), 'risk + action').toBe(true);
    expect(matchesPlanFilter(a, r, { ...EMPTY_PLAN_FILTER, query: 'r-3' }, TODAY)).toBe(true);
    expect(matchesPlanFilter(a, r, { ...EMPTY_PLAN_FILTER, query: 'a.8.13' }, TODAY)).toBe(true);
    expect(matchesPlanFilter(a, r, { ...EMPTY_PLAN_FILTER, query: '£4k' }, TODAY)).toBe(true);
    expect(matchesPlanFilter(a, r, { ...EMPTY_PLAN_FILTER, query: 'phishing' }, TODAY)).toBe(false);
  });

  it('filters by status (open covers planned and in progress), owner and overdue', () => {
    const late = action(3, { dueDate: '2025-05-01', status: 'in-progress', owner: '' });
    const done = action(3, { dueDate: '2025-05-01', status: 'done' });
    expect(matchesPlanFilter(late, r, { ...EMPTY_PLAN_FILTER, status: 'open' }, TODAY)).toBe(true);
    expect(matchesPlanFilter(done, r, { ...EMPTY_PLAN_FILTER, status: 'open' }, TODAY)).toBe(false);
    expect(matchesPlanFilter(done, r, { ...EMPTY_PLAN_FILTER, status: 'done' }, TODAY)).toBe(true);
    expect(matchesPlanFilter(late, r, { ...EMPTY_PLAN_FILTER, owner: '' }, TODAY)).toBe(true);
    expect(matchesPlanFilter(late, r, { ...EMPTY_PLAN_FILTER, owner: 'IT Lead' }, TODAY)).toBe(false);
    expect(matchesPlanFilter(late, r, { ...EMPTY_PLAN_FILTER, overdueOnly: true }, TODAY)).toBe(true);
    expect(matchesPlanFilter(done, r, { ...EMPTY_PLAN_FILTER, overdueOnly: true }, TODAY)).toBe(false);
    expect(isPlanFiltered(EMPTY_PLAN_FILTER)).toBe(false);
    expect(isPlanFiltered({ ...EMPTY_PLAN_FILTER, overdueOnly: true })).toBe(true);
  });
});

describe('plan grouping', () => {
  const risks = [risk(10), risk(2), risk(9)];
  const actions = [
    action(10, { dueDate: '2025-09-01' }),
    action(2, { status: 'done', completedOn: '2025-03-01' }),
    action(2),
    action(2, { dueDate: '2025-07-01' }),
    action(2, { dueDate: '2025-05-01' }),
    action(77),
  ];

  it('groups by risk in ref order, open actions by due date, finished last, and counts overdue per group', () => {
    const groups = groupPlan(actions, risks, EMPTY_PLAN_FILTER, TODAY);
    expect(groups.map((g) => g.risk?.ref ?? null)).toEqual(['R-2', 'R-10', null]);
    expect(groups[0]!.actions.map((a) => [a.dueDate, a.status])).toEqual([
      ['2025-05-01', 'planned'],
      ['2025-07-01', 'planned'],
      [null, 'planned'],
      [null, 'done'],
    ]);
    expect(groups[0]!.overdue).toBe(1);
    expect(groups[2]!.riskId).toBe(77);
  });

  it('leaves out risks whose actions are all filtered away, and flattens to rows', () => {
    const groups = groupPlan(actions, risks, { ...EMPTY_PLAN_FILTER, overdueOnly: true }, TODAY);
    expect(groups.map((g) => g.riskId)).toEqual([2]);
    const rows = planRows(groups, TODAY);
    expect(rows.map((r) => r.kind)).toEqual(['group', 'action']);
    expect(rows[1]).toMatchObject({ kind: 'action', overdue: true });
  });

  it('groups 1,000 actions quickly', () => {
    const many = Array.from({ length: 1000 }, (_, i) => action((i % 150) + 1, { dueDate: `2025-0${(i % 9) + 1}-10` }));
    const manyRisks = Array.from({ length: 150 }, (_, i) => risk(i + 1));
    const started = performance.now();
    const rows = planRows(groupPlan(many, manyRisks, { ...EMPTY_PLAN_FILTER, query: 'action' }, TODAY), TODAY);
    expect(rows).toHaveLength(1150);
    expect(performance.now() - started).toBeLessThan(250);
  });
});

describe('plan helpers', () => {
  it('finds risks that need treatment but have no action', () => {
    const risks = [
      risk(1),
      risk(2, { treatment: 'retain' }),
      risk(3, { treatment: null }),
      risk(4, { status: 'closed' }),
      risk(5, { treatment: 'share' }),
    ];
    expect(risksWithoutActions(risks, [{ riskId: 1 }]).map((r) => r.ref)).toEqual(['R-5']);
  });

  it('starts a new action from the risk’s owner and single control', () => {
    expect(newActionFor(risk(1, { controlIds: ['5.15'], owner: 'CTO' }), 'Quarterly access review')).toMatchObject({
      riskId: 1,
      title: 'Quarterly access review',
      controlId: '5.15',
      owner: 'CTO',
      status: 'planned',
      dueDate: null,
    });
    expect(newActionFor(risk(1, { controlIds: ['5.15', '8.2'] }), 'x').controlId).toBeNull();
  });

  it('keeps the control when moving to a risk that names it, and drops it otherwise', () => {
    expect(moveToRisk({ controlId: '8.13' }, risk(4, { controlIds: ['8.13', '8.7'] }))).toEqual({ riskId: 4, controlId: '8.13' });
    expect(moveToRisk({ controlId: '8.13' }, risk(5, { controlIds: ['5.1'] }))).toEqual({ riskId: 5, controlId: null });
  });
});
