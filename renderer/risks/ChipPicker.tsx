import { useState } from 'react';

export interface Chip {
  id: string;
  label: string;
  warning?: string;
}

interface Props {
  label: string;
  chips: Chip[];
  options: { value: string; label: string }[];
  placeholder: string;
  onAdd(value: string): void;
  onRemove(id: string): void;
  /** Turns typed text into values; unrecognised text is reported back. */
  parse?(text: string): { values: string[]; invalid: string[] };
}

/** A list of removable chips with a type-ahead to add more (assets, controls). */
export function ChipPicker({ label, chips, options, placeholder, onAdd, onRemove, parse }: Props) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const listId = `chip-options-${label.replace(/\W+/g, '-').toLowerCase()}`;

  const commit = () => {
    if (text.trim() === '') return;
    const byLabel = options.find((o) => o.label.toLowerCase() === text.trim().toLowerCase());
    if (byLabel) {
      onAdd(byLabel.value);
      setText('');
      setProblem(null);
      return;
    }
    const parsed = parse?.(text) ?? { values: [], invalid: [text.trim()] };
    parsed.values.forEach(onAdd);
    setProblem(parsed.invalid.length > 0 ? `Not recognised: ${parsed.invalid.join(', ')}` : null);
    setText(parsed.invalid.join(', '));
  };

  return (
    <div className="field chip-picker">
      <span>{label}</span>
      <ul className="chips" aria-label={label}>
        {chips.map((chip) => (
          <li key={chip.id} className={`chip${chip.warning ? ' chip-warning' : ''}`} title={chip.warning ?? chip.label}>
            {chip.label}
            <button type="button" aria-label={`Remove ${chip.label}`} onClick={() => onRemove(chip.id)}>
              ×
            </button>
          </li>
        ))}
        {chips.length === 0 && <li className="muted">None yet</li>}
      </ul>
      <input
        list={listId}
        aria-label={`Add to ${label}`}
        placeholder={placeholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
        onBlur={commit}
      />
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o.value} value={o.label} />
        ))}
      </datalist>
      {problem && <small className="field-error">{problem}</small>}
    </div>
  );
}
