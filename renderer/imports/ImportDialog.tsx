import { useEffect, useRef } from 'react';
import { ExistingMatches } from './ExistingMatches';
import { useImport } from './import-store';
import './imports.css';

/** Column mapping, a preview of the first rows with their problems, and the all-or-nothing import. */
export function ImportDialog() {
  const { kind, path, preview, busy, error, skipExisting, remap, setSkipExisting, commit, cancel } = useImport();
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (preview) dialogRef.current?.focus();
  }, [preview]);

  if (!kind || !path) return null;
  const fileName = path.split(/[\\/]/).pop();
  const mappedFields = preview ? preview.headers.filter((h) => preview.mapping[h]) : [];
  const fieldLabel = new Map(preview?.fields.map((f) => [f.field, f.label]) ?? []);
  const problemCount = preview?.problems.length ?? 0;
  const matchedRef = new Map(preview?.matches.map((m) => [m.row, m.ref]) ?? []);
  const leftOut = skipExisting ? (preview?.matches.length ?? 0) : 0;
  const toImport = (preview?.totalRows ?? 0) - leftOut;

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
      <div className="modal import-dialog" role="dialog" aria-modal="true" aria-label={`Import ${kind}`} tabIndex={-1} ref={dialogRef}>
        <header>
          <h2>
            Import {kind === 'assets' ? 'assets' : 'risks'} from {fileName}
          </h2>
          <p className="muted">
            Match each column to a field, check the preview, then import. Every row is imported, or none: nothing changes while problems remain.
          </p>
        </header>
        {!preview ? (
          <p className="loading">Reading the file…</p>
        ) : (
          <div className="import-body">
            <section aria-label="Column mapping" className="mapping">
              <h3>Columns</h3>
              <table className="plain-table">
                <tbody>
                  {preview.headers.filter(Boolean).map((header) => (
                    <tr key={header}>
                      <td>{header}</td>
                      <td>
                        <select aria-label={`Field for column ${header}`} value={preview.mapping[header] ?? ''} onChange={(e) => void remap(header, e.target.value || null)} disabled={busy}>
                          <option value="">Do not import</option>
                          {preview.fields.map((f) => (
                            <option key={f.field} value={f.field}>
                              {f.label}
                              {f.required ? ' (required)' : ''}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section aria-label="Preview" className="preview">
              <h3>
                Preview <span className="muted">· first {preview.rows.length} of {preview.totalRows.toLocaleString()} rows</span>
              </h3>
              <div className="preview-scroll">
                <table className="plain-table">
                  <thead>
                    <tr>
                      <th>Row</th>
                      {mappedFields.map((h) => (
                        <th key={h}>{fieldLabel.get(preview.mapping[h]!) ?? h}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {preview.rows.map((r) => (
                      <tr
                        key={r.row}
                        className={r.problems.length > 0 ? 'row-problem' : matchedRef.has(r.row) ? (skipExisting ? 'row-left-out' : 'row-existing') : undefined}
                        title={r.problems.map((p) => p.message).join('\n')}
                      >
                        <td>
                          {r.row}
                          {matchedRef.has(r.row) && (
                            <span className="existing-tag" title={skipExisting ? 'Already in the workbook: left out' : 'Already in the workbook'}>
                              {matchedRef.get(r.row)}
                            </span>
                          )}
                        </td>
                        {mappedFields.map((h) => (
                          <td key={h}>{r.cells[preview.mapping[h]!] ?? ''}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
            {preview.matches.length > 0 && (
              <ExistingMatches kind={kind} matches={preview.matches} skipExisting={skipExisting} busy={busy} onSkipExisting={(skip) => void setSkipExisting(skip)} />
            )}
            <section aria-label="Problems" className={problemCount > 0 ? 'problems has-problems' : 'problems'}>
              {problemCount === 0 ? (
                <p className="ok-text">
                  No problems: {toImport.toLocaleString()} {toImport === 1 ? 'row is' : 'rows are'} ready to import
                  {leftOut > 0 ? `, ${leftOut.toLocaleString()} left out` : ''}.
                </p>
              ) : (
                <>
                  <h3>
                    {problemCount} {problemCount === 1 ? 'problem' : 'problems'} to fix in the file or the mapping
                  </h3>
                  <ul>
                    {preview.problems.slice(0, 100).map((p, i) => (
                      <li key={i}>
                        Row {p.row}
                        {p.column ? ` (${p.column})` : ''}: {p.message}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {error && <p className="field-error">{error}</p>}
            </section>
          </div>
        )}
        <footer>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
          <button type="button" className="primary" disabled={!preview || busy || problemCount > 0 || toImport === 0} onClick={() => void commit()}>
            {!preview ? 'Import' : toImport === 0 ? 'Nothing new to import' : `Import ${toImport.toLocaleString()} ${toImport === 1 ? 'row' : 'rows'}`}
          </button>
        </footer>
      </div>
    </div>
  );
}
