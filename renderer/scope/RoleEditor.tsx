import { forwardRef } from 'react';
import { accountabilityLines, type IsmsRole, type IsmsRoleInput } from '../../shared/domain/context';
import { RequiredTextField } from '../components/RequiredTextField';
import { commitKeys, useDraft } from '../components/use-draft';
import { DeleteZone } from '../context/DeleteZone';

interface Props {
  role: IsmsRole;
  isFirst: boolean;
  isLast: boolean;
  onSave(patch: Partial<IsmsRoleInput>): Promise<boolean>;
  onMove(offset: -1 | 1): Promise<boolean>;
  onDelete(): Promise<boolean>;
}

/** One ISMS role: its title, who holds it, and what the holder is accountable for. */
export const RoleEditor = forwardRef<HTMLInputElement, Props>(function RoleEditor({ role, isFirst, isLast, onSave, onMove, onDelete }, titleRef) {
  const holder = useDraft(role.holder);
  const accountabilities = useDraft(role.accountabilities);

  const count = accountabilityLines(role.accountabilities).length;

  return (
    <article className="control-editor ctx-editor" aria-label={`Edit role ${role.title}`}>
      <header className="scope-role-editor-head">
        <div>
          <span className="control-id">ISMS role</span>
          <h2>{role.title}</h2>
        </div>
        <span className="scope-role-move">
          <button type="button" aria-label="Move up" title="Move up" disabled={isFirst} onClick={() => void onMove(-1)}>
            ↑
          </button>
          <button type="button" aria-label="Move down" title="Move down" disabled={isLast} onClick={() => void onMove(1)}>
            ↓
          </button>
        </span>
      </header>

      <RequiredTextField ref={titleRef} label="Role" value={role.title} emptyMessage="A role needs a title: the previous title was kept." onSave={(title) => void onSave({ title })} />

      <label className="field">
        <span>Held by</span>
        <input
          value={holder.draft}
          placeholder="Name and job title, or who holds it (e.g. Named for each risk)"
          aria-invalid={role.holder.trim() === '' || undefined}
          onChange={(e) => holder.setDraft(e.target.value)}
          onBlur={() => holder.dirty && void onSave({ holder: holder.draft.trim() })}
          onKeyDown={commitKeys(holder.reset)}
        />
        {role.holder.trim() === '' && <span className="field-hint warn">Nobody holds this role yet.</span>}
      </label>

      <label className="field">
        <span>
          Accountable for <span className="muted">· one a line · {count}</span>
        </span>
        <textarea
          rows={8}
          value={accountabilities.draft}
          placeholder={'Owns the risk register\nReports ISMS performance to top management'}
          onChange={(e) => accountabilities.setDraft(e.target.value)}
          onBlur={() => accountabilities.dirty && void onSave({ accountabilities: accountabilities.draft.trim() })}
          onKeyDown={commitKeys(accountabilities.reset, true)}
        />
      </label>

      <section className="related" aria-label="Competences required">
        <h3>
          Competences required <span className="muted">· {role.competences.length}</span>
        </h3>
        {role.competences.length === 0 ? (
          <p className="muted">None recorded. Set them on the Competence screen (clause 7.2).</p>
        ) : (
          <ul className="scope-role-competences">
            {role.competences.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        )}
      </section>

      <DeleteZone noun="role" name={`the role “${role.title}”`} consequence="The competences recorded for it go with it." onDelete={onDelete} />
    </article>
  );
});
