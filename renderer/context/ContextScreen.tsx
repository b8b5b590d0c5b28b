import { useEffect, useState } from 'react';
import { summariseRequirements } from '../../shared/domain/context';
import { plural } from '../app/format';
import { useFocusRecord } from '../app/use-focus-record';
import { exportWithDialog } from '../exports/export-actions';
import { useRisks } from '../risks/risk-store';
import { loadContext, useContextRecords } from './context-store';
import { IssuesPanel } from './IssuesPanel';
import { PartiesPanel } from './PartiesPanel';
import './context.css';

type Tab = 'issues' | 'parties';

/** A record a link asked the screen to open; the nonce tells the panel when the same record is asked for again. */
export interface OpenRequest {
  id: number;
  nonce: number;
}

/** Context of the organisation (4.1) and interested parties (4.2), as two tabs of one screen. */
export function ContextScreen() {
  const { issues, parties, loaded } = useContextRecords();
  const [tab, setTab] = useState<Tab>('issues');
  const [creating, setCreating] = useState(false);
  const [openRequest, setOpenRequest] = useState<OpenRequest | null>(null);

  // Fresh on every visit; while the screen is open, changes arrive through the workbook's change events.
  useEffect(() => {
    void loadContext();
    // The issues link to risks: make sure the register is there to pick from and to show.
    if (!useRisks.getState().loaded) void useRisks.getState().loadAll();
  }, []);

  const unaddressed = summariseRequirements(parties).unaddressed;
  const switchTo = (next: Tab) => {
    setTab(next);
    setCreating(false);
    setOpenRequest(null);
  };

  // A link names a context issue ("CI-002") or an interested party ("IP-004"): switch to its tab and let the panel select it.
  useFocusRecord('context', loaded, (record) => {
    const issue = issues.find((i) => i.ref === record);
    const party = issue ? undefined : parties.find((p) => p.ref === record);
    const id = issue?.id ?? party?.id;
    if (id === undefined) return null;
    switchTo(issue ? 'issues' : 'parties');
    setOpenRequest((previous) => ({ id, nonce: (previous?.nonce ?? 0) + 1 }));
    return { selector: `.ctx-panel [data-ref="${record}"]`, then: () => document.querySelector<HTMLElement>('.ctx-detail input')?.focus({ preventScroll: true }) };
  });

  if (!loaded) return <div className="loading">Loading the context of the organisation…</div>;

  return (
    <div className="screen ctx-screen">
      <header className="screen-header">
        <div>
          <h1>Context and interested parties</h1>
          <p className="muted">
            Clauses 4.1 and 4.2 · <span data-testid="issue-count">{plural(issues.length, 'issue')}</span> ·{' '}
            <span data-testid="party-count">{plural(parties.length, 'interested party', 'interested parties')}</span>
          </p>
        </div>
        <div className="header-actions">
          <button type="button" onClick={() => void exportWithDialog(tab === 'issues' ? 'context' : 'interested-parties')}>
            {tab === 'issues' ? 'Export context (Word)…' : 'Export interested parties (Word)…'}
          </button>
          <button type="button" className="primary" onClick={() => setCreating(true)} disabled={creating}>
            {tab === 'issues' ? 'New issue' : 'New interested party'}
          </button>
        </div>
      </header>

      <div className="ctx-tabs" role="tablist" aria-label="Context">
        <button type="button" role="tab" aria-selected={tab === 'issues'} onClick={() => switchTo('issues')}>
          Internal and external issues <span className="ctx-tab-count">{issues.length}</span>
        </button>
        <button type="button" role="tab" aria-selected={tab === 'parties'} onClick={() => switchTo('parties')}>
          Interested parties <span className="ctx-tab-count">{parties.length}</span>
          {unaddressed > 0 && (
            <span className="ctx-tab-flag" title={`${unaddressed} ISMS ${unaddressed === 1 ? 'requirement' : 'requirements'} not yet addressed`}>
              {unaddressed} unaddressed
            </span>
          )}
        </button>
      </div>

      {tab === 'issues' ? (
        <IssuesPanel creating={creating} onCreating={setCreating} openRequest={openRequest} />
      ) : (
        <PartiesPanel creating={creating} onCreating={setCreating} openRequest={openRequest} />
      )}
    </div>
  );
}
