import { useState, type FormEvent, type ReactNode } from 'react';

interface Props {
  /** What is being created, e.g. "New issue": labels the form and the prompt. */
  label: string;
  fieldLabel: string;
  placeholder: string;
  submitLabel: string;
  hint?: string;
  /** Extra fields before the text, e.g. internal or external. */
  children?: ReactNode;
  onCreate(text: string): Promise<boolean>;
  onCancel(): void;
}

/** The inline prompt for a new record's title: Enter creates, Escape cancels; the rest is edited afterwards. */
export function NewRecordForm({ label, fieldLabel, placeholder, submitLabel, hint, children, onCreate, onCancel }: Props) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '' || busy) return;
    setBusy(true);
    const created = await onCreate(text.trim());
    setBusy(false);
    if (created) setText('');
  };

  return (
    <form className="inline-form" aria-label={label} onSubmit={(e) => void submit(e)}>
      {children}
      <label className="inline-form-field">
        <span>{label}</span>
        <input
          autoFocus
          value={text}
          maxLength={200}
          placeholder={placeholder}
          aria-label={fieldLabel}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        />
      </label>
      <button type="submit" className="primary" disabled={text.trim() === '' || busy}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {hint && <span className="muted inline-form-hint">{hint}</span>}
    </form>
  );
}
