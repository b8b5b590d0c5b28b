import { forwardRef, useId, useState } from 'react';
import { commitKeys, useDraft } from './use-draft';

interface Props {
  label: string;
  /** The saved text; the field follows it when it changes elsewhere. */
  value: string;
  /** Shown when the field is emptied, e.g. "An asset needs a name: the previous name was kept." */
  emptyMessage: string;
  onSave(value: string): void;
}

/**
 * A single line a record cannot do without (a title, a name). Saves when the field is left or on Enter, Escape
 * drops the edit, and emptying it keeps the saved text and says why.
 */
export const RequiredTextField = forwardRef<HTMLInputElement, Props>(function RequiredTextField({ label, value, emptyMessage, onSave }, ref) {
  const draft = useDraft(value);
  const [error, setError] = useState('');
  const id = useId();

  const save = () => {
    if (!draft.dirty) return setError('');
    if (draft.draft.trim() === '') {
      draft.reset();
      return setError(emptyMessage);
    }
    setError('');
    onSave(draft.draft.trim());
  };

  return (
    <div className="field-group">
      <label className="field">
        <span>{label}</span>
        <input
          ref={ref}
          value={draft.draft}
          aria-invalid={error !== '' || undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => draft.setDraft(e.target.value)}
          onBlur={save}
          onKeyDown={commitKeys(draft.reset)}
        />
      </label>
      {error && (
        <span className="input-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
});
