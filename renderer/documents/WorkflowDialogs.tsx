import { useState, type FormEvent } from 'react';
import { addMonths, nextVersion, type IsmsDocument, type VersionLevel } from '../../shared/domain/documents';
import { formatDate, todayIso } from '../app/format';
import { Modal } from '../risk-method/Modal';

interface IssueProps {
  doc: IsmsDocument;
  onIssue(level: VersionLevel, summary: string): Promise<boolean>;
  onClose(): void;
}

/** Issue a new version: major or minor, with what changed. The text is snapshotted and goes for review. */
export function IssueVersionDialog({ doc, onIssue, onClose }: IssueProps) {
  const last = doc.revisions.at(-1)?.version ?? null;
  const [level, setLevel] = useState<VersionLevel>(last === null ? 'major' : 'minor');
  const [summary, setSummary] = useState(last === null ? 'First issue.' : '');
  const [busy, setBusy] = useState(false);
  const version = nextVersion(last, level);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (summary.trim() === '' || busy) return;
    setBusy(true);
    if (await onIssue(level, summary.trim())) onClose();
    else setBusy(false);
  };

  return (
    <Modal
      title={`Issue version ${version} of ${doc.documentId}`}
      description={
        last === null
          ? 'The current text becomes the first issued version and goes for review.'
          : `The current text becomes version ${version} and goes for review; version ${last} stays in the revision history.`
      }
      busy={busy}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="primary" disabled={summary.trim() === '' || busy} onClick={() => void submit()}>
            Issue version {version}
          </button>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
        </>
      }
    >
      <form className="doc-dialog-form" onSubmit={(e) => void submit(e)} aria-label="Issue a new version">
        <fieldset className="doc-levels">
          <legend>Kind of change</legend>
          <label className="inline">
            <input type="radio" name="level" checked={level === 'minor'} onChange={() => setLevel('minor')} />
            <span>
              <strong>Minor · {nextVersion(last, 'minor')}</strong>
              <span className="muted"> {last === null ? 'a draft for comment' : 'editorial: wording, names, references'}</span>
            </span>
          </label>
          <label className="inline">
            <input type="radio" name="level" checked={level === 'major'} onChange={() => setLevel('major')} data-autofocus={last === null || undefined} />
            <span>
              <strong>Major · {nextVersion(last, 'major')}</strong>
              <span className="muted"> {last === null ? 'ready for approval' : 'requirements, responsibilities or scope change'}</span>
            </span>
          </label>
        </fieldset>
        <label className="field">
          <span>Summary of changes</span>
          <textarea
            rows={3}
            maxLength={500}
            value={summary}
            data-autofocus={last !== null || undefined}
            placeholder="What changed, and why: it goes in the revision history"
            onChange={(e) => setSummary(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
            }}
          />
        </label>
      </form>
    </Modal>
  );
}

interface ApproveProps {
  doc: IsmsDocument;
  reviewCycleMonths: number;
  onApprove(): Promise<boolean>;
  onClose(): void;
}

/** Records the approval of the version in review, and shows when it will next be reviewed. */
export function ApproveDialog({ doc, reviewCycleMonths, onApprove, onClose }: ApproveProps) {
  const [busy, setBusy] = useState(false);
  const today = todayIso();
  const approve = async () => {
    setBusy(true);
    if (await onApprove()) onClose();
    else setBusy(false);
  };
  return (
    <Modal
      title={`Approve version ${doc.version} of ${doc.documentId}`}
      busy={busy}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="primary" data-autofocus disabled={busy} onClick={() => void approve()}>
            Record approval
          </button>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
        </>
      }
    >
      <dl className="facts doc-approve-facts">
        <dt>Approved by</dt>
        <dd>{doc.approver}</dd>
        <dt>Approval date</dt>
        <dd>{formatDate(today)}</dd>
        <dt>Next review</dt>
        <dd>
          {formatDate(addMonths(today, reviewCycleMonths))} <span className="muted">({reviewCycleMonths}-month review cycle)</span>
        </dd>
      </dl>
      {doc.unissuedChanges && (
        <p className="doc-note" role="note">
          The approval covers version {doc.version} as issued. Changes made to the text since then are not part of it.
        </p>
      )}
    </Modal>
  );
}
