import { useState, type FormEvent } from 'react';
import type { Risk } from '../../shared/domain/risk';

interface Props {
  risks: Risk[];
  initialRiskId: number | null;
  onAdd(riskId: number, title: string): Promise<boolean>;
  onCancel(): void;
}

/** The inline form for a new action: the risk it treats and a title. Enter adds, Escape cancels. */
export function AddActionForm({ risks, initialRiskId, onAdd, onCancel }: Props) {
  const [riskId, setRiskId] = useState<number | null>(initialRiskId ?? risks[0]?.id ?? null);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const ready = riskId !== null && title.trim() !== '' && !busy;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    const added = await onAdd(riskId, title.trim());
    setBusy(false);
    if (added) setTitle('');
  };

  return (
    <form
      className="inline-form"
      aria-label="Add action"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label className="inline-form-field add-action-risk">
        <span>For risk</span>
        <select value={riskId ?? ''} onChange={(e) => setRiskId(Number(e.target.value))} aria-label="Risk the action treats">
          {risks.map((r) => (
            <option key={r.id} value={r.id}>
              {r.ref} · {r.title}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-form-field">
        <span>Action</span>
        <input
          autoFocus
          value={title}
          maxLength={300}
          placeholder="What will be done, e.g. Enforce MFA on the VPN"
          aria-label="Title of the new action"
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <button type="submit" className="primary" disabled={!ready}>
        Add action
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
