import { useMemo, useRef, useState } from 'react';
import type { Risk } from '../../shared/domain/risk';
import { todayIso } from '../app/format';
import { useFocusRecord } from '../app/use-focus-record';
import { notify } from '../app/notice-store';
import { distinctValues } from '../assets/asset-filter';
import { useRisks } from '../risks/risk-store';
import { ActionEditor } from './ActionEditor';
import { AddActionForm } from './AddActionForm';
import {
  compareActions,
  EMPTY_PLAN_FILTER,
  groupPlan,
  isPlanFiltered,
  matchesPlanFilter,
  newActionFor,
  planRows,
  planSummary,
  risksWithoutActions,
  type PlanFilter,
} from './plan-grouping';
import { PlanSummaryStrip } from './PlanSummaryStrip';
import { PlanTable } from './PlanTable';
import { PlanToolbar } from './PlanToolbar';
import { usePlanView } from './plan-view-store';
import './treatment-plan.css';

/** The risk treatment plan (clauses 6.1.3 e and 8.3): actions grouped by risk, and the selected action's editor. */
export function TreatmentPlanScreen() {
  const { actions, risks, method, loaded, createAction, updateAction, deleteAction } = useRisks();
  const view = usePlanView();
  const [adding, setAdding] = useState<{ riskId: number | null } | null>(null);
  const [justAdded, setJustAdded] = useState<number | null>(null);
  const editorRef = useRef<HTMLInputElement>(null);
  const today = todayIso();

  const sortedRisks = useMemo(() => [...risks].sort((a, b) => a.ref.localeCompare(b.ref, undefined, { numeric: true })), [risks]);
  const groups = useMemo(() => groupPlan(actions, risks, view.filter, today), [actions, risks, view.filter, today]);
  const rows = useMemo(() => planRows(groups, today), [groups, today]);
  const shown = useMemo(() => groups.reduce((n, g) => n + g.actions.length, 0), [groups]);
  const summary = useMemo(() => planSummary(actions, today), [actions, today]);
  const gaps = useMemo(() => risksWithoutActions(risks, actions), [risks, actions]);
  const owners = useMemo(() => distinctValues([...actions.map((a) => a.owner), ...risks.map((r) => r.owner)]), [actions, risks]);
  const actionOwners = useMemo(() => distinctValues(actions.map((a) => a.owner)), [actions]);
  const firstShown = rows.find((r) => r.kind === 'action');
  const focused = actions.find((a) => a.id === view.focusedId) ?? (firstShown?.kind === 'action' ? firstShown.action : undefined);
  const focusedRisk = focused ? risks.find((r) => r.id === focused.riskId) : undefined;

  // A new filter that hides the action being edited moves the editor to the first action shown.
  const changeFilter = (patch: Partial<PlanFilter>) => {
    const next = { ...view.filter, ...patch };
    view.setFilter(patch);
    if (focused && !matchesPlanFilter(focused, focusedRisk, next, today)) {
      view.focus(groupPlan(actions, risks, next, today)[0]?.actions[0]?.id ?? null);
    }
  };

  const startAdding = (riskId: number | null) => setAdding({ riskId: riskId ?? focused?.riskId ?? gaps[0]?.id ?? null });

  const add = async (riskId: number, title: string) => {
    const risk = risks.find((r) => r.id === riskId);
    if (!risk) return false;
    const action = await createAction(newActionFor(risk, title));
    if (!action) return false;
    if (!matchesPlanFilter(action, risk, view.filter, today)) view.setFilter(EMPTY_PLAN_FILTER);
    setAdding(null);
    setJustAdded(action.id);
    view.focus(action.id);
    notify({ tone: 'success', text: `Added ${action.ref} to ${risk.ref}.` });
    return true;
  };

  const remove = async () => {
    if (!focused) return false;
    const ids = rows.flatMap((r) => (r.kind === 'action' ? [r.action.id] : []));
    const index = ids.indexOf(focused.id);
    const next = ids[index + 1] ?? ids[index - 1] ?? null;
    const deleted = await deleteAction(focused.id);
    if (deleted) {
      view.focus(next);
      notify({ tone: 'success', text: `Deleted ${focused.ref} ${focused.title}.` });
    }
    return deleted;
  };

  // A link names an action ("A-012"), or a risk ("R-004") whose treatment needs planning: select the action (or the
  // risk's first action), showing it even if the filters hid it; a risk with no action yet opens the form to add one.
  useFocusRecord('treatment-plan', loaded, (record) => {
    const risk = risks.find((r) => r.ref === record);
    const action = risk ? actions.filter((a) => a.riskId === risk.id).sort(compareActions)[0] : actions.find((a) => a.ref === record);
    if (risk && !action) {
      setAdding({ riskId: risk.id });
      return { selector: '.plan-screen form[aria-label="Add action"]' };
    }
    if (!action) return null;
    if (!matchesPlanFilter(action, risks.find((r) => r.id === action.riskId), view.filter, today)) view.setFilter(EMPTY_PLAN_FILTER);
    view.focus(action.id);
    return { selector: `.plan-table [data-action="${action.ref}"]`, then: () => editorRef.current?.focus() };
  });

  if (!loaded) return <div className="loading">Loading the treatment plan…</div>;

  return (
    <div className="screen plan-screen">
      <header className="screen-header">
        <div>
          <h1>Treatment plan</h1>
          <p className="muted">Risk treatment actions · clauses 6.1.3 e) and 8.3 · as of today</p>
        </div>
        <div className="header-actions">
          <button type="button" className="primary" onClick={() => startAdding(null)} disabled={risks.length === 0 || adding !== null}>
            Add action
          </button>
        </div>
      </header>

      {actions.length > 0 && (
        <PlanSummaryStrip
          summary={summary}
          gaps={gaps}
          onShowOverdue={() => changeFilter({ ...EMPTY_PLAN_FILTER, overdueOnly: true })}
          onPlanGap={(risk: Risk) => startAdding(risk.id)}
        />
      )}

      {adding && (
        <AddActionForm
          key={adding.riskId ?? 'none'}
          risks={sortedRisks}
          initialRiskId={adding.riskId}
          onAdd={add}
          onCancel={() => setAdding(null)}
        />
      )}

      {risks.length === 0 ? (
        <section className="empty-card" aria-label="No risks">
          <h2>No risks to treat yet</h2>
          <p>
            Treatment actions belong to risks. Identify and assess risks in the Risk register and choose how to treat each one; then plan here
            who does what, with which resources, by when.
          </p>
        </section>
      ) : actions.length === 0 ? (
        !adding && (
          <section className="empty-card" aria-label="No actions">
            <h2>No treatment actions yet</h2>
            <p>
              For each risk you modify, share or avoid, plan the actions that carry out the treatment: an owner, the resources, a due date,
              and the evidence once done. {gaps.length > 0 && `${gaps.length} of your risks ${gaps.length === 1 ? 'needs' : 'need'} one.`}
            </p>
            <div className="empty-actions">
              <button type="button" className="primary" onClick={() => startAdding(gaps[0]?.id ?? null)}>
                Add the first action
              </button>
            </div>
          </section>
        )
      ) : (
        <>
          <PlanToolbar filter={view.filter} owners={actionOwners} shown={shown} total={actions.length} onChange={changeFilter} />
          <div className="split">
            <PlanTable
              rows={rows}
              method={method}
              focusedId={focused?.id ?? null}
              onFocus={view.focus}
              onOpenEditor={() => editorRef.current?.focus()}
              onAddFor={(riskId) => startAdding(riskId)}
              onClearFilters={() => changeFilter(EMPTY_PLAN_FILTER)}
            />
            <aside className="detail plan-detail">
              {focused ? (
                <ActionEditor
                  key={focused.id}
                  ref={editorRef}
                  action={focused}
                  risk={focusedRisk}
                  risks={sortedRisks}
                  method={method}
                  owners={owners}
                  focusDueDate={justAdded === focused.id}
                  onSave={(patch) => updateAction(focused.id, patch)}
                  onDelete={remove}
                />
              ) : (
                <div className="empty-state">
                  <p>{isPlanFiltered(view.filter) ? 'No action matches the filters.' : 'Select an action to edit it.'}</p>
                </div>
              )}
            </aside>
          </div>
        </>
      )}
    </div>
  );
}
