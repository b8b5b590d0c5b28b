import { formatDateTime } from './format';
import { useWorkbook } from '../workbook/workbook-store';

/** Shown when no workbook is open: the three ways in, and the recent files. */
export function StartScreen() {
  const { recent, lastError, createNew, openWithDialog, openPath } = useWorkbook();
  return (
    <div className="start-screen">
      <div className="start-card">
        <h1>ISMS Workbook</h1>
        <p className="muted">One file per organisation. Everything stays on this computer.</p>
        {lastError && (
          <p className="error-box" role="alert">
            {lastError}
          </p>
        )}
        <div className="start-actions">
          <button type="button" className="primary" onClick={() => void createNew(false)}>
            New workbook…
          </button>
          <button type="button" onClick={() => void createNew(true)}>
            New from sample…
          </button>
          <button type="button" onClick={() => void openWithDialog()}>
            Open…
          </button>
        </div>
        {recent.length > 0 && (
          <>
            <h2>Recent</h2>
            <ul className="recent-list">
              {recent.map((r) => (
                <li key={r.path}>
                  <button type="button" className="link-button" onClick={() => void openPath(r.path)}>
                    <strong>{r.organisationName}</strong>
                    <span className="muted">{r.path}</span>
                  </button>
                  <span className="muted">{formatDateTime(r.openedAt)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
