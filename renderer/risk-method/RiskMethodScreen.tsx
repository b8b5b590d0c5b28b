import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RiskMethod } from '../../shared/domain/risk-method';
import { defaultRiskMethod, type MatrixSize } from '../../shared/rules/default-risk-method';
import { useRisks } from '../risks/risk-store';
import { useWorkbook } from '../workbook/workbook-store';
import { ApplyDialog } from './ApplyDialog';
import { BandEditor } from './BandEditor';
import { useMethodDraft } from './draft-store';
import { MatrixEditor } from './MatrixEditor';
import { deepEqual, draftIssues, issueFor, type DraftIssue } from './method-draft';
import { Modal } from './Modal';
import { ScaleEditor } from './ScaleEditor';
import './risk-method.css';

const PRESETS: MatrixSize[] = [3, 4, 5];
const SHOWN_ISSUES = 5;

/** The risk assessment method of clause 6.1.2, edited as a draft and applied to the whole register at once. */
export function RiskMethodScreen() {
  const saved = useRisks((s) => s.method);
  const loaded = useRisks((s) => s.loaded);
  const path = useWorkbook((s) => s.info?.path ?? null);
  const { draft, owner, sync, edit, replace } = useMethodDraft();
  const [confirmPreset, setConfirmPreset] = useState<MatrixSize | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const closeReview = useCallback(() => setReviewing(false), []);
  const issues = useMemo(() => (draft ? draftIssues(draft) : []), [draft]);

  useEffect(() => sync(saved, path), [saved, path, sync]);

  if (!saved) {
    return loaded ? (
      <div className="screen">
        <div className="empty-state" role="alert">
          <h3>The risk method could not be loaded</h3>
          <p>Check that the workbook is still open, then try again.</p>
          <button type="button" onClick={() => void useRisks.getState().loadMethod()}>
            Try again
          </button>
        </div>
      </div>
    ) : (
      <div className="loading" role="status">
        Loading the risk method…
      </div>
    );
  }
  if (!draft || owner !== path) return <div className="loading">Loading the risk method…</div>;

  const dirty = !deepEqual(draft, saved);
  const valid = issues.length === 0;
  const startFrom = (size: MatrixSize) => {
    if (dirty) setConfirmPreset(size);
    else replace(defaultRiskMethod(size));
  };

  return (
    <div className="screen rm-screen">
      <header className="screen-header">
        <div>
          <h1 tabIndex={-1} data-focus-fallback>
            Risk method
          </h1>
          <p className="muted">
            Clause 6.1.2 · How risks are rated and when they may be accepted. Edits stay a draft until you review and apply them.
          </p>
        </div>
        <div className="rm-presets" role="group" aria-label="Start from a default method">
          <span className="muted">Start from a default</span>
          <div className="rm-preset-buttons">
            {PRESETS.map((size) => (
              <button key={size} type="button" aria-label={`Start from ${size}×${size} default`} onClick={() => startFrom(size)}>
                {size}×{size}
              </button>
            ))}
          </div>
        </div>
      </header>

      {dirty && (
        <div className="rm-draft-bar" role="region" aria-label="Unsaved changes">
          <span className="rm-draft-dot" aria-hidden="true" />
          <div className="rm-draft-text">
            <strong>Unsaved changes</strong>
            <span className="muted">
              {valid ? 'Review which risks change level, then apply to save.' : `Fix ${issues.length === 1 ? 'the problem' : `${issues.length} problems`} below before applying.`}
            </span>
          </div>
          <span className="spacer" />
          <button type="button" onClick={() => replace(saved)}>
            Discard
          </button>
          <button type="button" className="primary" disabled={!valid} onClick={() => setReviewing(true)}>
            Review and apply…
          </button>
        </div>
      )}

      {!valid && <IssueList issues={issues} />}

      <div className="rm-layout">
        <MatrixEditor method={draft} onEdit={edit} />
        <BandEditor method={draft} issues={issues} onEdit={edit} />
        <ScaleEditor axis="likelihood" method={draft} issues={issues} onEdit={edit} />
        <ScaleEditor axis="impact" method={draft} issues={issues} onEdit={edit} />
        <ApproachCard method={draft} issues={issues} onEdit={edit} />
      </div>

      {confirmPreset !== null && (
        <Modal
          title="Replace your changes?"
          description={`Starting from the ${confirmPreset}×${confirmPreset} default discards the changes you have not applied. Nothing is saved until you apply.`}
          onClose={() => setConfirmPreset(null)}
          footer={
            <>
              <span className="spacer" />
              <button type="button" data-autofocus onClick={() => setConfirmPreset(null)}>
                Keep my changes
              </button>
              <button
                type="button"
                className="primary"
                onClick={() => {
                  replace(defaultRiskMethod(confirmPreset));
                  setConfirmPreset(null);
                }}
              >
                Replace with {confirmPreset}×{confirmPreset} default
              </button>
            </>
          }
        />
      )}
      {reviewing && <ApplyDialog saved={saved} draft={draft} onApplied={replace} onClose={closeReview} />}
    </div>
  );
}

