import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { BLANK_OBJECTIVE, OBJECTIVE_STATUSES, OBJECTIVE_STATUS_LABELS, type ObjectiveStatus } from '../../shared/domain/objectives';
import { summariseObjectives } from '../../shared/rules/objective-status';
import { plural, todayIso } from '../app/format';
import { notify } from '../app/notice-store';
import { useFocusRecord } from '../app/use-focus-record';
import { exportWithDialog } from '../exports/export-actions';
import { EMPTY_OBJECTIVE_FILTER, distinctOwners, isObjectiveFiltered, matchesObjectiveFilter, visibleObjectives } from './objective-view';
import { ObjectiveEditor } from './ObjectiveEditor';
import { ObjectiveList } from './ObjectiveList';
import { useObjectives } from './objectives-store';
import './objectives.css';

/** Information security objectives (6.2) and their measurement over time (9.1): a list and the selected objective's editor. */
export function ObjectivesScreen() {
  const store = useObjectives();
  const { objectives, loaded, filter } = store;
  const [creating, setCreating] = useState(false);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const today = todayIso();

  useEffect(() => void useObjectives.getState().load(), []);

  const rows = useMemo(() => visibleObjectives(objectives, filter, today), [objectives, filter, today]);
  const summary = useMemo(() => summariseObjectives(objectives, today), [objectives, today]);
  const owners = useMemo(() => distinctOwners(objectives), [objectives]);
  const focused = objectives.find((o) => o.id === store.focusedId) ?? rows[0]?.objective;

  const changeFilter = (patch: Partial<typeof filter>) => {
    const next = { ...filter, ...patch };
    store.setFilter(patch);
    if (focused && !matchesObjectiveFilter(focused, next, today)) store.focus(visibleObjectives(objectives, next, today)[0]?.objective.id ?? null);
  };

  const create = async (text: string) => {
    const objective = await store.create({ ...BLANK_OBJECTIVE, objective: text });
    if (!objective) return false;
    if (!matchesObjectiveFilter(objective, filter, today)) store.setFilter(EMPTY_OBJECTIVE_FILTER);
    setCreating(false);
    store.focus(objective.id);
    notify({ tone: 'success', text: `Added ${objective.ref}. Now give it a measure, a target and an owner.` });
    return true;
  };

  const remove = async () => {
    if (!focused) return false;
    const index = rows.findIndex((r) => r.objective.id === focused.id);
    const next = rows[index + 1] ?? rows[index - 1];
    const deleted = await store.remove(focused.id);
    if (deleted) {
      store.focus(next?.objective.id ?? null);
      notify({ tone: 'success', text: `Deleted ${focused.ref}.` });
    }
    return deleted;
  };

  // A link names an objective by its reference ("OBJ-003"): select it, showing it even if the filters hid it.
  useFocusRecord('objectives', loaded, (record) => {
    const objective = objectives.find((o) => o.ref === record);
    if (!objective) return null;
    if (!matchesObjectiveFilter(objective, filter, today)) store.setFilter(EMPTY_OBJECTIVE_FILTER);
    store.focus(objective.id);
    return { selector: `[data-objective="${objective.ref}"]`, then: () => editorRef.current?.focus() };
  });

  if (!loaded) return <div className="loading">Loading the objectives…</div>;

  return (
    <div className="screen objectives-screen">
      <header className="screen-header">
        <div>
          <h1>Objectives</h1>
          <p className="muted">
            Information security objectives and their measurement · clauses 6.2 and 9.1 ·{' '}
            <span data-testid="objective-count">{plural(objectives.length, 'objective')}</span>
          </p>
        </div>
        <div className="header-actions">
          <button type="button" onClick={() => void exportWithDialog('objectives')} disabled={objectives.length === 0}>
            Export to Word
          </button>
          <button type="button" className="primary" onClick={() => setCreating(true)} disabled={creating}>
            New objective
          </button>
        </div>
      </header>

      {objectives.length > 0 && (
        <section className="progress-strip objectives-summary" aria-label="Objectives summary">
          <div className="progress-figures">
            <Figure value={summary.active} label="active" testId="objectives-active" />
            <Figure value={summary.onTarget} label="on target" testId="objectives-on-target" tone={summary.onTarget > 0 ? 'ok' : undefined} />
            <Figure value={summary.offTarget} label="off target" testId="objectives-off-target" tone={summary.offTarget > 0 ? 'danger' : undefined} />
            <Figure value={summary.notMeasured} label="not measured yet" testId="objectives-not-measured" />
            <Figure value={summary.pastDue} label="past due" testId="objectives-past-due" tone={summary.pastDue > 0 ? 'danger' : undefined} />
            {summary.offTarget + summary.pastDue + summary.notMeasured > 0 && (
              <button type="button" className="objectives-attention" onClick={() => changeFilter({ ...EMPTY_OBJECTIVE_FILTER, attentionOnly: true })}>
                Show what needs attention
              </button>
            )}
          </div>
        </section>
      )}

      {creating && <NewObjectiveForm onCreate={create} onCancel={() => setCreating(false)} />}

      {objectives.length === 0 ? (
        !creating && (
          <section className="empty-card" aria-label="No objectives">
            <h2>No objectives yet</h2>
            <p>
              Objectives say what information security should achieve this year, in terms you can measure: for example a phishing click rate
              at most 5%, or 95% of critical vulnerabilities fixed within 7 days. Give each one an owner, resources, a due date and a way to
              evaluate it, then record results as they come in.
            </p>
            <div className="empty-actions">
              <button type="button" className="primary" onClick={() => setCreating(true)}>
                Add the first objective
              </button>
            </div>
          </section>
        )
      ) : (
        <>
          <div className="toolbar" role="search">
            <input
              type="search"
              className="search"
              placeholder="Search objectives, measures, owners"
              aria-label="Search objectives"
              value={filter.query}
              onChange={(e) => changeFilter({ query: e.target.value })}
              onKeyDown={(e) => e.key === 'Escape' && changeFilter({ query: '' })}
            />
            <select aria-label="Filter by status" value={filter.status} onChange={(e) => changeFilter({ status: e.target.value as ObjectiveStatus | 'all' })}>
              <option value="all">Any status</option>
              {OBJECTIVE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {OBJECTIVE_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
            <label className="check-filter">
              <input type="checkbox" checked={filter.attentionOnly} onChange={(e) => changeFilter({ attentionOnly: e.target.checked })} />
              Needs attention
            </label>
            <span className="muted shown-count" aria-live="polite">
              {rows.length === objectives.length ? plural(objectives.length, 'objective') : `${rows.length} of ${objectives.length} shown`}
            </span>
            {isObjectiveFiltered(filter) && (
              <button type="button" className="link-button" onClick={() => changeFilter(EMPTY_OBJECTIVE_FILTER)}>
                Clear filters
              </button>
            )}
          </div>
          <div className="split">
            <ObjectiveList
              rows={rows}
              focusedId={focused?.id ?? null}
              onFocus={store.focus}
              onOpenEditor={() => editorRef.current?.focus()}
              onClearFilters={() => changeFilter(EMPTY_OBJECTIVE_FILTER)}
            />
            <aside className="detail objectives-detail">
              {focused ? (
                <ObjectiveEditor
                  key={focused.id}
                  ref={editorRef}
                  objective={focused}
                  owners={owners}
                  onSave={(patch) => store.update(focused.id, patch)}
                  onDelete={remove}
                  onAddMeasurement={store.addMeasurement}
                  onDeleteMeasurement={store.deleteMeasurement}
                />
              ) : (
                <div className="empty-state">
                  <p>{isObjectiveFiltered(filter) ? 'No objective matches the filters.' : 'Select an objective to edit it.'}</p>
                </div>
              )}
            </aside>
          </div>
        </>
      )}
    </div>
  );
}

function Figure({ value, label, testId, tone }: { value: number; label: string; testId: string; tone?: 'danger' | 'ok' }) {
  return (
    <div className={`figure${tone ? ` figure-${tone}` : ''}`} data-testid={testId}>
      <strong>{value.toLocaleString()}</strong>
      <span>{label}</span>
    </div>
  );
}

/** The inline prompt for a new objective: Enter creates, Escape cancels. */
function NewObjectiveForm({ onCreate, onCancel }: { onCreate(text: string): Promise<boolean>; onCancel(): void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '' || busy) return;
    setBusy(true);
    await onCreate(text.trim());
    setBusy(false);
  };
  return (
    <form className="inline-form" aria-label="New objective" onSubmit={(e) => void submit(e)}>
      <label className="inline-form-field">
        <span>New objective</span>
        <input
          autoFocus
          value={text}
          maxLength={500}
          placeholder="What should be achieved, e.g. Keep the phishing click rate at or below 5%"
          aria-label="The new objective"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        />
      </label>
      <button type="submit" className="primary" disabled={text.trim() === '' || busy}>
        Create objective
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
