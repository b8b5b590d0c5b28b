import { useRef, useState } from 'react';
import { BLANK_ROLE, accountabilityLines } from '../../shared/domain/context';
import { notify } from '../app/notice-store';
import { neighbourAfterRemoval } from '../context/context-filter';
import { NewRecordForm } from '../context/NewRecordForm';
import { RecordList, type ListRow } from '../context/RecordList';
import { RoleEditor } from './RoleEditor';
import { useScope } from './scope-store';

interface Props {
  creating: boolean;
  onCreating(creating: boolean): void;
}

/** ISMS roles and responsibilities (5.3): the roles in their printed order, and the selected role's editor. */
export function RolesPanel({ creating, onCreating }: Props) {
  const { roles, createRole, updateRole, moveRole, deleteRole } = useScope();
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const editorRef = useRef<HTMLInputElement>(null);
  const focused = roles.find((r) => r.id === focusedId) ?? roles[0];
  const unassigned = roles.filter((r) => r.holder.trim() === '').length;

  const rows: ListRow[] = roles.map((role) => ({
    id: role.id,
    dataRef: role.title,
    className: role.holder.trim() === '' ? 'has-gaps' : undefined,
    content: (
      <>
        <span className="scope-role-title" title={role.title}>
          {role.title}
        </span>
        <span className={`scope-role-holder${role.holder.trim() === '' ? ' ctx-flag' : ''}`} title={role.holder}>
          {role.holder.trim() || 'Not yet assigned'}
        </span>
        <span className="ctx-count muted">{accountabilityLines(role.accountabilities).length} duties</span>
      </>
    ),
  }));

  const create = async (title: string) => {
    const role = await createRole({ ...BLANK_ROLE, title });
    if (!role) return false;
    onCreating(false);
    setFocusedId(role.id);
    notify({ tone: 'success', text: `Added the role ${role.title}.` });
    return true;
  };

  const remove = async () => {
    if (!focused) return false;
    const next = neighbourAfterRemoval(roles.map((r) => r.id), focused.id);
    const done = await deleteRole(focused.id);
    if (done) {
      setFocusedId(next);
      notify({ tone: 'success', text: `Deleted the role ${focused.title}.` });
    }
    return done;
  };

  const index = focused ? roles.indexOf(focused) : -1;

  return (
    <div className="ctx-panel" role="tabpanel" aria-label="Roles and responsibilities">
      {creating && (
        <NewRecordForm
          label="New role"
          fieldLabel="Title of the new role"
          placeholder="e.g. Data protection officer, Internal auditor"
          submitLabel="Add role"
          hint="Holder and accountabilities come next."
          onCreate={create}
          onCancel={() => onCreating(false)}
        />
      )}
      {roles.length === 0 ? (
        !creating && (
          <section className="empty-card" aria-label="No roles">
            <h2>No ISMS roles yet</h2>
            <p>
              Top management assigns the roles that matter to information security: who owns the ISMS and reports on it, who owns risks
              and assets, who audits independently, who handles incidents and data protection, and what every member of staff must do.
            </p>
            <div className="empty-actions">
              <button type="button" className="primary" onClick={() => onCreating(true)}>
                Add the first role
              </button>
            </div>
          </section>
        )
      ) : (
        <>
          <p className="muted scope-roles-summary" aria-live="polite">
            {roles.length} {roles.length === 1 ? 'role' : 'roles'}, listed in the order the document prints them
            {unassigned > 0 && <span className="ctx-flag">{unassigned} not yet assigned</span>}
          </p>
          <div className="split">
            <RecordList
              label="ISMS roles"
              rows={rows}
              focusedId={focused?.id ?? null}
              onFocus={setFocusedId}
              onOpenEditor={() => editorRef.current?.focus()}
              empty={null}
            />
            <aside className="detail ctx-detail">
              {focused && (
                <RoleEditor
                  key={focused.id}
                  ref={editorRef}
                  role={focused}
                  isFirst={index === 0}
                  isLast={index === roles.length - 1}
                  onSave={(patch) => updateRole(focused.id, patch)}
                  onMove={(offset) => moveRole(focused.id, offset)}
                  onDelete={remove}
                />
              )}
            </aside>
          </div>
        </>
      )}
    </div>
  );
}
