import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { BLANK_NONCONFORMITY, NC_STATUSES, NC_STATUS_LABELS } from '../../shared/domain/nonconformity';
import { plural, todayIso } from '../app/format';
import { notify } from '../app/notice-store';
import { useFocusRecord } from '../app/use-focus-record';
import { distinctValues } from '../assets/asset-filter';
import { exportWithDialog } from '../exports/export-actions';
import { NcEditor } from './NcEditor';
import { NcTable } from './NcTable';
import { EMPTY_NC_FILTER, isNcFiltered, matchesNcFilter, summariseNonconformities, type NcFilter } from './nc-filter';
import { useNonconformities } from './nonconformity-store';
import './nonconformities.css';

/** The nonconformity and corrective action register (clause 10.2): summary, filters, the register and the editor. */
export function NonconformitiesScreen() {
  const { nonconformities, loaded, focusedId, focus, create, update, remove } = useNonconformities();
  const [filter, setFilter] = useState<NcFilter>(EMPTY_NC_FILTER);
  const [creating, setCreating] = useState(false);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const today = todayIso();

  useEffect(() => void useNonconformities.getState().load(), []);

  const rows = useMemo(() => nonconformities.filter((nc) => matchesNcFilter(nc, filter, today)), [nonconformities, filter, today]);
  const summary = useMemo(() => summariseNonconformities(nonconformities, today), [nonconformities, today]);
  const owners = useMemo(() => distinctValues(nonconformities.map((nc) => nc.owner)), [nonconformities]);
  const focused = nonconformities.find((nc) => nc.id === focusedId) ?? rows[0];

  const changeFilter = (patch: Partial<NcFilter>) => {
    const next = { ...filter, ...patch };
    setFilter(next);
    if (focused && !matchesNcFilter(focused, next, today)) focus(nonconformities.find((nc) => matchesNcFilter(nc, next, today))?.id ?? null);
  };

  const add = async (description: string) => {
    const nc = await create({ ...BLANK_NONCONFORMITY, raisedOn: today, description });
    if (!nc) return false;
    setFilter(EMPTY_NC_FILTER);
    setCreating(false);
    focus(nc.id);
    notify({ tone: 'success', text: `Recorded ${nc.ref}.` });
    return true;
  };

  const removeFocused = async () => {
    if (!focused) return false;
    const index = rows.findIndex((r) => r.id === focused.id);
    const next = rows[index + 1] ?? rows[index - 1] ?? null;
    const deleted = await remove(focused.id);
    if (deleted) {
      focus(next?.id ?? null);
      notify({ tone: 'success', text: `Deleted ${focused.ref}.` });
    }
    return deleted;
  };

  // A link names a nonconformity by its reference ("NC-002"): select it, showing it even if the filters hid it.
  useFocusRecord('nonconformities', loaded, (record) => {
    const nc = nonconformities.find((n) => n.ref === record);
    if (!nc) return null;
    if (!matchesNcFilter(nc, filter, today)) setFilter(EMPTY_NC_FILTER);
    focus(nc.id);
    return { selector: `[data-nc="${nc.ref}"]`, then: () => editorRef.current?.focus() };
  });

  if (!loaded) return <div className="loading">Loading the nonconformity register…</div>;

  return (
    <div className="screen nc-screen">
      <header className="screen-header">
        <div>
          <h1>Nonconformities</h1>
          <p className="muted">
            Nonconformity and corrective action register · clause 10.2 · <span data-testid="nc-count">{plural(nonconformities.length, 'nonconformity', 'nonconformities')}</span>
          </p>
        </div>
        <div className="header-actions">
          <button type="button" onClick={() => void exportWithDialog('nonconformities')}>
            Export Word…
          </button>
          <button type="button" onClick={() => void exportWithDialog('nonconformities-xlsx')}>
            Export Excel…
          </button>
          <button type="button" className="primary" onClick={() => setCreating(true)} disabled={creating}>
            New nonconformity
          </button>
        </div>
      </header>

      {nonconformities.length > 0 && (
        <section className="progress-strip" aria-label="Register summary">
          <div className="progress-figures">
            {NC_STATUSES.map((s) => (
              <div key={s} className="figure" data-testid={`nc-${s}`}>
                <strong>{summary.byStatus[s]}</strong>
                <span>{NC_STATUS_LABELS[s].toLowerCase()}</span>
              </div>
            ))}
            <span className="plan-chips">
              {summary.awaitingReview > 0 && <span className="attention-chip">{summary.awaitingReview} awaiting effectiveness review</span>}
              {summary.overdue > 0 ? (
                <button type="button" className="overdue-chip" onClick={() => changeFilter({ ...EMPTY_NC_FILTER, overdueOnly: true })} data-testid="nc-overdue">
                  Show {summary.overdue} overdue
                </button>
              ) : (
                <span className="ok-chip">Nothing overdue</span>
              )}
            </span>
          </div>
        </section>
      )}

      {creating && <NewNcForm onAdd={add} onCancel={() => setCreating(false)} />}

      {nonconformities.length === 0 ? (
        !creating && (
          <section className="empty-card" aria-label="No nonconformities">
            <h2>No nonconformities recorded</h2>
            <p>
              Record each nonconformity found by an audit, an incident, a management review or a complaint: the correction, the root cause,
              the corrective action with an owner and a due date, and the review that shows the action worked. Audit findings raise theirs
              from the Internal audit screen in one click.
            </p>
            <div className="empty-actions">
              <button type="button" className="primary" onClick={() => setCreating(true)}>
                Record a nonconformity
              </button>
            </div>
          </section>
        )
      ) : (
        <>
          <div className="toolbar" role="search">
            <input type="search" className="search" placeholder="Search nonconformities, causes, actions, owners" aria-label="Search nonconformities" value={filter.query} onChange={(e) => changeFilter({ query: e.target.value })} />
            <select aria-label="Filter by status" value={filter.status} onChange={(e) => changeFilter({ status: e.target.value as NcFilter['status'] })}>
              <option value="all">Any status</option>
              <option value="not-closed">Not closed</option>
              {NC_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {NC_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
            <label className="check-filter">
              <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => changeFilter({ overdueOnly: e.target.checked })} />
              Overdue only
            </label>
            <span className="muted shown-count">{rows.length === nonconformities.length ? plural(rows.length, 'nonconformity', 'nonconformities') : `${rows.length} of ${nonconformities.length} shown`}</span>
            {isNcFiltered(filter) && (
              <button type="button" className="link-button" onClick={() => changeFilter(EMPTY_NC_FILTER)}>
                Clear filters
              </button>
            )}
          </div>
          <div className="split">
            <NcTable rows={rows} today={today} focusedId={focused?.id ?? null} onFocus={focus} onOpenEditor={() => editorRef.current?.focus()} onClearFilters={() => changeFilter(EMPTY_NC_FILTER)} />
            <aside className="detail nc-detail">
              {focused ? (
                <NcEditor key={focused.id} ref={editorRef} nc={focused} owners={owners} onSave={(patch) => update(focused.id, patch)} onDelete={removeFocused} />
              ) : (
                <div className="empty-state">
                  <p>{isNcFiltered(filter) ? 'No nonconformity matches the filters.' : 'Select a nonconformity to edit it.'}</p>
                </div>
              )}
            </aside>
          </div>
        </>
      )}
    </div>
  );
}

function NewNcForm({ onAdd, onCancel }: { onAdd(description: string): Promise<boolean>; onCancel(): void }) {
  const [description, setDescription] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (description.trim() !== '' && (await onAdd(description.trim()))) setDescription('');
  };
  return (
    <form className="inline-form" aria-label="New nonconformity" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <label className="inline-form-field nc-new-field">
        <span>Nonconformity</span>
        <input autoFocus value={description} maxLength={4000} placeholder="What requirement was not met" aria-label="Description of the new nonconformity" onChange={(e) => setDescription(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={description.trim() === ''}>
        Record
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
