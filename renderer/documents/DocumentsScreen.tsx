import { useEffect, useMemo, useState } from 'react';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_LABELS, type IsmsDocument } from '../../shared/domain/documents';
import { DOCUMENT_STATUSES, DOCUMENT_STATUS_LABELS } from '../../shared/domain/workbook';
import { plural, todayIso } from '../app/format';
import { notify } from '../app/notice-store';
import { useFocusRecord } from '../app/use-focus-record';
import { distinctValues } from '../assets/asset-filter';
import { useOrganisation } from '../organisation/organisation-store';
import { EMPTY_DOCUMENT_FILTER, isDocumentFiltered, matchesDocumentFilter, registerSummary, type DocumentFilter } from './document-filter';
import { useDocuments } from './document-store';
import { DocumentEditor } from './DocumentEditor';
import { DocumentTable } from './DocumentTable';
import { NewBlankDialog, TemplatePicker } from './NewDocumentDialogs';
import './documents.css';

/** Documented information (clauses 5.2 and 7.5): the register, and the selected document's editor. */
export function DocumentsScreen() {
  const store = useDocuments();
  const organisation = useOrganisation((s) => s.organisation);
  const [creating, setCreating] = useState<'template' | 'blank' | null>(null);
  const [registerHidden, setRegisterHidden] = useState(false);
  const today = todayIso();

  useEffect(() => {
    void useDocuments.getState().load();
    void useDocuments.getState().loadTemplates();
  }, []);

  const { documents, filter } = store;
  const shown = useMemo(() => documents.filter((d) => matchesDocumentFilter(d, filter, today)), [documents, filter, today]);
  const summary = useMemo(() => registerSummary(documents, today), [documents, today]);
  const people = useMemo(
    () => distinctValues([organisation?.ismsOwner ?? '', organisation?.defaultApprover ?? '', ...documents.flatMap((d) => [d.owner, d.approver])]),
    [documents, organisation],
  );
  const selected = documents.find((d) => d.id === store.selectedId) ?? shown[0];

  const changeFilter = (patch: Partial<DocumentFilter>) => {
    const next = { ...filter, ...patch };
    store.setFilter(patch);
    if (selected && !matchesDocumentFilter(selected, next, today)) store.select(documents.find((d) => matchesDocumentFilter(d, next, today))?.id ?? null);
  };

  const created = (doc: IsmsDocument | null) => {
    if (!doc) return false;
    if (!matchesDocumentFilter(doc, filter, today)) store.setFilter(EMPTY_DOCUMENT_FILTER);
    store.select(doc.id);
    notify({ tone: 'success', text: `Created ${doc.documentId} ${doc.title}.` });
    return true;
  };

  const openEditor = () => document.querySelector<HTMLTextAreaElement>('.doc-editor textarea, .doc-editor input')?.focus();

  // A link names a document by its ID ("POL-001"): select it in the register, showing it even if the filters (or
  // the "current" view, for a retired document) hid it.
  useFocusRecord('documents', store.loaded, (record) => {
    const doc = documents.find((d) => d.documentId === record);
    if (!doc) return null;
    if (!matchesDocumentFilter(doc, filter, today)) {
      store.setFilter(matchesDocumentFilter(doc, EMPTY_DOCUMENT_FILTER, today) ? EMPTY_DOCUMENT_FILTER : { ...EMPTY_DOCUMENT_FILTER, status: 'all' });
    }
    setRegisterHidden(false);
    store.select(doc.id);
    return { selector: `[data-document="${doc.documentId}"]`, then: openEditor };
  });

  if (!store.loaded) return <div className="loading">Loading the document register…</div>;

  return (
    <div className="screen docs-screen">
      <header className="screen-header">
        <div>
          <h1>Documents and policies</h1>
          <p className="muted">Documented information · clauses 5.2 and 7.5 · versions, approval and review</p>
        </div>
        <div className="header-actions">
          <button type="button" className="primary" onClick={() => setCreating('template')}>
            New from template…
          </button>
          <button type="button" onClick={() => setCreating('blank')}>
            New blank document…
          </button>
        </div>
      </header>

      {documents.length === 0 ? (
        <section className="empty-card" aria-label="No documents">
          <h2>No documents in the register yet</h2>
          <p>
            Start from the template library: {store.templates.length || 'the'} policies and procedures written for ISO/IEC 27001, filled in with
            your organisation profile. Or write your own from a blank page. Each document keeps its versions, approvals and review dates, and
            exports to Word with its document control and revision history.
          </p>
          <div className="empty-actions">
            <button type="button" className="primary" onClick={() => setCreating('template')}>
              Browse the template library
            </button>
            <button type="button" onClick={() => setCreating('blank')}>
              New blank document
            </button>
          </div>
        </section>
      ) : (
        <>
          <div className="progress-strip doc-summary">
            <div className="progress-figures">
              <span className="figure" data-testid="docs-approved">
                <strong>{summary.approved}</strong>
                <span>approved</span>
              </span>
              <span className="figure" data-testid="docs-in-review">
                <strong>{summary.inReview}</strong>
                <span>in review</span>
              </span>
              <span className="figure" data-testid="docs-draft">
                <strong>{summary.draft}</strong>
                <span>{summary.draft === 1 ? 'draft' : 'drafts'}</span>
              </span>
              {summary.overdue > 0 ? (
                <button type="button" className="attention-chip overdue-chip" onClick={() => changeFilter({ ...EMPTY_DOCUMENT_FILTER, overdueOnly: true })}>
                  {plural(summary.overdue, 'review')} overdue
                </button>
              ) : (
                <span className="ok-chip">All reviews on time</span>
              )}
            </div>
          </div>

          <div className="toolbar" role="search">
            <input
              type="search"
              className="search"
              placeholder="Search ID, title, owner, clause or control"
              aria-label="Search documents"
              value={filter.query}
              onChange={(e) => changeFilter({ query: e.target.value })}
              onKeyDown={(e) => e.key === 'Escape' && changeFilter({ query: '' })}
            />
            <select aria-label="Filter by type" value={filter.type} onChange={(e) => changeFilter({ type: e.target.value as DocumentFilter['type'] })}>
              <option value="all">Any type</option>
              {DOCUMENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {DOCUMENT_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
            <select aria-label="Filter by status" value={filter.status} onChange={(e) => changeFilter({ status: e.target.value as DocumentFilter['status'] })}>
              <option value="current">Current (not retired)</option>
              <option value="all">Any status</option>
              {DOCUMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {DOCUMENT_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
            <label className="check-filter">
              <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => changeFilter({ overdueOnly: e.target.checked })} />
              Review overdue
            </label>
            <span className="muted shown-count" aria-live="polite">
              {shown.length === documents.length ? plural(documents.length, 'document') : `${shown.length} of ${documents.length} shown`}
            </span>
            {isDocumentFiltered(filter) && (
              <button type="button" className="link-button" onClick={() => changeFilter(EMPTY_DOCUMENT_FILTER)}>
                Clear filters
              </button>
            )}
          </div>

          <div className={`split docs-split${registerHidden ? ' register-hidden' : ''}`}>
            {!registerHidden && (
              <DocumentTable
                documents={shown}
                selectedId={selected?.id ?? null}
                today={today}
                onSelect={store.select}
                onOpen={openEditor}
                onClearFilters={() => changeFilter(EMPTY_DOCUMENT_FILTER)}
              />
            )}
            <div className="detail doc-detail">
              {selected ? (
                <DocumentEditor
                  key={selected.id}
                  doc={selected}
                  classifications={organisation?.classificationLabels ?? []}
                  people={people}
                  reviewCycleMonths={organisation?.reviewCycleMonths ?? 12}
                  registerHidden={registerHidden}
                  onToggleRegister={() => setRegisterHidden((h) => !h)}
                  onSave={(patch) => store.update(selected.id, patch)}
                  onIssue={async (level, summaryText) => {
                    const doc = await store.issueVersion(selected.id, level, summaryText);
                    if (doc) notify({ tone: 'success', text: `Issued version ${doc.version} of ${doc.documentId} for review.` });
                    return doc !== null;
                  }}
                  onApprove={async () => {
                    const doc = await store.approve(selected.id);
                    if (doc) notify({ tone: 'success', text: `Version ${doc.version} of ${doc.documentId} approved.` });
                    return doc !== null;
                  }}
                  onRetire={async () => (await store.retire(selected.id)) !== null}
                  onDelete={async () => {
                    const index = shown.findIndex((d) => d.id === selected.id);
                    const next = shown[index + 1] ?? shown[index - 1] ?? null;
                    const removed = await store.remove(selected.id);
                    if (removed) {
                      store.select(next?.id ?? null);
                      notify({ tone: 'success', text: `Deleted ${selected.documentId} ${selected.title}.` });
                    }
                    return removed;
                  }}
                />
              ) : (
                <div className="empty-state">
                  <p>{isDocumentFiltered(filter) ? 'No document matches the filters.' : 'Select a document to edit it.'}</p>
                </div>
              )}
            </div>
          </div>
        </>
      )}

      {creating === 'template' && (
        <TemplatePicker
          templates={store.templates}
          documents={documents}
          onCreate={async (id) => created(await store.createFromTemplate(id))}
          onClose={() => setCreating(null)}
        />
      )}
      {creating === 'blank' && <NewBlankDialog documents={documents} onCreate={async (doc) => created(await store.create(doc))} onClose={() => setCreating(null)} />}
    </div>
  );
}
