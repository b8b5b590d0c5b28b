import { useState } from 'react';
import { DOCUMENT_TYPE_LABELS, isReviewOverdue, type DocumentPatch, type IsmsDocument, type VersionLevel } from '../../shared/domain/documents';
import { formatDate, todayIso } from '../app/format';
import { exportWithDialog } from '../exports/export-actions';
import { BodyEditor } from './BodyEditor';
import { DocumentDetails } from './DocumentDetails';
import { DocumentHistory } from './DocumentHistory';
import { DocumentStatusChip } from './DocumentStatusChip';
import { ApproveDialog, IssueVersionDialog } from './WorkflowDialogs';

type Tab = 'text' | 'details' | 'history';
const TABS: { id: Tab; label: string }[] = [
  { id: 'text', label: 'Text' },
  { id: 'details', label: 'Details' },
  { id: 'history', label: 'Revision history' },
];

interface Props {
  doc: IsmsDocument;
  classifications: string[];
  people: string[];
  reviewCycleMonths: number;
  registerHidden: boolean;
  onToggleRegister(): void;
  onSave(patch: DocumentPatch): Promise<boolean>;
  onIssue(level: VersionLevel, summary: string): Promise<boolean>;
  onApprove(): Promise<boolean>;
  onRetire(): Promise<boolean>;
  onDelete(): Promise<boolean>;
}

/** One document: its text with a live preview, its metadata, its versions, and the issue → approve workflow. */
export function DocumentEditor(props: Props) {
  const { doc } = props;
  const [tab, setTab] = useState<Tab>('text');
  const [dialog, setDialog] = useState<'issue' | 'approve' | null>(null);
  const [confirming, setConfirming] = useState<'retire' | 'delete' | null>(null);
  const readOnly = doc.status === 'retired';
  const overdue = isReviewOverdue(doc, todayIso());
  const deletable = doc.status === 'draft' && doc.revisions.length === 0;
  const canApprove = doc.status === 'in-review' && doc.approver.trim() !== '';

  return (
    <article className="doc-editor" aria-label={`Edit ${doc.documentId}`}>
      <header className="doc-editor-head">
        <div className="doc-editor-title">
          <span className="control-id">{doc.documentId}</span>
          <h2>{doc.title}</h2>
          <DocumentStatusChip status={doc.status} />
          <span className="muted doc-version" data-testid="doc-version">
            Version {doc.version}
          </span>
        </div>
        <p className="muted doc-editor-meta">
          {DOCUMENT_TYPE_LABELS[doc.type]} · owner {doc.owner || 'not set'}
          {doc.approvedOn && ` · approved ${formatDate(doc.approvedOn)} by ${doc.approver}`}
          {doc.nextReview && ` · next review ${formatDate(doc.nextReview)}`}
        </p>
        <div className="doc-actions">
          {!readOnly && (
            <button type="button" className={doc.status === 'in-review' ? undefined : 'primary'} onClick={() => setDialog('issue')}>
              Issue new version…
            </button>
          )}
          {doc.status === 'in-review' && (
            <button
              type="button"
              className="primary"
              disabled={!canApprove}
              title={canApprove ? undefined : 'Name the approver in Details first'}
              onClick={() => setDialog('approve')}
            >
              Approve version {doc.version}…
            </button>
          )}
          <button type="button" onClick={() => void exportWithDialog(`document:${doc.documentId}`)}>
            Export Word
          </button>
          <span className="spacer" />
          <button type="button" className="link-button" onClick={props.onToggleRegister} aria-pressed={props.registerHidden}>
            {props.registerHidden ? 'Show register' : 'Wider editor'}
          </button>
        </div>
        {overdue && (
          <p className="overdue-note" role="note">
            Review overdue: due {formatDate(doc.nextReview)}. Review the text and issue a new version, even if nothing changes.
          </p>
        )}
        {doc.status === 'in-review' && doc.approver.trim() === '' && (
          <p className="doc-note" role="note">
            Name the approver in Details before the version can be approved.
          </p>
        )}
        {doc.unissuedChanges && doc.revisions.length > 0 && !readOnly && (
          <p className="doc-note" role="note" data-testid="unissued-note">
            The text has changed since version {doc.version} was issued. The Word export shows version {doc.version} until you issue a new version.
          </p>
        )}
      </header>

      <div className="doc-tabs" role="tablist" aria-label="Document">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} onClick={() => setTab(t.id)}>
            {t.label}
            {t.id === 'history' && doc.revisions.length > 0 && <span className="doc-tab-count">{doc.revisions.length}</span>}
          </button>
        ))}
      </div>

      <div className="doc-tab-panel" role="tabpanel" aria-label={TABS.find((t) => t.id === tab)!.label}>
        {tab === 'text' && <BodyEditor key={doc.id} body={doc.body} readOnly={readOnly} onSave={(body) => props.onSave({ body })} />}
        {tab === 'details' && (
          <DocumentDetails
            key={`${doc.id}-${doc.documentId}`}
            doc={doc}
            readOnly={readOnly}
            classifications={props.classifications}
            people={props.people}
            onSave={props.onSave}
          />
        )}
        {tab === 'history' && <DocumentHistory doc={doc} />}
      </div>

      <section className="delete-zone doc-danger" aria-label="Retire or delete">
        {confirming ? (
          <div className="confirm-box" role="alertdialog" aria-label={confirming === 'delete' ? 'Confirm deletion' : 'Confirm retirement'}>
            <p>
              <strong>
                {confirming === 'delete' ? 'Delete' : 'Retire'} {doc.documentId} “{doc.title}”?
              </strong>
            </p>
            <p>
              {confirming === 'delete'
                ? 'The draft leaves the register; the change log keeps a record.'
                : 'It stays in the register, read-only, with its revision history, but is no longer in force.'}
            </p>
            <span className="field-actions">
              <button
                type="button"
                className="danger"
                onClick={() => void (confirming === 'delete' ? props.onDelete() : props.onRetire()).then(() => setConfirming(null))}
              >
                {confirming === 'delete' ? 'Delete draft' : 'Retire document'}
              </button>
              <button type="button" onClick={() => setConfirming(null)} autoFocus>
                Cancel
              </button>
            </span>
          </div>
        ) : (
          <>
            {!readOnly && (
              <button type="button" className="danger-link" onClick={() => setConfirming('retire')}>
                Retire document…
              </button>
            )}
            {deletable && (
              <button type="button" className="danger-link" onClick={() => setConfirming('delete')}>
                Delete draft…
              </button>
            )}
          </>
        )}
      </section>

      {dialog === 'issue' && <IssueVersionDialog doc={doc} onIssue={props.onIssue} onClose={() => setDialog(null)} />}
      {dialog === 'approve' && (
        <ApproveDialog doc={doc} reviewCycleMonths={props.reviewCycleMonths} onApprove={props.onApprove} onClose={() => setDialog(null)} />
      )}
    </article>
  );
}
