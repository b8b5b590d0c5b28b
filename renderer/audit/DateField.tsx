import { useEffect, useState } from 'react';

interface Props {
  value: string | null;
  label: string;
  min?: string | null;
  max?: string | null;
  invalid?: boolean;
  id?: string;
  onCommit(value: string | null): void;
}

/**
 * A date input that saves when it loses focus (or on Enter), not on every keystroke: typing a year digit by digit
 * would otherwise save 0002, 0020, 0202… and trip checks such as "ends before it starts" on the way.
 */
export function DateField({ value, label, min, max, invalid, id, onCommit }: Props) {
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  const commit = () => {
    const next = draft === '' ? null : draft;
    if (next !== value) onCommit(next);
  };
  return (
    <input
      id={id}
      type="date"
      aria-label={label}
      value={draft}
      min={min ?? undefined}
      max={max ?? undefined}
      aria-invalid={invalid || undefined}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape') setDraft(value ?? '');
      }}
    />
  );
}
