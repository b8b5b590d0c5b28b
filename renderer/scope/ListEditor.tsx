import { useState, type FormEvent } from 'react';
import { commitKeys, useDraft } from '../components/use-draft';

interface Props {
  /** "Locations": the card's heading and the accessible name of its parts. */
  title: string;
  hint: string;
  placeholder: string;
  items: string[];
  onSave(items: string[]): Promise<boolean>;
}

function ListItem({ value, label, onChange, onRemove }: { value: string; label: string; onChange(v: string): void; onRemove(): void }) {
  const draft = useDraft(value);
  return (
    <li className="scope-item">
      <textarea
        rows={1}
        value={draft.draft}
        aria-label={label}
        onChange={(e) => draft.setDraft(e.target.value)}
        onBlur={() => {
          if (!draft.dirty) return;
          // Emptying an entry removes it, as deleting the text would suggest.
          if (draft.draft.trim() === '') onRemove();
          else onChange(draft.draft.trim());
        }}
        onKeyDown={commitKeys(draft.reset)}
      />
      <button type="button" className="ctx-remove" aria-label={`Remove ${value}`} title="Remove" onClick={onRemove}>
        ×
      </button>
    </li>
  );
}

/** One list of the scope (units, locations, products and services, systems and networks): edit, remove, add. */
export function ListEditor({ title, hint, placeholder, items, onSave }: Props) {
  const [adding, setAdding] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const value = adding.trim();
    if (value === '') return;
    if (items.some((item) => item.toLowerCase() === value.toLowerCase())) {
      setAdding('');
      return;
    }
    if (await onSave([...items, value])) setAdding('');
  };

  return (
    <section className="card scope-card" aria-label={title}>
      <header className="scope-card-head">
        <h2>{title}</h2>
        <span className="muted">{items.length}</span>
      </header>
      <p className="muted scope-hint">{hint}</p>
      {items.length > 0 && (
        <ul className="scope-items">
          {items.map((item, index) => (
            <ListItem
              key={`${index}-${item}`}
              value={item}
              label={`${title}: entry ${index + 1}`}
              onChange={(value) => void onSave(items.map((v, i) => (i === index ? value : v)))}
              onRemove={() => void onSave(items.filter((_, i) => i !== index))}
            />
          ))}
        </ul>
      )}
      <form className="inline scope-add" onSubmit={(e) => void add(e)}>
        <input aria-label={`Add to ${title.toLowerCase()}`} placeholder={placeholder} value={adding} maxLength={500} onChange={(e) => setAdding(e.target.value)} />
        <button type="submit" disabled={adding.trim() === ''}>
          Add
        </button>
      </form>
    </section>
  );
}
