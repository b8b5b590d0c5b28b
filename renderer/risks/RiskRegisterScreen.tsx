import { useMemo, useRef, useState } from 'react';
import { acceptanceProblems, heatMapCounts } from '../../shared/rules/risk-scoring';
import { useFocusRecord } from '../app/use-focus-record';
import { parseHeatCellRecord } from '../../shared/domain/record-link';
import { exportWithDialog } from '../exports/export-actions';
import { useSoa } from '../soa/soa-store';
import { HeatMap } from './HeatMap';
import { RiskEditor } from './RiskEditor';
import { assetNameMap, EMPTY_RISK_FILTER, groupRisks, matchesRiskFilter, sortRisks, type RiskFilter, type RiskGroupKey, type RiskSortKey } from './risk-filter';
import { BLANK_RISK, useRisks } from './risk-store';
import { RiskTable } from './RiskTable';
import { RiskToolbar } from './RiskToolbar';
import { ImportButton } from '../imports/ImportButton';
import './risks.css';

/** The risk register (6.1.2, 8.2): heat maps, a virtualised table and the editor of the focused risk. */
export function RiskRegisterScreen() {
  const { method, risks, assets, loaded, updateRisk, deleteRisk, createRisk } = useRisks();
  const soaEntries = useSoa((s) => s.entries);
  const [filter, setFilter] = useState<RiskFilter>(EMPTY_RISK_FILTER);
  const [group, setGroup] = useState<RiskGroupKey>('none');
  const [sort, setSort] = useState<{ key: RiskSortKey; descending: boolean }>({ key: 'ref', descending: false });
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const [newTitle, setNewTitle] = useState<string | null>(null);
  const [showMaps, setShowMaps] = useState(true);
  const editorRef = useRef<HTMLDivElement>(null);

  const names = useMemo(() => assetNameMap(assets), [assets]);
  const soa = useMemo(() => new Map(soaEntries.map((e) => [e.controlId, e])), [soaEntries]);
  const owners = useMemo(() => [...new Set(risks.map((r) => r.owner))].sort((a, b) => a.localeCompare(b)), [risks]);
  const shown = useMemo(() => risks.filter((r) => matchesRiskFilter(r, filter, names)), [risks, filter, names]);
  const rows = useMemo(() => (method ? groupRisks(sortRisks(shown, sort.key, sort.descending, method), group, method) : []), [shown, sort, group, method]);
  const problems = useMemo(() => {
    const map = new Map<number, string[]>();
    if (!method) return map;
    for (const risk of risks) {
      const list = acceptanceProblems(method, risk);
      const excluded = risk.controlIds.filter((id) => soa.get(id)?.applicable === false);
      if (excluded.length > 0) list.push(`Relies on controls the SoA excludes: ${excluded.map((id) => `A.${id}`).join(', ')}`);
      if (list.length > 0) map.set(risk.id, list);
    }
    return map;
  }, [risks, method, soa]);
  const inherentCounts = useMemo(() => (method ? heatMapCounts(method, risks, 'inherent') : []), [method, risks]);
  const residualCounts = useMemo(() => (method ? heatMapCounts(method, risks, 'residual') : []), [method, risks]);

  const openEditor = () => editorRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();

  // A link names a risk by its reference ("R-004"): select it, showing it even if the filters or a heat-map cell hid it.
  useFocusRecord('risks', loaded && method !== null, (record) => {
    // Or a heat-map cell ("cell:residual:3:4", from the dashboard): show the risks rated there.
    const cell = parseHeatCellRecord(record);
    if (cell) {
      setFilter({ ...EMPTY_RISK_FILTER, cell });
      setShowMaps(true);
      return { selector: `figure[aria-label="${cell.which === 'inherent' ? 'Inherent' : 'Residual'} risk heat map"] .heat-cell.selected` };
    }
    const risk = risks.find((r) => r.ref === record);
    if (!risk) return null;
    if (!matchesRiskFilter(risk, filter, names)) setFilter(EMPTY_RISK_FILTER);
    setFocusedId(risk.id);
    return { selector: `[data-risk="${risk.ref}"]`, then: openEditor };
  });

  if (!loaded || !method) return <div className="loading">Loading the risk register…</div>;
  const focused = risks.find((r) => r.id === focusedId) ?? null;

  const addRisk = async () => {
    if (!newTitle?.trim()) return;
    const created = await createRisk({ ...BLANK_RISK, title: newTitle.trim() });
    if (created) {
      setNewTitle(null);
      setFilter(EMPTY_RISK_FILTER);
      setFocusedId(created.id);
    }
  };

  return (
    <div className="screen risk-screen">
      <header className="screen-header">
        <div>
          <h1>Risk register</h1>
          <p className="muted">
            ISO/IEC 27001:2022 clauses 6.1.2 and 8.2 · {risks.length.toLocaleString()} risks · {problems.size} need attention
          </p>
        </div>
        <div className="header-actions">
          <button type="button" onClick={() => setShowMaps(!showMaps)} aria-expanded={showMaps}>
            {showMaps ? 'Hide heat maps' : 'Show heat maps'}
          </button>
          <ImportButton kind="risks" />
          <button type="button" onClick={() => void exportWithDialog('risk-register-xlsx')}>
            Export Excel
          </button>
          <button type="button" onClick={() => void exportWithDialog('risk-report')}>
            Export report
          </button>
          <button type="button" className="primary" onClick={() => setNewTitle('')}>
            New risk
          </button>
        </div>
      </header>
      {newTitle !== null && (
        <form
          className="bulk-bar"
          onSubmit={(e) => {
            e.preventDefault();
            void addRisk();
          }}
        >
          <input autoFocus aria-label="Title of the new risk" placeholder="Title of the new risk" value={newTitle} onChange={(e) => setNewTitle(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setNewTitle(null)} style={{ flex: 1 }} />
          <button type="submit" className="primary" disabled={newTitle.trim() === ''}>
            Add risk
          </button>
          <button type="button" onClick={() => setNewTitle(null)}>
            Cancel
          </button>
        </form>
      )}
      {showMaps && (
        <div className="heat-maps">
          <HeatMap method={method} title="Inherent risk" counts={inherentCounts} selected={filter.cell?.which === 'inherent' ? filter.cell : null} onSelect={(cell) => setFilter({ ...filter, cell: cell ? { which: 'inherent', ...cell } : null })} />
          <HeatMap method={method} title="Residual risk" counts={residualCounts} selected={filter.cell?.which === 'residual' ? filter.cell : null} onSelect={(cell) => setFilter({ ...filter, cell: cell ? { which: 'residual', ...cell } : null })} />
        </div>
      )}
      <RiskToolbar method={method} filter={filter} owners={owners} group={group} shown={shown.length} total={risks.length} onFilter={(patch) => setFilter({ ...filter, ...patch })} onGroup={setGroup} />
      <div className="split">
        {risks.length === 0 ? (
          <div className="empty-state">
            <h3>No risks yet</h3>
            <p>Add the first risk with “New risk”, or bring in an existing register with “Import…”.</p>
          </div>
        ) : (
          <RiskTable
            method={method}
            rows={rows}
            focusedId={focused?.id ?? null}
            sort={sort}
            problems={problems}
            onSort={(key) => setSort({ key, descending: sort.key === key ? !sort.descending : false })}
            onFocus={setFocusedId}
            onOpenEditor={openEditor}
          />
        )}
        <aside className="detail" ref={editorRef}>
          {focused ? (
            <RiskEditor
              key={focused.id}
              method={method}
              risk={focused}
              assets={assets}
              owners={owners}
              soa={soa}
              onSave={(patch) => updateRisk(focused.id, patch)}
              onDelete={() => void deleteRisk(focused.id).then((ok) => ok && setFocusedId(null))}
            />
          ) : (
            <div className="empty-state">
              <p>Select a risk to see and edit it.</p>
            </div>
          )}
        </aside>
      </div>
    </div>
  );
}
