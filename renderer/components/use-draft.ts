import { useEffect, useState, type KeyboardEvent } from 'react';

/** Text that saves when the field loses focus, not on every keystroke; follows changes made elsewhere. */
export function useDraft(saved: string) {
  const [draft, setDraft] = useState(saved);
  useEffect(() => setDraft(saved), [saved]);
  return { draft, setDraft, dirty: draft.trim() !== saved.trim(), reset: () => setDraft(saved) };
}

/** Enter (single-line) or Ctrl+Enter (multi-line) commits by leaving the field; Escape drops the edit. */
export function commitKeys(reset: () => void, multiline = false) {
  return (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.currentTarget.blur();
    } else if (e.key === 'Escape') {
      reset();
    }
  };
}
