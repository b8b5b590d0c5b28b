import { useEffect, useState } from 'react';
import { CONTROLLED_DOCUMENTS, isControlledDocumentKey, type ControlledDocumentKey } from '../../shared/domain/controlled-documents';
import { DOCUMENT_STATUSES, DOCUMENT_STATUS_LABELS, type DocumentControlPatch, type DocumentControlWithHistory } from '../../shared/domain/workbook';
import { call, errorMessage } from '../api/isms-client';
import { formatDate } from '../app/format';
import { notify } from '../app/notice-store';
import { useFocusRecord } from '../app/use-focus-record';
import { useOrganisation } from '../organisation/organisation-store';

function nextVersion(version: string, major: boolean): string {
  const [a = 0, b = 0] = version.split('.').map(Number);
  return major ? `${a + 1}.0` : `${a}.${b + 1}`;
}

const DOCUMENT_KEYS = Object.keys(CONTROLLED_DOCUMENTS) as ControlledDocumentKey[];

/** Version, status, approval and revision history of each document the app generates (the SoA first). */
export function DocumentControlScreen({ changeSignal }: { changeSignal: number }) {
  const [docKey, setDocKey] = useState<ControlledDocumentKey>('soa');
  const [doc, setDoc] = useState<DocumentControlWithHistory | null>(null);
  const [summary, setSummary] = useState('');
  const [major, setMajor] = useState(false);
  const labels = useOrganisation((s) => s.organisation?.classificationLabels ?? []);

  useEffect(() => {
    // A slow answer for the document chosen before must not overwrite the one chosen now.
    let current = true;
    call('documentControl:get', { docKey })
      .then((loaded) => current && setDoc(loaded))
      .catch((error: unknown) => notify({ tone: 'error', text: errorMessage(error) }));
    return () => {
      current = false;
    };
  }, [docKey, changeSignal]);

  const choose = (key: ControlledDocumentKey) => {
    if (key === docKey) return;
    setDocKey(key);
    setSummary('');
    setMajor(false);
  };

  // A link names a generated document by its key ("soa", "risk-method"): show that document's control record.
  useFocusRecord('document-control', true, (record) => {
    if (!isControlledDocumentKey(record)) return null;
    choose(record);
    return `[data-doc-key="${record}"]`;
  });

  if (!doc) return <div className="loading">Loading document control…</div>;

  const save = async (patch: DocumentControlPatch) => {
    try {
      setDoc(await call('documentControl:update', { docKey: doc.docKey, patch }));
    } catch (error) {
      notify({ tone: 'error', text: errorMessage(error) });
    }
  };
  const last = doc.revisions.at(-1)?.version;
  const proposed = last ? nextVersion(last, major) : doc.version === '0.1' ? '1.0' : doc.version;

  return (
    <div className="screen form-screen">
      <header className="screen-header">
        <div>
          <h1>Document control</h1>
          <p className="muted">
            {CONTROLLED_DOCUMENTS[docKey].title}, clause {CONTROLLED_DOCUMENTS[docKey].clause} · printed on the cover of its Word export (7.5.2)
          </p>
        </div>
        <label className="inline">
          <span>Document</span>
          <select aria-label="Document" value={docKey} onChange={(e) => choose(e.target.value as ControlledDocumentKey)}>
            {DOCUMENT_KEYS.map((key) => (
              <option key={key} value={key}>
                {CONTROLLED_DOCUMENTS[key].documentId} · {CONTROLLED_DOCUMENTS[key].title}
              </option>
            ))}
          </select>
        </label>
      </header>
      <div className="form-grid" aria-busy={doc.docKey !== docKey}>
        <section className="card" data-doc-key={doc.docKey}>
          <h2>{doc.title}</h2>
          <dl className="facts">
            <dt>Document ID</dt>
            <dd>{doc.documentId}</dd>
            <dt>Current version</dt>
            <dd data-testid="doc-version">{doc.version}</dd>
            <dt>Approved on</dt>
            <dd>{formatDate(doc.approvedOn)}</dd>
          </dl>
          <label className="field">
            <span>Status</span>
            <select value={doc.status} onChange={(e) => void save({ status: e.target.value as DocumentControlWithHistory['status'] })}>
              {DOCUMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {DOCUMENT_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <BlurInput label="Owner" value={doc.owner} onSave={(owner) => void save({ owner })} />
          <BlurInput label="Approver" value={doc.approver} onSave={(approver) => void save({ approver })} />
          <label className="field">
            <span>Classification</span>
            <select value={doc.classification} onChange={(e) => void save({ classification: e.target.value })}>
              {[...new Set([doc.classification, ...labels])].filter(Boolean).map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </label>
        </section>
        <section className="card">
          <h2>Revision history</h2>
          {doc.revisions.length === 0 ? (
            <p className="muted">No version issued yet. Issue version 1.0 when the first complete draft is agreed.</p>
          ) : (
            <table className="plain-table">
              <thead>
                <tr>
                  <th>Version</th>
                  <th>Date</th>
                  <th>Author</th>
                  <th>Summary</th>
                </tr>
              </thead>
              <tbody>
                {doc.revisions.map((r) => (
                  <tr key={r.version}>
                    <td>{r.version}</td>
                    <td className="nowrap">{formatDate(r.date)}</td>
                    <td>{r.author}</td>
                    <td>{r.summary}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <form
            className="issue-version"
            onSubmit={async (e) => {
              e.preventDefault();
              try {
                setDoc(await call('documentControl:addRevision', { docKey: doc.docKey, version: proposed, summary }));
                setSummary('');
                notify({ tone: 'success', text: `Version ${proposed} issued.` });
              } catch (error) {
                notify({ tone: 'error', text: errorMessage(error) });
              }
            }}
          >
            <h3>Issue version {proposed}</h3>
            <p className="muted">The new version goes back to “In review” until it is approved again.</p>
            <label className="inline">
              <input type="checkbox" checked={major} onChange={(e) => setMajor(e.target.checked)} /> Major revision
            </label>
            <textarea rows={2} placeholder="What changed in this version" value={summary} onChange={(e) => setSummary(e.target.value)} />
            <button type="submit" className="primary" disabled={summary.trim() === ''}>
              Issue version {proposed}
            </button>
          </form>
        </section>
      </div>
    </div>
  );
}

function BlurInput({ label, value, onSave }: { label: string; value: string; onSave(value: string): void }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <label className="field">
      <span>{label}</span>
      <input value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={() => draft !== value && onSave(draft)} />
    </label>
  );
}
