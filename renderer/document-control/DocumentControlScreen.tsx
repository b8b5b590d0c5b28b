import { useCallback, useEffect, useState } from 'react';
import { DOCUMENT_STATUSES, DOCUMENT_STATUS_LABELS, type DocumentControlPatch, type DocumentControlWithHistory } from '../../shared/domain/workbook';
import { call, errorMessage } from '../api/isms-client';
import { formatDate } from '../app/format';
import { notify } from '../app/notice-store';
import { useOrganisation } from '../organisation/organisation-store';

function nextVersion(version: string, major: boolean): string {
  const [a = 0, b = 0] = version.split('.').map(Number);
  return major ? `${a + 1}.0` : `${a}.${b + 1}`;
}

/** Version, status, approval and revision history of the Statement of Applicability. */
export function DocumentControlScreen({ changeSignal }: { changeSignal: number }) {
  const [doc, setDoc] = useState<DocumentControlWithHistory | null>(null);
  const [summary, setSummary] = useState('');
  const [major, setMajor] = useState(false);
  const labels = useOrganisation((s) => s.organisation?.classificationLabels ?? []);

  const load = useCallback(async () => {
    try {
      setDoc(await call('documentControl:get', { docKey: 'soa' }));
    } catch (error) {
      notify({ tone: 'error', text: errorMessage(error) });
    }
  }, []);
  useEffect(() => void load(), [load, changeSignal]);

  if (!doc) return <div className="loading">Loading document control…</div>;

  const save = async (patch: DocumentControlPatch) => {
    try {
      setDoc(await call('documentControl:update', { docKey: 'soa', patch }));
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
          <p className="muted">Statement of Applicability · printed on the cover of the Word export (clause 7.5.2)</p>
        </div>
      </header>
      <div className="form-grid">
        <section className="card">
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
                setDoc(await call('documentControl:addRevision', { docKey: 'soa', version: proposed, summary }));
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
