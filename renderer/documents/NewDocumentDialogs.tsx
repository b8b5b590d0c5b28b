import { useMemo, useState } from 'react';
import {
  DOCUMENT_ID_PREFIXES,
  DOCUMENT_TYPES,
  DOCUMENT_TYPE_LABELS,
  proposeDocumentId,
  type DocumentTemplate,
  type DocumentType,
  type IsmsDocument,
  type NewDocument,
} from '../../shared/domain/documents';
import { Modal } from '../risk-method/Modal';

interface PickerProps {
  templates: DocumentTemplate[];
  documents: IsmsDocument[];
  onCreate(templateId: string): Promise<boolean>;
  onClose(): void;
}

/** The template library with what each template covers; the chosen one is filled with the organisation's details. */
export function TemplatePicker({ templates, documents, onCreate, onClose }: PickerProps) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inRegister = useMemo(() => {
    const map = new Map<string, IsmsDocument[]>();
    for (const doc of documents) if (doc.templateId) map.set(doc.templateId, [...(map.get(doc.templateId) ?? []), doc]);
    return map;
  }, [documents]);
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = templates.filter((t) => {
    const text = [t.title, t.summary, t.documentId, ...t.controls.map((c) => `A.${c}`), ...t.clauses].join(' ').toLowerCase();
    return words.every((w) => text.includes(w));
  });

  const create = async () => {
    if (!chosen) return;
    setBusy(true);
    if (await onCreate(chosen)) onClose();
    else setBusy(false);
  };

  return (
    <Modal
      wide
      title="New document from a template"
      description="Each template is written for a small or mid-sized organisation and is filled in with your organisation profile. Review and adapt it before you issue it."
      busy={busy}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="primary" disabled={!chosen || busy} onClick={() => void create()}>
            Create document
          </button>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <span className="muted doc-count">{templates.length} templates</span>
        </>
      }
    >
      <input
        type="search"
        className="doc-template-search"
        aria-label="Search templates"
        placeholder="Search by title, topic or control, e.g. backup or A.8.13"
        value={query}
        data-autofocus
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="doc-templates" role="listbox" aria-label="Templates">
        {shown.map((t) => {
          const existing = inRegister.get(t.id) ?? [];
          return (
            <li
              key={t.id}
              role="option"
              aria-selected={chosen === t.id}
              tabIndex={0}
              className={chosen === t.id ? 'chosen' : undefined}
              onClick={() => setChosen(t.id)}
              onDoubleClick={() => {
                setChosen(t.id);
                void onCreate(t.id).then((ok) => ok && onClose());
              }}
              onKeyDown={(e) => {
                if (e.key === ' ' || e.key === 'Enter') {
                  e.preventDefault();
                  if (e.key === 'Enter' && chosen === t.id) void create();
                  else setChosen(t.id);
                }
              }}
            >
              <div className="doc-template-head">
                <strong>{t.title}</strong>
                <span className="doc-template-meta muted">
                  {DOCUMENT_TYPE_LABELS[t.type]} · {t.documentId}
                  {t.controls.length > 0 && ` · A.${t.controls.slice(0, 4).join(', A.')}${t.controls.length > 4 ? '…' : ''}`}
                  {t.clauses.length > 0 && ` · clause ${t.clauses.join(', ')}`}
                </span>
              </div>
              <p>{t.summary}</p>
              {existing.length > 0 && <span className="doc-template-used">In the register as {existing.map((d) => d.documentId).join(', ')}</span>}
            </li>
          );
        })}
        {shown.length === 0 && <li className="muted doc-templates-none">No template matches “{query}”.</li>}
      </ul>
    </Modal>
  );
}

interface BlankProps {
  documents: IsmsDocument[];
  onCreate(document: NewDocument): Promise<boolean>;
  onClose(): void;
}

/** A new empty document: title, type and an ID (proposed from the type). */
export function NewBlankDialog({ documents, onCreate, onClose }: BlankProps) {
  const [title, setTitle] = useState('');
  const [type, setType] = useState<DocumentType>('policy');
  const [documentId, setDocumentId] = useState('');
  const [busy, setBusy] = useState(false);
  const proposed = proposeDocumentId(DOCUMENT_ID_PREFIXES[type], documents.map((d) => d.documentId));
  const ready = title.trim() !== '' && !busy;

  const create = async () => {
    if (!ready) return;
    setBusy(true);
    if (await onCreate({ title: title.trim(), type, ...(documentId.trim() ? { documentId: documentId.trim() } : {}) })) onClose();
    else setBusy(false);
  };

  return (
    <Modal
      title="New blank document"
      description="Owner, approver and classification start from the organisation profile."
      busy={busy}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="primary" disabled={!ready} onClick={() => void create()}>
            Create document
          </button>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
        </>
      }
    >
      <form
        className="doc-dialog-form"
        aria-label="New blank document"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label className="field">
          <span>Title</span>
          <input value={title} maxLength={200} data-autofocus placeholder="e.g. Password Standard" onChange={(e) => setTitle(e.target.value)} />
        </label>
        <div className="field-row">
          <label className="field">
            <span>Type</span>
            <select value={type} onChange={(e) => setType(e.target.value as DocumentType)}>
              {DOCUMENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {DOCUMENT_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Document ID</span>
            <input value={documentId} maxLength={40} placeholder={proposed} onChange={(e) => setDocumentId(e.target.value)} />
          </label>
        </div>
        <button type="submit" hidden />
      </form>
    </Modal>
  );
}
