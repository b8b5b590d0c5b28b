import { useEffect, useMemo, useRef } from 'react';
import { ANNEX_A } from '../../shared/catalog/annex-a';
import { parseControlId } from '../../shared/rules/control-id';
import { useFocusRecord } from '../app/use-focus-record';
import { exportWithDialog, importSoaWithDialog } from '../exports/export-actions';
import { ControlEditor } from './ControlEditor';
import { EMPTY_FILTER, matchesFilter, soaProgress, type SoaRowView } from './soa-filter';
import { useSoa } from './soa-store';
import { useRisks } from '../risks/risk-store';
import { SoaBulkBar } from './SoaBulkBar';
import { SoaProgressStrip } from './SoaProgressStrip';
import { SoaTable } from './SoaTable';
import { SoaToolbar } from './SoaToolbar';

export function SoaScreen({ searchRequest }: { searchRequest: number }) {
  const soa = useSoa();
  const searchRef = useRef<HTMLInputElement>(null);
  const editorRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (searchRequest > 0) searchRef.current?.focus();
  }, [searchRequest]);

  const allRows = useMemo<SoaRowView[]>(() => {
    const byId = new Map(soa.entries.map((e) => [e.controlId, e]));
    return ANNEX_A.flatMap((control) => {
      const entry = byId.get(control.id);
      return entry ? [{ control, entry }] : [];
    });
  }, [soa.entries]);
  const rows = useMemo(() => allRows.filter((r) => matchesFilter(r, soa.filter)), [allRows, soa.filter]);
  const owners = useMemo(() => [...new Set(soa.entries.map((e) => e.owner))].sort((a, b) => a.localeCompare(b)), [soa.entries]);
  const progress = useMemo(() => soaProgress(soa.entries), [soa.entries]);
  const focused = allRows.find((r) => r.control.id === soa.focusedId) ?? rows[0];
  const controlLinks = useRisks((s) => s.controlLinks);
  const method = useRisks((s) => s.method);
  const linksByControl = useMemo(() => {
    const map = new Map<string, typeof controlLinks>();
    for (const link of controlLinks) map.set(link.controlId, [...(map.get(link.controlId) ?? []), link]);
    return map;
  }, [controlLinks]);
  const conflicts = useMemo(
    () => new Set(soa.entries.filter((e) => !e.applicable && linksByControl.has(e.controlId)).map((e) => e.controlId)),
    [soa.entries, linksByControl],
  );

  // A link names a control ("5.23" or "A.5.23"): select it, showing it even if the filters hid it, and open its editor.
  useFocusRecord('soa', soa.loaded, (record) => {
    const controlId = parseControlId(record);
    const row = allRows.find((r) => r.control.id === controlId);
    if (!row) return null;
    if (!matchesFilter(row, soa.filter)) soa.setFilter(EMPTY_FILTER);
    soa.focus(row.control.id);
    return { selector: `.soa-table [data-control="${row.control.id}"]`, then: () => editorRef.current?.focus() };
  });

  if (!soa.loaded) return <div className="loading">Loading the Statement of Applicability…</div>;

  return (
    <div className="screen soa-screen">
      <header className="screen-header">
        <div>
          <h1>Statement of Applicability</h1>
          <p className="muted">ISO/IEC 27001:2022 clause 6.1.3 d) · all 93 Annex A controls</p>
        </div>
        <div className="header-actions">
          <button type="button" onClick={() => void importSoaWithDialog()}>
            Import…
          </button>
          <button type="button" onClick={() => void exportWithDialog('soa-xlsx')}>
            Export Excel
          </button>
          <button type="button" className="primary" onClick={() => void exportWithDialog('soa')}>
            Export Word
          </button>
        </div>
      </header>

      <SoaProgressStrip progress={progress} onShowAttention={() => soa.setFilter({ status: 'needs-attention' })} />
      <SoaToolbar
        ref={searchRef}
        filter={soa.filter}
        owners={owners}
        shown={rows.length}
        total={allRows.length}
        onChange={soa.setFilter}
        canUndo={soa.undoStack.length > 0}
        undoLabel={soa.undoStack.at(-1)?.description ?? ''}
        onUndo={() => void soa.undo()}
      />
      {soa.selected.length > 0 && (
        <SoaBulkBar
          count={soa.selected.length}
          owners={owners}
          onApply={(patch, description) => soa.bulkUpdate(soa.selected, patch, description)}
          onClear={() => soa.setSelected([])}
        />
      )}

      <div className="split">
        <SoaTable
          rows={rows}
          focusedId={focused?.control.id ?? null}
          selected={soa.selected}
          conflicts={conflicts}
          onFocus={soa.focus}
          onToggle={soa.toggleSelected}
          onSelect={soa.setSelected}
          onOpenEditor={() => editorRef.current?.focus()}
        />
        <aside className="detail">
          {focused ? (
            <ControlEditor
              key={focused.control.id}
              ref={editorRef}
              control={focused.control}
              entry={focused.entry}
              owners={owners}
              risks={linksByControl.get(focused.control.id) ?? []}
              method={method}
              onSave={(patch) => soa.update(focused.control.id, patch)}
            />
          ) : (
            <div className="empty-state">
              <p>Select a control to edit it.</p>
            </div>
          )}
        </aside>
      </div>
    </div>
  );
}
