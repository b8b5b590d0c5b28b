import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { TSC_CATEGORY_LABELS } from '../../shared/catalog/soc2';
import type { TrustServicesCategory } from '../../shared/catalog/types';
import type { OptionalTscCategory, Soc2Readiness } from '../../shared/domain/soc2-readiness';
import { parseControlId } from '../../shared/rules/control-id';
import { controlsServingCriteria } from '../../shared/rules/soc2-readiness';
import { call } from '../api/isms-client';
import { attempt } from '../app/attempt';
import { plural } from '../app/format';
import { useFocusRequest, useNavigation } from '../app/navigation-store';
import { exportWithDialog } from '../exports/export-actions';
import { Soc2ControlList } from './Soc2ControlList';
import { Soc2CriteriaList } from './Soc2CriteriaList';
import { Soc2ControlDetail, Soc2CriterionDetail } from './Soc2Detail';
import { Soc2Overview } from './Soc2Overview';
import { EMPTY_SOC2_FILTER, controlMatches, criterionMatches, isSoc2Filtered, type Soc2Filter, type Soc2View } from './soc2-view';
import './soc2.css';

/**
 * SOC 2 readiness read from the Statement of Applicability: the categories in scope, the readiness of each
 * criterion from its mapped Annex A controls, and the same picture from the controls' side.
 */
