import { useState, type FormEvent } from 'react';
import type { Attendee } from '../../shared/domain/management-review';
import { isTopManagement } from '../../shared/rules/management-review';

interface Props {
  attendees: Attendee[];
  defaultApprover: string;
  onChange(attendees: Attendee[]): Promise<boolean>;
}

/** Who attended, as chips: a star marks top management; add by name and role, remove with ×. */
export function AttendeeChips({ attendees, defaultApprover, onChange }: Props) {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [top, setTop] = useState(false);
  const organisation = { defaultApprover };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    if (attendees.some((a) => a.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase())) {
      setName('');
      return;
    }
    if (await onChange([...attendees, { name: trimmed, role: role.trim(), topManagement: top }])) {
      setName('');
      setRole('');
      setTop(false);
    }
  };

  const toggle = (index: number) =>
    void onChange(attendees.map((a, i) => (i === index ? { ...a, topManagement: !a.topManagement } : a)));

  return (
    <div className="review-attendees">
      <ul className="review-chips" aria-label="Attendees">
        {attendees.length === 0 && <li className="muted">No attendees yet.</li>}
        {attendees.map((attendee, index) => {
          const top = isTopManagement(attendee, organisation);
          const byName = top && !attendee.topManagement;
          return (
            <li key={`${attendee.name}-${index}`} className={`review-chip${top ? ' review-chip-top' : ''}`}>
              <button
                type="button"
                className="review-chip-star"
                aria-pressed={attendee.topManagement}
                disabled={byName}
                title={byName ? 'Top management: the organisation’s default approver' : attendee.topManagement ? 'Top management (click to unmark)' : 'Mark as top management'}
                aria-label={`Top management: ${attendee.name}`}
                onClick={() => toggle(index)}
              >
                {top ? '★' : '☆'}
              </button>
              <span className="review-chip-name">{attendee.name}</span>
              {attendee.role && <span className="review-chip-role">{attendee.role}</span>}
              <button
                type="button"
                className="review-chip-remove"
                aria-label={`Remove ${attendee.name}`}
                onClick={() => void onChange(attendees.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <form className="review-attendee-form" aria-label="Add attendee" onSubmit={(e) => void add(e)}>
        <input value={name} maxLength={120} placeholder="Name" aria-label="Attendee name" onChange={(e) => setName(e.target.value)} />
        <input value={role} maxLength={120} placeholder="Role, e.g. Chief Technology Officer" aria-label="Attendee role" onChange={(e) => setRole(e.target.value)} />
        <label className="check-filter">
          <input type="checkbox" checked={top} onChange={(e) => setTop(e.target.checked)} /> Top management
        </label>
        <button type="submit" disabled={name.trim() === ''}>
          Add attendee
        </button>
      </form>
    </div>
  );
}
