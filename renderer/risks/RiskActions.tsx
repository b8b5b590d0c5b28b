import { useState } from 'react';
import { ACTION_STATUS_LABELS, type Risk } from '../../shared/domain/risk';
import { isOverdue } from '../../shared/rules/treatment-plan';
import { formatDate, todayIso } from '../app/format';
import { useRisks } from './risk-store';

/** The treatment actions of one risk, with a quick way to add one. */
export function RiskActions({ risk }: { risk: Risk }) {
  const actions = useRisks((s) => s.actions).filter((a) => a.riskId === risk.id);
  const createAction = useRisks((s) => s.createAction);
  const [title, setTitle] = useState('');
  const today = todayIso();

  const add = async () => {
    if (title.trim() === '') return;
    const created = await createAction({
      riskId: risk.id,
      title: title.trim(),
      controlId: risk.controlIds[0] ?? null,
      owner: risk.owner,
      resources: '',
      dueDate: null,
      status: 'planned',
      completionEvidence: '',
      completedOn: null,
    });
    if (created) setTitle('');
  };

  return (
    <section className="risk-actions" aria-label="Treatment actions">
      <h3>Treatment actions</h3>
      {actions.length === 0 ? (
        <p className="muted">No actions yet. Add what will be done to bring the risk to its residual level.</p>
      ) : (
        <ul>
          {actions.map((a) => (
            <li key={a.id} className={isOverdue(a, today) ? 'overdue' : undefined}>
              <strong>{a.ref}</strong> {a.title}
              <span className="muted">
                {' '}
                · {ACTION_STATUS_LABELS[a.status]} · due {formatDate(a.dueDate)}
              </span>
              {isOverdue(a, today) && <span className="badge-overdue">Overdue</span>}
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <input aria-label="New treatment action" placeholder="New action, e.g. Enforce phishing-resistant MFA" value={title} onChange={(e) => setTitle(e.target.value)} />
        <button type="submit" disabled={title.trim() === ''}>
          Add action
        </button>
      </form>
    </section>
  );
}
