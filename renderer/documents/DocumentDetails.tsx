import { useId, useState } from 'react';
import { controlLabel } from '../../shared/catalog/annex-a';
import { clauseById } from '../../shared/catalog/clauses';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_LABELS, type DocumentPatch, type DocumentType, type IsmsDocument } from '../../shared/domain/documents';
import { parseControlList } from '../../shared/rules/control-id';
import { formatDate } from '../app/format';
import { commitKeys, useDraft } from '../components/use-draft';
import { parseClauseList } from './document-filter';

interface Props {
  doc: IsmsDocument;
  readOnly: boolean;
  classifications: string[];
  people: string[];
  onSave(patch: DocumentPatch): Promise<boolean>;
}

type TextField = 'documentId' | 'title' | 'owner' | 'approver';

/** The document's metadata: identity, ownership, approval, review, classification and what it relates to. */
export function DocumentDetails({ doc, readOnly, classifications, people, onSave }: Props) {
  const ids = useId();
  const drafts: Record<TextField, ReturnType<typeof useDraft>> = {
    documentId: useDraft(doc.documentId),
    title: useDraft(doc.title),
    owner: useDraft(doc.owner),
    approver: useDraft(doc.approver),
  };
  const clauses = useDraft(doc.clauses.join(', '));
  const controls = useDraft(doc.controls.map((c) => `A.${c}`).join(', '));
  const [problem, setProblem] = useState('');

  const saveText = (field: TextField, required = false) => {
    const draft = drafts[field];
    if (!draft.dirty) return;
    if (required && draft.draft.trim() === '') {
      draft.reset();
      return setProblem(`The ${field === 'title' ? 'title' : 'document ID'} cannot be empty: the previous value was kept.`);
    }
    setProblem('');
    void onSave({ [field]: draft.draft.trim() }).then((ok) => ok || draft.reset());
  };

  const saveList = (kind: 'clauses' | 'controls') => {
    const draft = kind === 'clauses' ? clauses : controls;
    if (!draft.dirty) return;
    const parsed = kind === 'clauses' ? parseClauseList(draft.draft, (id) => clauseById(id) !== undefined) : parseControlList(draft.draft);
    if (parsed.invalid.length > 0) {
      return setProblem(`Not ${kind === 'clauses' ? 'a clause of ISO/IEC 27001:2022' : 'an Annex A control'}: ${parsed.invalid.join(', ')}.`);
    }
    setProblem('');
    void onSave({ [kind]: parsed.ids });
  };

  const textInput = (field: TextField, label: string, opts: { required?: boolean; list?: string; placeholder?: string } = {}) => (
    <label className="field">
      <span>{label}</span>
      <input
        value={drafts[field].draft}
        readOnly={readOnly}
        list={opts.list}
        placeholder={opts.placeholder}
        onChange={(e) => drafts[field].setDraft(e.target.value)}
        onBlur={() => saveText(field, opts.required)}
        onKeyDown={commitKeys(drafts[field].reset)}
      />
    </label>
  );

  return (
    <div className="doc-details" aria-label="Details">
      {problem && (
        <p className="input-error" role="alert">
          {problem}
        </p>
      )}
      <div className="field-row">
        {textInput('documentId', 'Document ID', { required: true })}
        <label className="field">
          <span>Type</span>
          <select value={doc.type} disabled={readOnly} onChange={(e) => void onSave({ type: e.target.value as DocumentType })}>
            {DOCUMENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {DOCUMENT_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {textInput('title', 'Title', { required: true })}
      <div className="field-row">
        {textInput('owner', 'Owner', { list: `${ids}-people`, placeholder: 'Who keeps it current' })}
        {textInput('approver', 'Approver', { list: `${ids}-people`, placeholder: 'Who approves each version' })}
      </div>
      <datalist id={`${ids}-people`}>
        {people.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <div className="field-row">
        <label className="field">
          <span>Classification</span>
          <select value={doc.classification} disabled={readOnly} onChange={(e) => void onSave({ classification: e.target.value })}>
            <option value="">Organisation default</option>
            {[...new Set([...classifications, doc.classification])].filter(Boolean).map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Next review</span>
          <input
            type="date"
            value={doc.nextReview ?? ''}
            readOnly={readOnly}
            onChange={(e) => void onSave({ nextReview: e.target.value === '' ? null : e.target.value })}
          />
        </label>
        <div className="field">
          <span>Approved on</span>
          <output className="read-only" data-testid="approved-on">
            {doc.approvedOn ? formatDate(doc.approvedOn) : 'Not approved'}
          </output>
        </div>
      </div>
      <label className="field">
        <span>Related clauses</span>
        <input
          value={clauses.draft}
          readOnly={readOnly}
          placeholder="e.g. 5.2, 7.5.3"
          onChange={(e) => clauses.setDraft(e.target.value)}
          onBlur={() => saveList('clauses')}
          onKeyDown={commitKeys(clauses.reset)}
        />
        {doc.clauses.length > 0 && <span className="field-hint">{doc.clauses.map((c) => `${c} ${clauseById(c)?.title ?? ''}`).join(' · ')}</span>}
      </label>
      <label className="field">
        <span>Related Annex A controls</span>
        <input
          value={controls.draft}
          readOnly={readOnly}
          placeholder="e.g. A.5.1, A.5.10"
          onChange={(e) => controls.setDraft(e.target.value)}
          onBlur={() => saveList('controls')}
          onKeyDown={commitKeys(controls.reset)}
        />
        {doc.controls.length > 0 && <span className="field-hint">{doc.controls.map(controlLabel).join(' · ')}</span>}
      </label>
      {doc.templateId && <p className="field-hint">Created from the template library ({doc.templateId}).</p>}
    </div>
  );
}
