import { useState, type FormEvent } from 'react';
import { recordsForRole, trainingValidity, type RoleCompetences as Role, type TrainingRecord } from '../../shared/domain/competence';
import { plural } from '../app/format';
import { commitKeys, useDraft } from '../components/use-draft';

interface Props {
  roles: Role[];
  records: TrainingRecord[];
  asOf: string;
  onSave(roleId: number, competences: string[]): Promise<boolean>;
  /** Shows the records that evidence a role: its holder's and those filed under it. */
  onShowRecords(role: Role): void;
}

/** The competences each ISMS role requires (7.2 a), as an editable list per role. Roles themselves live under Scope and roles. */
export function RoleCompetencesList({ roles, records, asOf, onSave, onShowRecords }: Props) {
  if (roles.length === 0) {
    return (
      <section className="empty-card" aria-label="No roles">
        <h2>No ISMS roles yet</h2>
        <p>
          Required competences belong to the ISMS roles. Define the roles and who holds them under Scope and roles; they then appear here,
          ready for the competences each one needs.
        </p>
      </section>
    );
  }
  return (
    <div className="competence-roles">
      <p className="muted competence-roles-intro">
        For each role, list what its holder must know or be able to do. Edit an entry in place; clear it to remove it.
      </p>
      <div className="competence-role-grid">
        {roles.map((role) => (
          <RoleCard
            key={role.roleId}
            role={role}
            held={recordsForRole(role, records).map((r) => trainingValidity(r, asOf))}
            onSave={(list) => onSave(role.roleId, list)}
            onShowRecords={() => onShowRecords(role)}
          />
        ))}
      </div>
    </div>
  );
}

interface CardProps {
  role: Role;
  /** How the records evidencing the role stand. */
  held: ReturnType<typeof trainingValidity>[];
  onSave(list: string[]): Promise<boolean>;
  onShowRecords(): void;
}

function RoleCard({ role, held, onSave, onShowRecords }: CardProps) {
  const [adding, setAdding] = useState('');
  const list = role.competences;

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const text = adding.trim();
    if (text === '') return;
    if (await onSave([...list, text])) setAdding('');
  };
  const replace = (index: number, text: string) => {
    const next = text.trim() === '' ? list.filter((_, i) => i !== index) : list.map((c, i) => (i === index ? text.trim() : c));
    void onSave(next);
  };

  return (
    <section className="card competence-role" aria-label={`Competences for ${role.title}`} data-role={role.title}>
      <header className="competence-role-head">
        <h2>{role.title}</h2>
        <span className="muted">{role.holder || 'No holder assigned'}</span>
        {list.length === 0 && <span className="competence-chip competence-chip-expiring">No competences yet</span>}
      </header>
      {list.length > 0 && (
        <ol className="competence-list">
          {list.map((competence, index) => (
            <CompetenceItem
              key={`${index}-${competence}`}
              text={competence}
              label={`Competence ${index + 1} of ${role.title}`}
              onCommit={(text) => replace(index, text)}
              onRemove={() => replace(index, '')}
            />
          ))}
        </ol>
      )}
      <p className="competence-held">
        {held.length === 0 ? (
          <span className="muted">No training or qualification records for this role or its holder.</span>
        ) : (
          <button type="button" className="link-button" onClick={onShowRecords}>
            {plural(held.length, 'record')} held
            {lapsed(held, 'expired')}
            {lapsed(held, 'expiring')}
          </button>
        )}
      </p>
      <form className="competence-add" aria-label={`Add a competence to ${role.title}`} onSubmit={(e) => void add(e)}>
        <input
          value={adding}
          maxLength={200}
          placeholder="Add a competence the role requires"
          aria-label={`New competence for ${role.title}`}
          onChange={(e) => setAdding(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && setAdding('')}
        />
        <button type="submit" disabled={adding.trim() === ''}>
          Add
        </button>
      </form>
    </section>
  );
}

function CompetenceItem({ text, label, onCommit, onRemove }: { text: string; label: string; onCommit(text: string): void; onRemove(): void }) {
  const draft = useDraft(text);
  return (
    <li>
      <textarea
        rows={1}
        value={draft.draft}
        aria-label={label}
        maxLength={200}
        onChange={(e) => draft.setDraft(e.target.value)}
        onBlur={() => draft.dirty && onCommit(draft.draft)}
        onKeyDown={commitKeys(draft.reset)}
      />
      <button type="button" className="competence-remove" aria-label={`Remove “${text}”`} title="Remove" onClick={onRemove}>
        ×
      </button>
    </li>
  );
}

function lapsed(held: ReturnType<typeof trainingValidity>[], which: 'expired' | 'expiring') {
  const n = held.filter((v) => v === which).length;
  if (n === 0) return null;
  return <span className={`competence-held-${which}`}> · {n} {which === 'expired' ? 'expired' : 'expiring soon'}</span>;
}
