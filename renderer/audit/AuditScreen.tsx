import { useEffect, useMemo, useRef, useState } from 'react';
import { BLANK_AUDIT, DEFAULT_AUDIT_CRITERIA } from '../../shared/domain/audit';
import { plural } from '../app/format';
import { notify } from '../app/notice-store';
import { useFocusRecord } from '../app/use-focus-record';
import { distinctValues } from '../assets/asset-filter';
import { exportWithDialog } from '../exports/export-actions';
import { useNonconformities } from '../nonconformities/nonconformity-store';
import { AuditEditor } from './AuditEditor';
import { AuditList, AuditStatusPill } from './AuditList';
import { FindingsPanel } from './FindingsPanel';
import { NewAuditForm } from './NewAuditForm';
import { ProgrammePanel } from './ProgrammePanel';
import { useAudits } from './audit-store';
import { concernsOf, findingsOf } from './audit-view';
import './audit.css';

/** The internal audit programme (clause 9.2): cycle and coverage, the audits, and each audit's plan and findings. */
export function AuditScreen() {
  const store = useAudits();
  const { overview, loaded } = store;
  const nonconformities = useNonconformities((s) => s.nonconformities);
  const [creating, setCreating] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void useAudits.getState().load();
    void useNonconformities.getState().load();
  }, []);

  const audits = useMemo(() => overview?.audits ?? [], [overview]);
  const focused = audits.find((a) => a.id === store.focusedAuditId) ?? audits[0];
  const people = useMemo(() => distinctValues(audits.flatMap((a) => [...a.auditors, ...a.auditees])), [audits]);

  // A link names an audit ("IA-2026-01") or one of its findings ("IA-2026-01-F03"): select the audit and open its
  // plan, or its findings with that finding open.
  useFocusRecord('audit', loaded && overview !== null, (record) => {
    const finding = overview?.findings.find((f) => f.ref === record);
    const audit = audits.find((a) => a.id === finding?.auditId || a.ref === record);
    if (!audit) return null;
    store.focusAudit(audit.id);
    store.setTab(finding ? 'findings' : 'plan');
    if (finding) store.openFinding(finding.id);
    return finding
      ? { selector: `[data-finding="${finding.ref}"]` }
      : { selector: `[data-audit="${audit.ref}"]`, then: () => titleRef.current?.focus() };
  });

  if (!loaded || !overview) return <div className="loading">Loading the audit programme…</div>;

  const create = async (title: string, plannedStart: string | null) => {
    const audit = await store.createAudit({ ...BLANK_AUDIT, title, plannedStart, criteria: DEFAULT_AUDIT_CRITERIA });
    if (!audit) return false;
    setCreating(false);
    store.focusAudit(audit.id);
    store.setTab('plan');
    notify({ tone: 'success', text: `Planned ${audit.ref} ${audit.title}.` });
    return true;
  };

  const remove = async () => {
    if (!focused) return false;
    const index = audits.findIndex((a) => a.id === focused.id);
    const next = audits[index + 1] ?? audits[index - 1] ?? null;
    const deleted = await store.deleteAudit(focused.id);
    if (deleted) {
      store.focusAudit(next?.id ?? null);
      notify({ tone: 'success', text: `Deleted ${focused.ref} ${focused.title}.` });
    }
    return deleted;
  };

  const showConcern = (kind: 'independence' | 'unlinked') => {
    if (kind === 'independence') {
      const audit = audits.find((a) => overview.independence.some((w) => w.auditRef === a.ref));
      if (audit) {
        store.focusAudit(audit.id);
        store.setTab('plan');
      }
    } else {
      const finding = overview.findings.find((f) => f.ref === overview.unlinkedFindings[0]);
      if (finding) {
        store.focusAudit(finding.auditId);
        store.setTab('findings');
        store.openFinding(finding.id);
      }
    }
  };

  const findings = focused ? findingsOf(overview, focused.id) : [];
  const concerns = focused ? concernsOf(overview, focused) : null;

  return (
    <div className="screen audit-screen">
      <header className="screen-header">
        <div>
          <h1>Internal audit</h1>
          <p className="muted">
            Audit programme, audits and findings · clause 9.2 · <span data-testid="audit-count">{plural(audits.length, 'audit')}</span>
          </p>
        </div>
        <div className="header-actions">
          <button type="button" onClick={() => void exportWithDialog('audit-programme')}>
            Export programme…
          </button>
          <button type="button" className="primary" onClick={() => setCreating(true)} disabled={creating}>
            New audit
          </button>
        </div>
      </header>

      <ProgrammePanel overview={overview} onSetCycle={(cycle) => void store.setCycle(cycle)} onShowConcern={showConcern} />
      {creating && <NewAuditForm cycle={overview.cycle} onCreate={create} onCancel={() => setCreating(false)} />}

      {audits.length === 0 ? (
        !creating && (
          <section className="empty-card" aria-label="No audits">
            <h2>No audits planned yet</h2>
            <p>
              Plan the internal audits of the certification cycle so that, between them, they cover every clause 4 to 10 and every
              applicable Annex A control. The panel above shows what is not yet planned as you go.
            </p>
            <div className="empty-actions">
              <button type="button" className="primary" onClick={() => setCreating(true)}>
                Plan the first audit
              </button>
            </div>
          </section>
        )
      ) : (
        <div className="split">
          <AuditList overview={overview} focusedId={focused?.id ?? null} onFocus={store.focusAudit} onOpenEditor={() => titleRef.current?.focus()} />
          <aside className="detail audit-detail">
            {focused && concerns && (
              <article className="control-editor audit-editor" aria-label={`Edit ${focused.ref}`}>
                <header className="audit-editor-head">
                  <div>
                    <span className="control-id">{focused.ref}</span> <AuditStatusPill status={focused.status} />
                    <h2>{focused.title}</h2>
                  </div>
                  <button type="button" onClick={() => void exportWithDialog(`audit-report:${focused.ref}`)}>
                    Export report…
                  </button>
                </header>
                <div className="audit-tabs" role="tablist" aria-label="Audit">
                  <button type="button" role="tab" aria-selected={store.tab === 'plan'} onClick={() => store.setTab('plan')}>
                    Plan{concerns.independence.length > 0 && <span className="attention-dot" aria-label="independence warning" />}
                  </button>
                  <button type="button" role="tab" aria-selected={store.tab === 'findings'} onClick={() => store.setTab('findings')}>
                    Findings ({findings.length}){concerns.unlinked.length > 0 && <span className="attention-dot" aria-label="finding without a nonconformity record" />}
                  </button>
                </div>
                {store.tab === 'plan' ? (
                  <AuditEditor
                    key={focused.id}
                    ref={titleRef}
                    audit={focused}
                    overview={overview}
                    people={people}
                    onSave={(patch) => store.updateAudit(focused.id, patch)}
                    onDelete={remove}
                  />
                ) : (
                  <FindingsPanel
                    key={focused.id}
                    audit={focused}
                    findings={findings}
                    nonconformities={nonconformities}
                    openId={store.openFindingId}
                    onOpen={store.openFinding}
                    onCreate={store.createFinding}
                    onUpdate={store.updateFinding}
                    onDelete={store.deleteFinding}
                    onRaise={async (id) => (await store.raiseNonconformity(id))?.nonconformity ?? null}
                  />
                )}
              </article>
            )}
          </aside>
        </div>
      )}
    </div>
  );
}