function IssueList({ issues }: { issues: DraftIssue[] }) {
  const shown = issues.slice(0, SHOWN_ISSUES);
  return (
    <section className="rm-issues" aria-labelledby="rm-issues-title" aria-live="polite">
      <h2 id="rm-issues-title">
        {issues.length === 1 ? 'One problem to fix' : `${issues.length} problems to fix`} before the method can be applied
      </h2>
      <ul>
        {shown.map((issue) => (
          <li key={`${issue.key}:${issue.message}`}>{issue.message}</li>
        ))}
      </ul>
      {issues.length > shown.length && <p className="muted">…and {issues.length - shown.length} more.</p>}
    </section>
  );
}

interface ApproachCardProps {
  method: RiskMethod;
  issues: DraftIssue[];
  onEdit(change: (method: RiskMethod) => RiskMethod): void;
}

function ApproachCard({ method, issues, onEdit }: ApproachCardProps) {
  const cadence = method.reviewCadenceMonths;
  const [cadenceText, setCadenceText] = useState(String(cadence));
  // Follow outside changes (presets, discard) without fighting the user's typing.
  const [shownCadence, setShownCadence] = useState(cadence);
  if (!Object.is(cadence, shownCadence)) {
    setShownCadence(cadence);
    if (Number(cadenceText) !== cadence) setCadenceText(Number.isNaN(cadence) ? '' : String(cadence));
  }
  const approachError = issueFor(issues, 'approach');
  const cadenceError = issueFor(issues, 'reviewCadenceMonths');

  return (
    <section className="card rm-approach" aria-labelledby="rm-approach-title">
      <h2 id="rm-approach-title">Approach and review</h2>
      <div className="rm-approach-grid">
        <div className="field">
          <label htmlFor="rm-approach">Approach</label>
          <textarea
            id="rm-approach"
            rows={5}
            value={method.approach}
            aria-invalid={approachError ? true : undefined}
            aria-describedby="rm-approach-help"
            onChange={(e) => onEdit((m) => ({ ...m, approach: e.target.value }))}
          />
          <small id="rm-approach-help" className={approachError ? 'rm-field-error' : 'muted'}>
            {approachError ?? 'How risks are identified and assessed, printed at the start of the risk method document.'}
          </small>
        </div>
        <div className="field rm-cadence">
          <label htmlFor="rm-cadence">Review cadence (months)</label>
          <input
            id="rm-cadence"
            type="number"
            inputMode="numeric"
            min={1}
            max={36}
            step={1}
            value={cadenceText}
            aria-invalid={cadenceError ? true : undefined}
            aria-describedby="rm-cadence-help"
            onChange={(e) => {
              setCadenceText(e.target.value);
              const months = e.target.value.trim() === '' ? Number.NaN : Number(e.target.value);
              onEdit((m) => ({ ...m, reviewCadenceMonths: months }));
            }}
          />
          <small id="rm-cadence-help" className={cadenceError ? 'rm-field-error' : 'muted'}>
            {cadenceError ?? 'How often the method itself is reviewed: 1 to 36 months.'}
          </small>
        </div>
      </div>
    </section>
  );
}
