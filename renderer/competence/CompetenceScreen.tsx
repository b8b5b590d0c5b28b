import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { TRAINING_KINDS, TRAINING_KIND_LABELS, personKey, type RoleCompetences, type TrainingKind } from '../../shared/domain/competence';
import { plural, todayIso } from '../app/format';
import { notify } from '../app/notice-store';
import { exportWithDialog } from '../exports/export-actions';
import {
  EMPTY_RECORD_FILTER,
  WARNING_TEXT,
  distinct,
  isRecordFiltered,
  matchesRecordFilter,
  newRecord,
  summariseRecords,
  visibleRecords,
  type RecordFilter,
  type ValidityFilter,
} from './competence-view';
import { useCompetence } from './competence-store';
import { RecordEditor } from './RecordEditor';
import { RecordTable } from './RecordTable';
import { RoleCompetencesList } from './RoleCompetences';
import './competence.css';

/** Competence (7.2) and awareness (7.3): training, awareness and qualification records, and the competences each role requires. */
export function CompetenceScreen() {
  const store = useCompetence();
  const { records, roles, loaded, filter, tab } = store;
  const [creating, setCreating] = useState(false);
  const editorRef = useRef<HTMLInputElement>(null);
  const today = todayIso();

  useEffect(() => void useCompetence.getState().load(), []);

  const rows = useMemo(() => visibleRecords(records, filter, today), [records, filter, today]);
  const summary = useMemo(() => summariseRecords(records, today), [records, today]);
  const people = useMemo(() => distinct([...records.map((r) => r.person), ...roles.map((r) => r.holder.split(/[,(]/)[0]!)]), [records, roles]);
  const roleNames = useMemo(() => distinct([...roles.map((r) => r.title), ...records.map((r) => r.role)]), [records, roles]);
  const focused = records.find((r) => r.id === store.focusedId) ?? rows[0];
  const rolesWithout = roles.filter((r) => r.competences.length === 0).length;

  const changeFilter = (patch: Partial<RecordFilter>) => {
    const next = { ...filter, ...patch };
    store.setFilter(patch);
    if (focused && !matchesRecordFilter(focused, next, today)) store.focus(visibleRecords(records, next, today)[0]?.id ?? null);
  };

  const create = async (person: string, kind: TrainingKind, subject: string) => {
    const record = await store.createRecord(newRecord(person, kind, subject, records, today));
    if (!record) return false;
    if (!matchesRecordFilter(record, filter, today)) store.setFilter(EMPTY_RECORD_FILTER);
    setCreating(false);
    store.focus(record.id);
    notify({ tone: 'success', text: `Added ${record.ref} for ${record.person}. Check the dates and record the evidence.` });
    return true;
  };

  // A role's evidence: its holder's records when the holder is a person with records, else those filed under the role.
  const showRecordsFor = (role: RoleCompetences) => {
    const holder = records.find((r) => personKey(r.person) === personKey(role.holder))?.person;
    store.setFilter(holder ? { ...EMPTY_RECORD_FILTER, person: holder } : { ...EMPTY_RECORD_FILTER, query: role.title });
    store.focus(null);
    store.setTab('records');
  };

  const remove = async () => {
    if (!focused) return false;
    const index = rows.findIndex((r) => r.id === focused.id);
    const next = rows[index + 1] ?? rows[index - 1];
    const deleted = await store.deleteRecord(focused.id);
    if (deleted) {
      store.focus(next?.id ?? null);
      notify({ tone: 'success', text: `Deleted ${focused.ref}.` });
    }
    return deleted;
  };

  if (!loaded) return <div className="loading">Loading competence and awareness records…</div>;

  return (
    <div className="screen competence-screen">
      <header className="screen-header">
        <div>
          <h1>Competence and awareness</h1>
          <p className="muted">Required competences, training, awareness and qualifications · clauses 7.2 and 7.3</p>
        </div>
        <div className="header-actions">
          <button type="button" onClick={() => void exportWithDialog('competence')}>
            Export to Word
          </button>
          {tab === 'records' && (
            <button type="button" className="primary" onClick={() => setCreating(true)} disabled={creating}>
              New record
            </button>
          )}
        </div>
      </header>

      <div className="competence-tabs" role="tablist" aria-label="Competence views">
        <button type="button" role="tab" aria-selected={tab === 'records'} onClick={() => store.setTab('records')}>
          Training and awareness records <span className="competence-count">{records.length}</span>
        </button>
        <button type="button" role="tab" aria-selected={tab === 'roles'} onClick={() => store.setTab('roles')}>
          Role competences <span className="competence-count">{roles.length}</span>
          {rolesWithout > 0 && <span className="competence-count warn" title={`${plural(rolesWithout, 'role')} without competences`}>{rolesWithout}</span>}
        </button>
      </div>

      {tab === 'roles' ? (
        <RoleCompetencesList roles={roles} records={records} asOf={today} onSave={store.setRoleCompetences} onShowRecords={showRecordsFor} />
      ) : (
        <>
          {records.length > 0 && (
            <section className="progress-strip" aria-label="Records summary">
              <div className="progress-figures">
                <Figure value={summary.total} label="records" testId="records-total" />
                <Figure value={summary.people} label={summary.people === 1 ? 'person' : 'people'} testId="records-people" />
                <Figure value={summary.expired} label="expired" testId="records-expired" tone={summary.expired > 0 ? 'danger' : undefined} />
                <Figure value={summary.expiring} label={`expire ${WARNING_TEXT}`} testId="records-expiring" tone={summary.expiring > 0 ? 'warn' : undefined} />
                <Figure value={summary.withoutEvidence} label="without evidence" testId="records-no-evidence" tone={summary.withoutEvidence > 0 ? 'warn' : undefined} />
                {summary.expired + summary.expiring > 0 && (
                  <button type="button" className="competence-attention" onClick={() => changeFilter({ ...EMPTY_RECORD_FILTER, validity: 'attention' })}>
                    Show records to renew
                  </button>
                )}
              </div>
            </section>
          )}
          {creating && <NewRecordForm people={people} onCreate={create} onCancel={() => setCreating(false)} />}
          {records.length === 0 ? (
            !creating && (
              <section className="empty-card" aria-label="No records">
                <h2>No training or awareness records yet</h2>
                <p>
                  Record who completed which training, awareness session or qualification, when, when it must be renewed, and where the
                  evidence is. Records about to lapse are flagged {WARNING_TEXT} of expiry.
                </p>
                <div className="empty-actions">
                  <button type="button" className="primary" onClick={() => setCreating(true)}>
                    Add the first record
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
                  placeholder="Search people, roles, subjects, evidence"
                  aria-label="Search records"
                  value={filter.query}
                  onChange={(e) => changeFilter({ query: e.target.value })}
                  onKeyDown={(e) => e.key === 'Escape' && changeFilter({ query: '' })}
                />
                <select aria-label="Filter by kind" value={filter.kind} onChange={(e) => changeFilter({ kind: e.target.value as TrainingKind | 'all' })}>
                  <option value="all">Any kind</option>
                  {TRAINING_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {TRAINING_KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
                <select aria-label="Filter by expiry" value={filter.validity} onChange={(e) => changeFilter({ validity: e.target.value as ValidityFilter })}>
                  <option value="all">Any expiry</option>
                  <option value="attention">To renew (expired or expiring)</option>
                  <option value="expired">Expired</option>
                  <option value="expiring">Expires {WARNING_TEXT}</option>
                  <option value="valid">Valid</option>
                  <option value="no-expiry">Does not expire</option>
                </select>
                <select aria-label="Filter by person" value={filter.person} onChange={(e) => changeFilter({ person: e.target.value })}>
                  <option value="all">Anyone</option>
                  {distinct(records.map((r) => r.person)).map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </select>
                <span className="muted shown-count" aria-live="polite">
                  {rows.length === records.length ? plural(records.length, 'record') : `${rows.length} of ${records.length} shown`}
                </span>
                {isRecordFiltered(filter) && (
                  <button type="button" className="link-button" onClick={() => changeFilter(EMPTY_RECORD_FILTER)}>
                    Clear filters
                  </button>
                )}
              </div>
              <div className="split">
                <RecordTable rows={rows} asOf={today} focusedId={focused?.id ?? null} onFocus={store.focus} onOpenEditor={() => editorRef.current?.focus()} onClearFilters={() => changeFilter(EMPTY_RECORD_FILTER)} />
                <aside className="detail competence-detail">
                  {focused ? (
                    <RecordEditor key={focused.id} ref={editorRef} record={focused} asOf={today} people={people} roles={roleNames} onSave={(patch) => store.updateRecord(focused.id, patch)} onDelete={remove} />
                  ) : (
                    <div className="empty-state">
                      <p>{isRecordFiltered(filter) ? 'No record matches the filters.' : 'Select a record to edit it.'}</p>
                    </div>
                  )}
                </aside>
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}

function Figure({ value, label, testId, tone }: { value: number; label: string; testId: string; tone?: 'danger' | 'warn' }) {
  return (
    <div className={`figure${tone ? ` figure-${tone}` : ''}`} data-testid={testId}>
      <strong>{value.toLocaleString()}</strong>
      <span>{label}</span>
    </div>
  );
}

/** The inline form for a new record: who, what kind, and the subject; the dates and evidence follow in the editor. */
function NewRecordForm({ people, onCreate, onCancel }: { people: string[]; onCreate(person: string, kind: TrainingKind, subject: string): Promise<boolean>; onCancel(): void }) {
  const [person, setPerson] = useState('');
  const [kind, setKind] = useState<TrainingKind>('training');
  const [subject, setSubject] = useState('');
  const [busy, setBusy] = useState(false);
  const ready = person.trim() !== '' && subject.trim() !== '' && !busy;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    await onCreate(person, kind, subject);
    setBusy(false);
  };
  return (
    <form className="inline-form" aria-label="New record" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <input autoFocus list="competence-new-people" value={person} maxLength={120} placeholder="Person" aria-label="Person" onChange={(e) => setPerson(e.target.value)} />
      <datalist id="competence-new-people">
        {people.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <select aria-label="Kind" value={kind} onChange={(e) => setKind(e.target.value as TrainingKind)}>
        {TRAINING_KINDS.map((k) => (
          <option key={k} value={k}>
            {TRAINING_KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <input className="competence-new-subject" value={subject} maxLength={300} placeholder="Subject, e.g. Security and GDPR awareness (annual)" aria-label="Subject" onChange={(e) => setSubject(e.target.value)} />
      <button type="submit" className="primary" disabled={!ready}>
        Add record
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
