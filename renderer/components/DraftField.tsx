import { forwardRef, useId, type ReactNode } from 'react';
import { commitKeys, useDraft } from './use-draft';

interface Props {
  label: string;
  /** The saved text; the field follows it when it changes elsewhere (undo, import, another screen). */
  value: string;
  /** Called with the trimmed text when the field is left changed (or on Enter; Ctrl+Enter when multi-line). */
  onSave(value: string): void;
  /** Rows of a multi-line field; absent for a single line. */
  rows?: number;
  placeholder?: string;
  /** Values offered as the user types (people, roles), still free text. */
  suggestions?: readonly string[];
  /** A line under the field: what belongs in it, or which clause asks for it. */
  hint?: ReactNode;
  className?: string;
}

/**
 * A labelled text field that saves when it is left, not on every keystroke: Enter (Ctrl+Enter when multi-line)
 * saves, Escape drops the edit. For a title or name a record cannot do without, use RequiredTextField.
 */
export const DraftField = forwardRef<HTMLInputElement & HTMLTextAreaElement, Props>(function DraftField(
  { label, value, onSave, rows, placeholder, suggestions, hint, className },
  ref,
) {
  const draft = useDraft(value);
  const id = useId();
  const save = () => {
    if (draft.dirty) onSave(draft.draft.trim());
  };
  const common = {
    value: draft.draft,
    // Named by its label alone: a hint inside the label element would otherwise join the name.
    'aria-labelledby': `${id}-label`,
    placeholder,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onChange: (e: { target: { value: string } }) => draft.setDraft(e.target.value),
    onBlur: save,
  };
  return (
    <label className={className ? `field ${className}` : 'field'}>
      <span id={`${id}-label`}>{label}</span>
      {rows === undefined ? (
        <input ref={ref} list={suggestions ? `${id}-suggestions` : undefined} onKeyDown={commitKeys(draft.reset)} {...common} />
      ) : (
        <textarea ref={ref} rows={rows} onKeyDown={commitKeys(draft.reset, true)} {...common} />
      )}
      {suggestions && (
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </label>
  );
});
