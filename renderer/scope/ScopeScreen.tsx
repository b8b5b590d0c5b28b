import { useEffect, useState } from 'react';
import { scopeGaps } from '../../shared/domain/context';
import { plural } from '../app/format';
import { exportWithDialog } from '../exports/export-actions';
import { RolesPanel } from './RolesPanel';
import { ScopePanel } from './ScopePanel';
import { loadScope, useScope } from './scope-store';
import '../context/context.css';
import './scope.css';

type Tab = 'scope' | 'roles';

/** The ISMS scope (4.3) and the ISMS roles and responsibilities (5.3), as two tabs of one screen. */
export function ScopeScreen() {
  const { scope, roles, loaded, updateScope } = useScope();
  const [tab, setTab] = useState<Tab>('scope');
  const [creating, setCreating] = useState(false);

  // Fresh on every visit; while the screen is open, changes arrive through the workbook's change events.
  useEffect(() => void loadScope(), []);

  if (!loaded || !scope) return <div className="loading">Loading the ISMS scope…</div>;
  const gaps = scopeGaps(scope).length;
  const switchTo = (next: Tab) => {
    setTab(next);
    setCreating(false);
  };

  return (
    <div className="screen scope-screen">
      <header className="screen-header">
        <div>
          <h1>Scope and roles</h1>
          <p className="muted">
            Clauses 4.3 and 5.3 · {plural(scope.exclusions.length, 'exclusion')} · {plural(roles.length, 'role')}
          </p>
        </div>
        <div className="header-actions">
          <button type="button" onClick={() => void exportWithDialog(tab === 'scope' ? 'scope' : 'roles')}>
            {tab === 'scope' ? 'Export scope (Word)…' : 'Export roles (Word)…'}
          </button>
          {tab === 'roles' && (
            <button type="button" className="primary" onClick={() => setCreating(true)} disabled={creating}>
              New role
            </button>
          )}
        </div>
      </header>

      <div className="ctx-tabs" role="tablist" aria-label="Scope and roles">
        <button type="button" role="tab" aria-selected={tab === 'scope'} onClick={() => switchTo('scope')}>
          ISMS scope
          {gaps > 0 && <span className="ctx-tab-flag">{gaps} to complete</span>}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'roles'} onClick={() => switchTo('roles')}>
          Roles and responsibilities <span className="ctx-tab-count">{roles.length}</span>
        </button>
      </div>

      {tab === 'scope' ? <ScopePanel scope={scope} onSave={updateScope} /> : <RolesPanel creating={creating} onCreating={setCreating} />}
    </div>
  );
}
