import { useState, type FormEvent } from 'react';

/** The inline prompt for a new asset's name: Enter creates, Escape cancels. */
export function NewAssetForm({ onCreate, onCancel }: { onCreate(name: string): Promise<boolean>; onCancel(): void }) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '' || busy) return;
    setBusy(true);
    const created = await onCreate(name.trim());
    setBusy(false);
    if (created) setName('');
  };

  return (
    <form className="inline-form" aria-label="New asset" onSubmit={(e) => void submit(e)}>
      <label className="inline-form-field">
        <span>New asset</span>
        <input
          autoFocus
          value={name}
          maxLength={200}
          placeholder="Name, e.g. Customer database, Payroll service, Laptops"
          aria-label="Name of the new asset"
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        />
      </label>
      <button type="submit" className="primary" disabled={name.trim() === '' || busy}>
        Create asset
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <span className="muted inline-form-hint">Type, owner, classification and C·I·A values come next.</span>
    </form>
  );
}
