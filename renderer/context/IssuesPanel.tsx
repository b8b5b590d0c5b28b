import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import {
  BLANK_CONTEXT_ISSUE,
  ISSUE_CATEGORIES,
  ISSUE_CATEGORY_LABELS,
  ISSUE_KINDS,
  ISSUE_KIND_LABELS,
  linkedRisks,
  type IssueCategory,
  type IssueKind,
} from '../../shared/domain/context';
import { notify } from '../app/notice-store';
import { useRisks } from '../risks/risk-store';
import { EMPTY_ISSUE_FILTER, isIssueFiltered, matchesIssueFilter, neighbourAfterRemoval, sortIssues, type IssueFilter } from './context-filter';
import type { OpenRequest } from './ContextScreen';
import { useContextRecords } from './context-store';
import { IssueEditor } from './IssueEditor';
import { NewRecordForm } from './NewRecordForm';
import { RecordList, type ListRow } from './RecordList';
import { useSelection } from './use-selection';

interface Props {
  creating: boolean;
  onCreating(creating: boolean): void;
  /** An issue a link asked for: selected, with the filters cleared if they hid it. */
  openRequest?: OpenRequest | null;
}

/** Internal and external issues (4.1): a list grouped by kind, and the selected issue's editor. */
export function IssuesPanel({ creating, onCreating, openRequest = null }: Props) {
  const { issues, createIssue, updateIssue, deleteIssue } = useContextRecords();
  const { risks, method, loaded: risksReady } = useRisks();
  const [filter, setFilterState] = useState<IssueFilter>(EMPTY_ISSUE_FILTER);
  const [newKind, setNewKind] = useState<IssueKind>('internal');
  const [justCreated, setJustCreated] = useState<number | null>(null);
  const editorRef = useRef<HTMLInputElement>(null);

  const sorted = useMemo(() => sortIssues(issues), [issues]);
  const { shown, selected: focused, select: setFocusedId, refilter } = useSelection(sorted, (i) => matchesIssueFilter(i, filter));
  const setFilter = (next: IssueFilter) => {
    setFilterState(next);
    refilter((i) => matchesIssueFilter(i, next));
  };

  const openIssue = useEffectEvent((id: number) => {
    const issue = issues.find((i) => i.id === id);
    if (!issue) return;
    if (!matchesIssueFilter(issue, filter)) setFilterState(EMPTY_ISSUE_FILTER);
    setFocusedId(issue.id);
  });
  useEffect(() => {
    if (openRequest) openIssue(openRequest.id);
  }, [openRequest]);

  const rows: ListRow[] = shown.map((issue, index) => {
    const riskCount = linkedRisks(issue, risks).length;
    return {
      id: issue.id,
      dataRef: issue.ref,
      group: shown[index - 1]?.kind !== issue.kind ? `${ISSUE_KIND_LABELS[issue.kind]} issues` : undefined,
      content: (
        <>
          <span className="ctx-ref">{issue.ref}</span>
          <span className="ctx-title" title={issue.title}>
            {issue.title}
          </span>
          <span className="ctx-tag">{ISSUE_CATEGORY_LABELS[issue.category]}</span>
          <span className="ctx-count muted" title={`${riskCount} linked ${riskCount === 1 ? 'risk' : 'risks'}`}>
            {riskCount === 0 ? 'No risks' : `${riskCount} ${riskCount === 1 ? 'risk' : 'risks'}`}
          </span>
          {issue.effect.trim() === '' && <span className="ctx-flag">Effect not described</span>}
        </>
      ),
    };
  });

  const create = async (title: string) => {
    const issue = await createIssue({ ...BLANK_CONTEXT_ISSUE, kind: newKind, title });
    if (!issue) return false;
    if (!matchesIssueFilter(issue, filter)) setFilter(EMPTY_ISSUE_FILTER);
    onCreating(false);
    setFocusedId(issue.id);
    setJustCreated(issue.id);
    notify({ tone: 'success', text: `Added ${issue.ref} ${issue.title}.` });
    return true;
  };

  const remove = async () => {
    if (!focused) return false;
    const next = neighbourAfterRemoval(shown.map((i) => i.id), focused.id);
    const done = await deleteIssue(focused.id);
    if (done) {
      setFocusedId(next);
      notify({ tone: 'success', text: `Deleted ${focused.ref} ${focused.title}.` });
    }
    return done;
  };

  return (
    <div className="ctx-panel" role="tabpanel" aria-label="Issues">
      {creating && (
        <NewRecordForm
          label="New issue"
          fieldLabel="Title of the new issue"
          placeholder="e.g. Customers ask for ISO 27001 before signing"
          submitLabel="Add issue"
          hint="Category, description, effect on the ISMS and risks come next."
          onCreate={create}
          onCancel={() => onCreating(false)}
        >
          <select aria-label="Internal or external" value={newKind} onChange={(e) => setNewKind(e.target.value as IssueKind)}>
            {ISSUE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {ISSUE_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </NewRecordForm>
      )}

      {issues.length === 0 ? (
        !creating && (
          <section className="empty-card" aria-label="No issues">
            <h2>No context issues yet</h2>
            <p>
              Record the internal and external issues that shape what the ISMS must achieve: laws and regulators, customers&apos;
              expectations, suppliers you depend on, technology, growth, people, and whether climate change is relevant. For each, say how it
              affects the ISMS and link the risks it gives rise to.
            </p>
            <div className="empty-actions">
              <button type="button" className="primary" onClick={() => onCreating(true)}>
                Add the first issue
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
              placeholder="Search issues"
              aria-label="Search issues"
              value={filter.query}
              onChange={(e) => setFilter({ ...filter, query: e.target.value })}
              onKeyDown={(e) => e.key === 'Escape' && setFilter({ ...filter, query: '' })}
            />
            <select aria-label="Filter by kind" value={filter.kind} onChange={(e) => setFilter({ ...filter, kind: e.target.value as IssueKind | 'all' })}>
              <option value="all">Internal and external</option>
              {ISSUE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {ISSUE_KIND_LABELS[kind]} only
                </option>
              ))}
            </select>
            <select
              aria-label="Filter by category"
              value={filter.category}
              onChange={(e) => setFilter({ ...filter, category: e.target.value as IssueCategory | 'all' })}
            >
              <option value="all">Any category</option>
              {ISSUE_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {ISSUE_CATEGORY_LABELS[category]}
                </option>
              ))}
            </select>
            <span className="muted shown-count" aria-live="polite">
              {shown.length === issues.length ? `${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}` : `${shown.length} of ${issues.length} shown`}
            </span>
            {isIssueFiltered(filter) && (
              <button type="button" className="link-button" onClick={() => setFilter(EMPTY_ISSUE_FILTER)}>
                Clear filters
              </button>
            )}
          </div>
          <div className="split">
            <RecordList
              label="Context issues"
              rows={rows}
              focusedId={focused?.id ?? null}
              onFocus={setFocusedId}
              onOpenEditor={() => editorRef.current?.focus()}
              empty={
                <div className="empty-state">
                  <h3>No issues match</h3>
                  <button type="button" className="link-button" onClick={() => setFilter(EMPTY_ISSUE_FILTER)}>
                    Clear filters
                  </button>
                </div>
              }
            />
            <aside className="detail ctx-detail">
              {focused ? (
                <IssueEditor
                  key={focused.id}
                  ref={editorRef}
                  issue={focused}
                  risks={risks}
                  risksReady={risksReady}
                  method={method}
                  focusDescription={justCreated === focused.id}
                  onSave={(patch) => updateIssue(focused.id, patch)}
                  onDelete={remove}
                />
              ) : (
                <div className="empty-state">
                  <p>Select an issue to edit it.</p>
                </div>
              )}
            </aside>
          </div>
        </>
      )}
    </div>
  );
}
