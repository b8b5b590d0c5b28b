import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { BLANK_PARTY, PARTY_CATEGORY_LABELS, summariseRequirements } from '../../shared/domain/context';
import { plural } from '../app/format';
import { notify } from '../app/notice-store';
import { EMPTY_PARTY_FILTER, isPartyFiltered, matchesPartyFilter, neighbourAfterRemoval, unaddressedCount, type PartyFilter } from './context-filter';
import type { OpenRequest } from './ContextScreen';
import { useContextRecords } from './context-store';
import { NewRecordForm } from './NewRecordForm';
import { PartyEditor } from './PartyEditor';
import { RecordList, type ListRow } from './RecordList';
import { useSelection } from './use-selection';

interface Props {
  creating: boolean;
  onCreating(creating: boolean): void;
  /** A party a link asked for: selected, with the filters cleared if they hid it, and its first unaddressed requirement shown. */
  openRequest?: OpenRequest | null;
}

/** Interested parties and their requirements (4.2), with the ISMS requirements nobody has addressed yet called out. */
export function PartiesPanel({ creating, onCreating, openRequest = null }: Props) {
  const { parties, createParty, updateParty, deleteParty } = useContextRecords();
  const [filter, setFilterState] = useState<PartyFilter>(EMPTY_PARTY_FILTER);
  const editorRef = useRef<HTMLInputElement>(null);
  const { shown, selected: focused, select: setFocusedId, refilter } = useSelection(parties, (p) => matchesPartyFilter(p, filter));
  const summary = useMemo(() => summariseRequirements(parties), [parties]);
  const setFilter = (next: PartyFilter) => {
    setFilterState(next);
    refilter((p) => matchesPartyFilter(p, next));
  };

  const [revealFor, setRevealFor] = useState<number | null>(null);
  const openParty = useEffectEvent((id: number) => {
    const party = parties.find((p) => p.id === id);
    if (!party) return;
    if (!matchesPartyFilter(party, filter)) setFilterState(EMPTY_PARTY_FILTER);
    setRevealFor(party.id);
    setFocusedId(party.id);
  });
  useEffect(() => {
    if (openRequest) openParty(openRequest.id);
  }, [openRequest]);

  const rows: ListRow[] = shown.map((party) => {
    const gaps = unaddressedCount(party);
    return {
      id: party.id,
      dataRef: party.ref,
      className: gaps > 0 ? 'has-gaps' : undefined,
      content: (
        <>
          <span className="ctx-ref">{party.ref}</span>
          <span className="ctx-title" title={party.name}>
            {party.name}
          </span>
          <span className="ctx-tag">{PARTY_CATEGORY_LABELS[party.category]}</span>
          <span className="ctx-count muted">{plural(party.requirements.length, 'requirement')}</span>
          {gaps > 0 && <span className="ctx-flag">{gaps} unaddressed</span>}
        </>
      ),
    };
  });

  const create = async (name: string) => {
    const party = await createParty({ ...BLANK_PARTY, name });
    if (!party) return false;
    setFilter(EMPTY_PARTY_FILTER);
    onCreating(false);
    setFocusedId(party.id);
    notify({ tone: 'success', text: `Added ${party.ref} ${party.name}.` });
    return true;
  };

  const remove = async () => {
    if (!focused) return false;
    const next = neighbourAfterRemoval(shown.map((p) => p.id), focused.id);
    const done = await deleteParty(focused.id);
    if (done) {
      setFocusedId(next);
      notify({ tone: 'success', text: `Deleted ${focused.ref} ${focused.name}.` });
    }
    return done;
  };

  return (
    <div className="ctx-panel" role="tabpanel" aria-label="Interested parties">
      {creating && (
        <NewRecordForm
          label="New interested party"
          fieldLabel="Name of the new interested party"
          placeholder="e.g. Customers, ICO, Cyber insurer"
          submitLabel="Add party"
          hint="Category, needs and requirements come next."
          onCreate={create}
          onCancel={() => onCreating(false)}
        />
      )}

      {parties.length === 0 ? (
        !creating && (
          <section className="empty-card" aria-label="No interested parties">
            <h2>No interested parties yet</h2>
            <p>
              List who has a stake in your information security (customers, regulators, staff, owners, suppliers, partners, insurers, the
              certification body), what each needs and expects, which of those needs the ISMS takes on as requirements, and how each one is
              met through controls, documents or objectives.
            </p>
            <div className="empty-actions">
              <button type="button" className="primary" onClick={() => onCreating(true)}>
                Add the first interested party
              </button>
            </div>
          </section>
        )
      ) : (
        <>
          <div className="progress-strip ctx-summary" aria-label="Requirements summary">
            <div className="progress-figures">
              <span className="figure">
                <strong>{summary.parties}</strong> <span>{summary.parties === 1 ? 'party' : 'parties'}</span>
              </span>
              <span className="figure">
                <strong>{summary.requirements}</strong> <span>requirements</span>
              </span>
              <span className="figure">
                <strong>{summary.ismsRequirements}</strong> <span>in the ISMS</span>
              </span>
              {summary.unaddressed > 0 ? (
                <button
                  type="button"
                  className="attention-chip"
                  aria-pressed={filter.unaddressedOnly}
                  data-testid="unaddressed-chip"
                  onClick={() => setFilter({ ...filter, unaddressedOnly: !filter.unaddressedOnly })}
                >
                  {summary.unaddressed} not yet addressed
                </button>
              ) : (
                <span className="ok-chip" data-testid="unaddressed-chip">
                  Every ISMS requirement is addressed
                </span>
              )}
            </div>
          </div>
          <div className="toolbar" role="search">
            <input
              type="search"
              className="search"
              placeholder="Search parties and requirements"
              aria-label="Search interested parties"
              value={filter.query}
              onChange={(e) => setFilter({ ...filter, query: e.target.value })}
              onKeyDown={(e) => e.key === 'Escape' && setFilter({ ...filter, query: '' })}
            />
            <label className="check-filter">
              <input type="checkbox" checked={filter.unaddressedOnly} onChange={(e) => setFilter({ ...filter, unaddressedOnly: e.target.checked })} />
              Unaddressed only
            </label>
            <span className="muted shown-count" aria-live="polite">
              {shown.length === parties.length ? plural(parties.length, 'party', 'parties') : `${shown.length} of ${parties.length} shown`}
            </span>
            {isPartyFiltered(filter) && (
              <button type="button" className="link-button" onClick={() => setFilter(EMPTY_PARTY_FILTER)}>
                Clear filters
              </button>
            )}
          </div>
          <div className="split">
            <RecordList
              label="Interested parties"
              rows={rows}
              focusedId={focused?.id ?? null}
              onFocus={setFocusedId}
              onOpenEditor={() => editorRef.current?.focus()}
              empty={
                <div className="empty-state">
                  <h3>No parties match</h3>
                  <button type="button" className="link-button" onClick={() => setFilter(EMPTY_PARTY_FILTER)}>
                    Clear filters
                  </button>
                </div>
              }
            />
            <aside className="detail ctx-detail ctx-party-detail">
              {focused ? (
                <PartyEditor
                  key={focused.id}
                  ref={editorRef}
                  party={focused}
                  revealUnaddressed={filter.unaddressedOnly || revealFor === focused.id}
                  onSave={(patch) => updateParty(focused.id, patch)} onDelete={remove} />
              ) : (
                <div className="empty-state">
                  <p>Select an interested party to edit it.</p>
                </div>
              )}
            </aside>
          </div>
        </>
      )}
    </div>
  );
}
