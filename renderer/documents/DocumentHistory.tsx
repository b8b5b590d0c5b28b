import { useEffect, useState } from 'react';
import type { DocumentVersion, IsmsDocument } from '../../shared/domain/documents';
import { call, errorMessage } from '../api/isms-client';
import { formatDate } from '../app/format';
import { notify } from '../app/notice-store';
import { MarkdownPreview } from './MarkdownPreview';

/** The revision history kept automatically as versions are issued, with the text of any of them. */
export function DocumentHistory({ doc }: { doc: IsmsDocument }) {
  const [viewing, setViewing] = useState<DocumentVersion | null>(null);
  const newestFirst = [...doc.revisions].reverse();

  useEffect(() => setViewing(null), [doc.id]);

  const open = async (versionId: number) => {
    try {
      setViewing(await call('document:version', { id: versionId }));
    } catch (error) {
      notify({ tone: 'error', text: errorMessage(error) });
    }
  };

  if (viewing) {
    return (
      <div className="doc-history-view">
        <div className="doc-history-head">
          <button type="button" onClick={() => setViewing(null)} autoFocus>
            ← All versions
          </button>
          <h3>
            Version {viewing.version} · issued {formatDate(viewing.revisedOn)} by {viewing.author}
          </h3>
        </div>
        <p className="muted">{viewing.summary}</p>
        <MarkdownPreview markdown={viewing.body} label={`Text of version ${viewing.version}`} />
      </div>
    );
  }

  return (
    <div className="doc-history">
      {doc.unissuedChanges && doc.revisions.length > 0 && (
        <p className="doc-note" role="note">
          The text has changed since version {doc.version} was issued. Issue a new version to send the changes for approval.
        </p>
      )}
      {newestFirst.length === 0 ? (
        <p className="muted">
          No version issued yet. When the text is ready, issue it: the first issue is 0.1 for a draft for comment, or 1.0 for approval.
        </p>
      ) : (
        <table className="plain-table doc-history-table">
          <thead>
            <tr>
              <th>Version</th>
              <th>Issued</th>
              <th>Author</th>
              <th>Summary of changes</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((r) => (
              <tr key={r.id} data-version={r.version}>
                <td className="nowrap">
                  <strong>{r.version}</strong>
                  {r.version === doc.version && <span className="muted"> (current)</span>}
                </td>
                <td className="nowrap">{formatDate(r.revisedOn)}</td>
                <td>{r.author}</td>
                <td>{r.summary}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => void open(r.id)} aria-label={`View version ${r.version}`}>
                    View text
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
