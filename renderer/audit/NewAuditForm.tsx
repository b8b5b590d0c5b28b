import { useState, type FormEvent } from 'react';
import type { AuditCycle } from '../../shared/domain/audit';

interface Props {
  cycle: AuditCycle;
  onCreate(title: string, plannedStart: string | null): Promise<boolean>;
  onCancel(): void;
}

/** The inline form for a new audit: a title and when it starts (the year names it, e.g. IA-2027-02). */
export function NewAuditForm({ cycle, onCreate, onCancel }: Props) {
  const [title, setTitle] = useState('');
  const [start, setStart] = useState('');
  const [busy, setBusy] = useState(false);
  const ready = title.trim() !== '' && !busy;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    const created = await onCreate(title.trim(), start || null);
    setBusy(false);
    if (created) setTitle('');
  };

  return (
    <form className="inline-form" aria-label="New audit" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <label className="inline-form-field">
        <span>Audit</span>
        <input
          autoFocus
          value={title}
          maxLength={200}
          placeholder="e.g. ISMS and Annex A internal audit 2027"
          aria-label="Title of the new audit"
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label className="inline-form-field audit-new-start">
        <span>Starts</span>
        <input type="date" value={start} min={cycle.start ?? undefined} max={cycle.end ?? undefined} aria-label="Start of the new audit" onChange={(e) => setStart(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={!ready}>
        Plan audit
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