export function Soc2Screen({ changeSignal }: { changeSignal: number }) {
  const [readiness, setReadiness] = useState<Soc2Readiness | null>(null);
  const [view, setView] = useState<Soc2View>('criteria');
  const [filter, setFilter] = useState<Soc2Filter>(EMPTY_SOC2_FILTER);
  const [criterionId, setCriterionId] = useState<string | null>(null);
  const [controlId, setControlId] = useState<string | null>(null);
  /** The scope being saved, shown at once so a ticked box stays ticked while the figures are worked out. */
  const [pendingScope, setPendingScope] = useState<OptionalTscCategory[] | null>(null);
  const detailRef = useRef<HTMLElement>(null);
  const latest = useRef(0);
  const focus = useFocusRequest('soc2');

  // Only the answer to the latest request is shown, however the answers arrive.
  const load = useCallback(async () => {
    const request = ++latest.current;
    const value = await attempt(() => call('soc2:readiness', {}));
    if (value && request === latest.current) setReadiness(value);
  }, []);

  useEffect(() => void load(), [load, changeSignal]);

  useEffect(() => {
    if (!focus || !readiness) return;
    const control = parseControlId(focus.record);
    setFilter(EMPTY_SOC2_FILTER);
    if (control) {
      setView('controls');
      setControlId(control);
    } else {
      setView('criteria');
      setCriterionId(focus.record.trim().toUpperCase());
    }
    useNavigation.getState().clearFocus(focus.nonce);
  }, [focus, readiness]);

  const controls = useMemo(() => (readiness ? controlsServingCriteria(readiness) : []), [readiness]);
  const criteriaRows = useMemo(() => readiness?.criteria.filter((c) => criterionMatches(c, filter)) ?? [], [readiness, filter]);
  const controlRows = useMemo(() => controls.filter((c) => controlMatches(c, filter)), [controls, filter]);
  const selectedCriterion = criteriaRows.find((c) => c.id === criterionId) ?? criteriaRows[0];
  const selectedControl = controlRows.find((c) => c.controlId === controlId) ?? controlRows[0];

  const toggleCategory = async (category: OptionalTscCategory, inScope: boolean) => {
    if (!readiness) return;
    const current = readiness.categories.filter((c): c is OptionalTscCategory => c !== 'security');
    const categories = inScope ? [...current, category] : current.filter((c) => c !== category);
    setPendingScope(categories);
    const saved = await attempt(() => call('soc2:setScope', { categories }));
    if (!saved) {
      setPendingScope(null);
      return;
    }
    if (!inScope && filter.category === category) setFilter({ ...filter, category: 'all' });
    // The pending scope clears once figures for it arrive (below): this reload may be overtaken by the one the
    // change notice starts, and clearing here would flash the old scope until that one lands.
    await load();
  };

  useEffect(() => {
    if (pendingScope && readiness && sameCategories(readiness.categories, pendingScope)) setPendingScope(null);
  }, [readiness, pendingScope]);

  const setExpectation = async (id: string, inPlace: boolean) => {
    // Figures asked for before this answer was saved must not overwrite it; the answer's own figures are
    // shown at once (a reload the change notice starts may still follow, with the same figures).
    latest.current++;
    const value = await attempt(() => call('soc2:setExpectation', { criterionId: id, inPlace }));
    if (value) setReadiness(value);
  };

  const showCriterion = (id: string) => {
    setView('criteria');
    setFilter(EMPTY_SOC2_FILTER);
    setCriterionId(id);
  };

  if (!readiness) return <div className="loading">Loading SOC 2 readiness…</div>;

  const nothingCounts = readiness.criteria.every((c) => c.readiness === 0);
  const shown = view === 'criteria' ? criteriaRows.length : controlRows.length;
  const total = view === 'criteria' ? readiness.criteria.length : controls.length;

  return (
    <div className="screen soc2-screen">
      <header className="screen-header">
        <div>
          <h1>SOC 2 readiness</h1>
          <p className="muted">
            Trust Services Criteria read from the ISO 27001 Statement of Applicability · {plural(readiness.criteria.length, 'criterion', 'criteria')} in scope
          </p>
        </div>
        <div className="header-actions">
          <button type="button" className="primary" onClick={() => void exportWithDialog('soc2-readiness')}>
            Export to Word
          </button>
        </div>
      </header>

      <Soc2Overview
        readiness={readiness}
        pendingScope={pendingScope}
        category={filter.category}
        onToggleCategory={(c, on) => void toggleCategory(c, on)}
        onShowCategory={(category) => setFilter({ ...filter, category })}
      />

      {nothingCounts && (
        <div className="soc2-hint" role="note">
          <p>
            Nothing counts towards SOC 2 yet: none of the mapped Annex A controls is implemented or under way. Record decisions and implementation
            status in the Statement of Applicability and the figures here follow.
          </p>
          <button type="button" onClick={() => useNavigation.getState().go('soa')}>
            Open the Statement of Applicability
          </button>
        </div>
      )}

      <details className="soc2-method">
        <summary>How the figures are worked out, and what they do not tell you</summary>
        <ul>
          <li>Each mapped Annex A control earns credit from its SoA status: implemented 1, partially implemented ½, planned ¼, not started 0. An excluded control earns nothing, because the criterion relies on it.</li>
          <li>
            Where SOC 2 expects a practice an ISO control set does not provide, it counts once you record it as in place: as one more control, or as
            much as all the mapped controls where they cover little of the criterion.
          </li>
          <li>A criterion is ready at 100%, a gap below 50%, and partly ready in between. Category and overall figures are means over their criteria.</li>
          <li>
            This is a self-assessment, not a SOC 2 report. A service auditor judges design (Type 1) and tests that controls operated throughout a period,
            usually 3 to 12 months (Type 2).
          </li>
        </ul>
      </details>

      <div className="toolbar" role="search">
        <fieldset className="segmented soc2-view-toggle" aria-label="View">
          <button type="button" aria-pressed={view === 'criteria'} onClick={() => setView('criteria')}>
            By criterion
          </button>
          <button type="button" aria-pressed={view === 'controls'} onClick={() => setView('controls')}>
            By control
          </button>
        </fieldset>
        <input
          type="search"
          className="search"
          placeholder={view === 'criteria' ? 'Search criteria, or a control such as 5.23' : 'Search controls, or a criterion such as CC6.1'}
          aria-label="Search SOC 2 readiness"
          value={filter.query}
          onChange={(e) => setFilter({ ...filter, query: e.target.value })}
          onKeyDown={(e) => e.key === 'Escape' && setFilter({ ...filter, query: '' })}
        />
        <select aria-label="Filter by category" value={filter.category} onChange={(e) => setFilter({ ...filter, category: e.target.value as TrustServicesCategory | 'all' })}>
          <option value="all">Every category in scope</option>
          {readiness.categories.map((c) => (
            <option key={c} value={c}>
              {TSC_CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
        <label className="soc2-gaps-only">
          <input type="checkbox" checked={filter.gapsOnly} onChange={(e) => setFilter({ ...filter, gapsOnly: e.target.checked })} />
          Gaps only
        </label>
        <span className="muted shown-count" aria-live="polite">
          {shown === total ? plural(total, view === 'criteria' ? 'criterion' : 'control', view === 'criteria' ? 'criteria' : 'controls') : `${shown} of ${total} shown`}
        </span>
        {isSoc2Filtered(filter) && (
          <button type="button" className="link-button" onClick={() => setFilter(EMPTY_SOC2_FILTER)}>
            Clear filters
          </button>
        )}
      </div>

      <div className="split">
        {shown === 0 ? (
          <EmptyList filter={filter} view={view} onClear={() => setFilter(EMPTY_SOC2_FILTER)} />
        ) : view === 'criteria' ? (
          <Soc2CriteriaList rows={criteriaRows} selectedId={selectedCriterion?.id ?? null} onSelect={setCriterionId} onOpenDetail={() => detailRef.current?.focus()} />
        ) : (
          <Soc2ControlList rows={controlRows} selectedId={selectedControl?.controlId ?? null} onSelect={setControlId} onOpenDetail={() => detailRef.current?.focus()} />
        )}
        {shown > 0 && (
          <aside className="detail soc2-detail-panel">
            {view === 'criteria' && selectedCriterion && (
              <Soc2CriterionDetail
                key={selectedCriterion.id}
                ref={detailRef}
                criterion={selectedCriterion}
                onSetExpectation={(inPlace) => setExpectation(selectedCriterion.id, inPlace)}
              />
            )}
            {view === 'controls' && selectedControl && (
              <Soc2ControlDetail key={selectedControl.controlId} ref={detailRef} control={selectedControl} onShowCriterion={showCriterion} />
            )}
          </aside>
        )}
      </div>
    </div>
  );
}

/** Why the list is empty: with "gaps only", that is good news and says so. */
function EmptyList({ filter, view, onClear }: { filter: Soc2Filter; view: Soc2View; onClear(): void }) {
  const onlyGaps = filter.gapsOnly && filter.query.trim() === '';
  const scope = filter.category === 'all' ? 'in scope' : `in ${TSC_CATEGORY_LABELS[filter.category]}`;
  return (
    <div className="empty-state soc2-list-empty">
      {onlyGaps ? (
        <>
          <h3>No gaps {scope}</h3>
          <p>
            {view === 'criteria'
              ? `Every criterion ${scope} is ready on the controls recorded in the Statement of Applicability.`
              : `Every control the criteria ${scope} rely on is recorded as implemented.`}
          </p>
        </>
      ) : (
        <>
          <h3>{view === 'criteria' ? 'No criterion matches' : 'No control matches'}</h3>
          <p>Change the search or the filters to see them again.</p>
        </>
      )}
      <button type="button" className="link-button" onClick={onClear}>
        Clear filters
      </button>
    </div>
  );
}

/** Whether the readiness figures were worked out for exactly these optional categories. */
function sameCategories(inReadiness: readonly TrustServicesCategory[], pending: readonly OptionalTscCategory[]): boolean {
  const optional = inReadiness.filter((c) => c !== 'security');
  return optional.length === pending.length && pending.every((c) => optional.includes(c));
}
