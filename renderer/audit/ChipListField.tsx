import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface ChipOption {
  value: string;
  label: string;
}

interface Props {
  label: string;
  values: string[];
  /** Offered while typing; a chip shows its option's label as a tooltip. */
  options?: ChipOption[];
  /** Turns typed text into a value, or null when it is not one (then nothing is added and the text stays). */
  parse?(text: string): string | null;
  /** How a value is shown on its chip (e.g. "A.5.1" for "5.1"). */
  display?(value: string): string;
  placeholder?: string;
  onChange(values: string[]): void;
  /** Buttons after the input, e.g. "All clauses". */
  actions?: ReactNode;
  hint?: ReactNode;
  /** A value to mark as a concern (independence warnings), with the reason as its tooltip. */
  flagged?: Map<string, string>;
  /** People are written "Name, Role": for them a comma is part of the value, and only ; or a new line separates. */
  commaSeparates?: boolean;
}

/** A list of short values (people, clauses, controls) as removable chips; Enter (or a comma, where it separates) adds. */
export function ChipListField(props: Props) {
  const { label, values, options = [], parse = (t) => t.trim() || null, display = (v) => v, placeholder, onChange, actions, hint, flagged } = props;
  const commaSeparates = props.commaSeparates ?? true;
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const ids = useId();
  const titles = new Map(options.map((o) => [o.value, o.label]));

  const add = () => {
    const parts = text.split(commaSeparates ? /[,;\n]/ : /[;\n]/).map((p) => p.trim()).filter(Boolean);
    if (parts.length === 0) return;
    const parsed = parts.map((p) => [p, parse(p)] as const);
    const bad = parsed.filter(([, v]) => v === null).map(([p]) => p);
    const good = parsed.flatMap(([, v]) => (v === null || values.includes(v) ? [] : [v]));
    if (good.length > 0) onChange([...values, ...new Set(good)]);
    setText(bad.join(', '));
    setProblem(bad.length > 0 ? `Not recognised: ${bad.join(', ')}` : '');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || (e.key === ',' && commaSeparates)) {
      e.preventDefault();
      add();
    } else if (e.key === 'Backspace' && text === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    } else if (e.key === 'Escape') {
      setText('');
      setProblem('');
    }
  };

  return (
    <div className="field audit-chips-field" role="group" aria-labelledby={`${ids}-label`}>
      <span id={`${ids}-label`}>{label}</span>
      <div className="audit-chips">
        {values.map((value) => {
          const concern = flagged?.get(value);
          return (
            <span key={value} className={`audit-chip${concern ? ' flagged' : ''}`} title={concern ?? titles.get(value) ?? value}>
              {display(value)}
              <button type="button" className="audit-chip-remove" aria-label={`Remove ${display(value)}`} onClick={() => onChange(values.filter((v) => v !== value))}>
                ×
              </button>
            </span>
          );
        })}
        <input
          className="audit-chips-input"
          list={options.length > 0 ? `${ids}-options` : undefined}
          value={text}
          placeholder={values.length === 0 ? placeholder : 'Add…'}
          aria-label={`Add to ${label.toLowerCase()}`}
          aria-invalid={problem !== '' || undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={add}
        />
        {options.length > 0 && (
          <datalist id={`${ids}-options`}>
            {options.filter((o) => !values.includes(o.value)).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </datalist>
        )}
      </div>
      {problem && <span className="input-error">{problem}</span>}
      {(actions || hint) && (
        <div className="audit-chips-actions">
          {actions}
          {hint && <span className="field-hint">{hint}</span>}
        </div>
      )}
    </div>
  );
}
