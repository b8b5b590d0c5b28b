import { useEffect, useRef } from 'react';
import type { PackageResult } from '../../shared/domain/package';
import type { ProgressEvent } from '../../shared/domain/progress';
import { call } from '../api/isms-client';
import { attempt } from '../app/attempt';
import { formatDate, plural } from '../app/format';
import { BlockersPanel } from './BlockersPanel';
import { PlanTable } from './PlanTable';
import { usePackage } from './package-store';
import { formatSize, mustConfirm } from './package-view';
import './package.css';

/**
 * The Stage 1 package (issue 5): readiness blockers first, then what will be written, the choice of a zip, the folder,
 * a progress bar while it is written, and where it went.
 */
export function PackageScreen({ changeSignal }: { changeSignal: number }) {
  const store = usePackage();
  const { plan, blockers, loaded, building, progress, result } = store;

  useEffect(() => {
    if (!usePackage.getState().building) void usePackage.getState().load();
  }, [changeSignal]);

  if (!loaded) return <div className="loading">Reading what the package will hold…</div>;
  if (!plan) {
    return (
      <div className="screen package-screen">
        <h1>Stage 1 package</h1>
        <p className="error-box">The package could not be prepared. Check the notice below, then open this screen again.</p>
      </div>
    );
  }

  const confirming = mustConfirm(blockers, store.continuedPast);
  const documents = plan.entries.length;
  return (
    <div className="screen package-screen">
      <header className="screen-header">
        <div>
          <h1>Stage 1 package</h1>
          <p className="muted">
            Every document and register in a folder per clause, with an index and a SHA-256 manifest ·{' '}
            <span data-testid="package-file-count">{plural(plan.fileCount, 'file')}</span> · as of {formatDate(plan.asOf)}
          </p>
        </div>
      </header>

      {blockers.length > 0 && !result && <BlockersPanel blockers={blockers} continued={!confirming} onContinue={store.continueAnyway} />}

      {result ? (
        <BuiltPanel result={result} progress={progress} onAgain={store.reset} />
      ) : (
        <section className="card package-build" aria-label="Write the package">
          <div className="package-build-row">
            <div className="package-build-text">
              <strong>{plan.folderName}</strong>
              <span className="muted">
                {plural(documents, 'document or register', 'documents and registers')}, the index and the manifest, written into a new folder
                inside the one you choose. Nothing there is overwritten.
              </span>
            </div>
            <label className="package-zip">
              <input type="checkbox" checked={store.zip} disabled={building} onChange={(e) => store.setZip(e.target.checked)} />
              Zip the folder too
            </label>
            <button type="button" className="primary" disabled={building || confirming} onClick={() => void store.build()}>
              {building ? 'Writing…' : 'Choose folder and write'}
            </button>
          </div>
          {confirming && <p className="muted package-hint">Choose “Continue anyway” above to write the package with the blockers.</p>}
          {building && <ProgressBar progress={progress} />}
        </section>
      )}

      <PlanTable plan={plan} />
    </div>
  );
}

/** The bar the main process drives: steps done of the total, and the file being written. */
function ProgressBar({ progress }: { progress: ProgressEvent | null }) {
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 1;
  const label = progress ? (done >= total ? 'Finished' : `Writing ${progress.label}`) : 'Starting…';
  return (
    <div className="package-progress">
      <div
        className="package-progress-track"
        role="progressbar"
        aria-label="Writing the Stage 1 package"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${total}: ${label}`}
      >
        <div className="package-progress-fill" style={{ width: `${Math.round((done / total) * 100)}%` }} />
      </div>
      <div className="package-progress-label" aria-live="polite">
        <span>{label}</span>
        <span className="muted">
          {done} of {total}
        </span>
      </div>
    </div>
  );
}

/** Where the package went, with a way to see it. */
function BuiltPanel({ result, progress, onAgain }: { result: PackageResult; progress: ProgressEvent | null; onAgain(): void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="card package-done" aria-labelledby="package-done-title">
      <ProgressBar progress={progress} />
      <h2 id="package-done-title" ref={headingRef} tabIndex={-1}>
        Package written
      </h2>
      <dl className="facts">
        <dt>Folder</dt>
        <dd className="package-path" data-testid="package-folder">
          {result.folder}
        </dd>
        <dt>Files</dt>
        <dd>
          {plural(result.files.length, 'file')}, {formatSize(result.totalBytes)}
        </dd>
        {result.zipPath && result.zipBytes !== null && (
          <>
            <dt>Zip</dt>
            <dd className="package-path">
              {result.zipPath} ({formatSize(result.zipBytes)})
            </dd>
          </>
        )}
      </dl>
      <p className="muted">To check that no file has changed since, run sha256sum -c MANIFEST.sha256 in the package folder.</p>
      <div className="package-done-actions">
        <button type="button" className="primary" onClick={() => void attempt(() => call('shell:showItem', { path: result.folder }))}>
          Show in folder
        </button>
        <button type="button" onClick={onAgain}>
          Write another package
        </button>
      </div>
    </section>
  );
}
