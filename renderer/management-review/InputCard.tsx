import { useState } from 'react';
import type { ReviewInputKey } from '../../shared/domain/management-review';
import { REVIEW_INPUTS } from '../../shared/domain/management-review';
import { commitKeys, useDraft } from '../components/use-draft';

type InputDefinition = (typeof REVIEW_INPUTS)[number];

interface Props {
  input: InputDefinition;
  text: string;
  /** The text differs from what the registers last filled in. */
  edited: boolean;
  onSave(text: string): Promise<boolean>;
  /** Fills the input from the registers; resolves to whether the server kept edited text instead. */
  onRefresh(key: ReviewInputKey, replaceEdited: boolean): Promise<'replaced' | 'kept' | 'failed'>;
}

/** One input of clause 9.3.2: what it is about, the text the meeting considered, and a refresh from the registers. */
export function InputCard({ input, text, edited, onSave, onRefresh }: Props) {
  const draft = useDraft(text);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = `review-input-${input.key}`;
  const empty = text.trim() === '' && draft.draft.trim() === '';

  const refresh = async (replaceEdited: boolean) => {
    setBusy(true);
    const outcome = await onRefresh(input.key, replaceEdited);
    setBusy(false);
    setConfirming(outcome === 'kept');
  };

  return (
    <article className={`review-input-card${empty ? ' review-input-empty' : ''}`} aria-labelledby={`${id}-title`} data-input={input.key}>
      <header className="review-input-head">
        <div>
          <h3 id={`${id}-title`}>{input.title}</h3>
          <p className="muted review-input-description">
            <span className="review-clause">{input.clause}</span> {input.description}
          </p>
        </div>
        <span className={`review-source ${edited ? 'review-source-edited' : 'review-source-registers'}`}>
          {empty ? 'Empty' : edited ? 'Edited' : 'From registers'}
        </span>
      </header>
      <textarea
        id={id}
        aria-label={input.title}
        rows={Math.min(12, Math.max(4, Math.ceil(draft.draft.length / 110) + draft.draft.split('\n').length))}
        value={draft.draft}
        placeholder="What the meeting considered under this input"
        onChange={(e) => draft.setDraft(e.target.value)}
        onBlur={() => {
          if (draft.dirty) void onSave(draft.draft.trim());
        }}
        onKeyDown={commitKeys(draft.reset, true)}
      />
      {confirming ? (
        <div className="confirm-box review-refresh-confirm" role="alertdialog" aria-label={`Replace ${input.title}`}>
          <p>
            <strong>Replace your edited text with fresh figures from the registers?</strong>
          </p>
          <p>Your wording is lost from this review; the change log keeps a copy.</p>
          <span className="field-actions">
            <button type="button" className="danger" disabled={busy} onClick={() => void refresh(true)}>
              Replace text
            </button>
            <button type="button" autoFocus onClick={() => setConfirming(false)}>
              Keep my text
            </button>
          </span>
        </div>
      ) : (
        <div className="review-input-actions">
          <button
            type="button"
            className="link-button"
            disabled={busy}
            onClick={() => (edited || draft.dirty ? setConfirming(true) : void refresh(false))}
          >
            Refresh from registers
          </button>
        </div>
      )}
    </article>
  );
}
