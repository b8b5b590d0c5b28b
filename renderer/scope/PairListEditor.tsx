import { useState, type FormEvent } from 'react';
import { commitKeys, useDraft } from '../components/use-draft';

export interface Pair {
  first: string;
  second: string;
}

interface Props {
  title: string;
  hint: string;
  firstLabel: string;
  secondLabel: string;
  firstPlaceholder: string;
  secondPlaceholder: string;
  /** When the second part is required (an exclusion's justification), it cannot be left or made empty. */
  secondRequired: string | null;
  items: Pair[];
  onSave(items: Pair[]): Promise<boolean>;
}

function PairRow(props: { item: Pair; index: number; labels: [string, string]; secondRequired: string | null; onChange(p: Pair): void; onRemove(): void }) {
  const { item, labels } = props;
  const first = useDraft(item.first);
  const second = useDraft(item.second);
  const [error, setError] = useState('');
  const save = () => {
    if (!first.dirty && !second.dirty) return setError('');
    if (first.draft.trim() === '') {
      first.reset();
      return setError(`${labels[0]} cannot be empty: the previous text was kept.`);
    }
    if (props.secondRequired && second.draft.trim() === '') {
      second.reset();
      return setError(`${props.secondRequired}: the previous text was kept.`);
    }
    setError('');
    props.onChange({ first: first.draft.trim(), second: second.draft.trim() });
  };
  return (
    <li className="scope-pair" aria-label={`${labels[0]} ${props.index + 1}`}>
      <input value={first.draft} aria-label={labels[0]} onChange={(e) => first.setDraft(e.target.value)} onBlur={save} onKeyDown={commitKeys(first.reset)} />
      <textarea
        rows={2}
        value={second.draft}
        aria-label={labels[1]}
        aria-invalid={(props.secondRequired !== null && item.second.trim() === '') || undefined}
        onChange={(e) => second.setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={commitKeys(second.reset, true)}
      />
      <button type="button" className="ctx-remove" aria-label={`Remove ${item.first}`} title="Remove" onClick={props.onRemove}>
        ×
      </button>
      {error && <span className="input-error scope-pair-error">{error}</span>}
    </li>
  );
}

/** Interfaces and dependencies, or exclusions: a list of name + explanation pairs. */
export function PairListEditor(props: Props) {
  const { items, onSave } = props;
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const ready = first.trim() !== '' && (props.secondRequired === null || second.trim() !== '');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    if (await onSave([...items, { first: first.trim(), second: second.trim() }])) {
      setFirst('');
      setSecond('');
    }
  };

  return (
    <section className="card scope-card scope-wide" aria-label={props.title}>
      <header className="scope-card-head">
        <h2>{props.title}</h2>
        <span className="muted">{items.length}</span>
      </header>
      <p className="muted scope-hint">{props.hint}</p>
      {items.length > 0 && (
        <ul className="scope-pairs">
          <li className="scope-pair scope-pair-head" aria-hidden="true">
            <span>{props.firstLabel}</span>
            <span>{props.secondLabel}</span>
          </li>
          {items.map((item, index) => (
            <PairRow
              key={`${index}-${item.first}`}
              item={item}
              index={index}
              labels={[props.firstLabel, props.secondLabel]}
              secondRequired={props.secondRequired}
              onChange={(pair) => void onSave(items.map((v, i) => (i === index ? pair : v)))}
              onRemove={() => void onSave(items.filter((_, i) => i !== index))}
            />
          ))}
        </ul>
      )}
      <form className="scope-pair scope-pair-add" aria-label={`Add to ${props.title.toLowerCase()}`} onSubmit={(e) => void add(e)}>
        <input aria-label={`New: ${props.firstLabel.toLowerCase()}`} placeholder={props.firstPlaceholder} value={first} maxLength={300} onChange={(e) => setFirst(e.target.value)} />
        <textarea
          rows={2}
          aria-label={`New: ${props.secondLabel.toLowerCase()}`}
          placeholder={props.secondPlaceholder}
          value={second}
          maxLength={2000}
          onChange={(e) => setSecond(e.target.value)}
        />
        <button type="submit" disabled={!ready}>
          Add
        </button>
      </form>
    </section>
  );
}
