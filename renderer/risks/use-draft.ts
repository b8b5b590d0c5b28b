import { useEffect, useState } from 'react';

/** Text that saves when the field loses focus, and follows changes made elsewhere to the saved value. */
export function useDraft(saved: string) {
  const [draft, setDraft] = useState(saved);
  useEffect(() => setDraft(saved), [saved]);
  return { draft, setDraft, dirty: draft.trim() !== saved.trim() };
}
