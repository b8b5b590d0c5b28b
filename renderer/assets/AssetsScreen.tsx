import { useMemo, useRef, useState, type ReactNode } from 'react';
import { plural } from '../app/format';
import { useFocusRecord } from '../app/use-focus-record';
import { notify } from '../app/notice-store';
import { useOrganisation } from '../organisation/organisation-store';
import { BLANK_ASSET, useRisks } from '../risks/risk-store';
import {
  distinctValues,
  EMPTY_ASSET_FILTER,
  isFiltered,
  matchesAssetFilter,
  riskCountsByAsset,
  risksForAsset,
  toggleSort,
  visibleAssets,
  type AssetFilter,
} from './asset-filter';
import { useAssetView } from './asset-view-store';
import { AssetEditor } from './AssetEditor';
import { AssetsToolbar } from './AssetsToolbar';
import { AssetTable } from './AssetTable';
import { NewAssetForm } from './NewAssetForm';
import './assets.css';

interface Props {
  /** Extra buttons for the header, before "New asset" (e.g. Import…). */
  headerActions?: ReactNode;
}

/** The asset inventory (clauses 5.9 and 8.2): a virtualised table and the selected asset's editor. */
export function AssetsScreen({ headerActions }: Props) {
  const { assets, risks, method, loaded, createAsset, updateAsset, deleteAsset } = useRisks();
  const classificationLabels = useOrganisation((s) => s.organisation?.classificationLabels);
  const view = useAssetView();
  const [creating, setCreating] = useState(false);
  const [justCreated, setJustCreated] = useState<number | null>(null);
  const editorRef = useRef<HTMLInputElement>(null);

  const labels = useMemo(() => classificationLabels ?? [], [classificationLabels]);
  const rows = useMemo(() => visibleAssets(assets, view.filter, view.sort), [assets, view.filter, view.sort]);
  const riskCounts = useMemo(() => riskCountsByAsset(risks), [risks]);
  const owners = useMemo(() => distinctValues(assets.map((a) => a.owner)), [assets]);
  const classifications = useMemo(() => distinctValues([...labels, ...assets.map((a) => a.classification)]), [labels, assets]);
  const focused = assets.find((a) => a.id === view.focusedId) ?? rows[0];
  const relatedRisks = useMemo(() => (focused ? risksForAsset(risks, focused.id) : []), [risks, focused]);

  // A new filter that hides the asset being edited moves the editor to the first asset shown.
  const changeFilter = (patch: Partial<AssetFilter>) => {
    const next = { ...view.filter, ...patch };
    view.setFilter(patch);
    if (focused && !matchesAssetFilter(focused, next)) view.focus(visibleAssets(assets, next, view.sort)[0]?.id ?? null);
  };

  const create = async (name: string) => {
    const asset = await createAsset({ ...BLANK_ASSET, name });
    if (!asset) return false;
    if (!matchesAssetFilter(asset, view.filter)) view.setFilter(EMPTY_ASSET_FILTER);
    setCreating(false);
    setJustCreated(asset.id);
    view.focus(asset.id);
    notify({ tone: 'success', text: `Added ${asset.ref} ${asset.name}.` });
    return true;
  };

  const remove = async () => {
    if (!focused) return false;
    const index = rows.findIndex((r) => r.id === focused.id);
    const next = rows[index + 1] ?? rows[index - 1] ?? null;
    const deleted = await deleteAsset(focused.id);
    if (deleted) {
      view.focus(next?.id ?? null);
      notify({ tone: 'success', text: `Deleted ${focused.ref} ${focused.name}.` });
    }
    return deleted;
  };

  // A link names an asset by its reference ("AS-004"): select it, showing it even if the filters hid it.
  useFocusRecord('assets', loaded, (record) => {
    const asset = assets.find((a) => a.ref === record);
    if (!asset) return null;
    if (!matchesAssetFilter(asset, view.filter)) view.setFilter(EMPTY_ASSET_FILTER);
    view.focus(asset.id);
    return { selector: `[data-asset="${asset.ref}"]`, then: () => editorRef.current?.focus() };
  });

  if (!loaded) return <div className="loading">Loading the asset inventory…</div>;

  return (
    <div className="screen assets-screen">
      <header className="screen-header">
        <div>
          <h1>Assets</h1>
          <p className="muted">
            Inventory of information and other associated assets · clauses 5.9 and 8.2 ·{' '}
            <span data-testid="asset-count">{plural(assets.length, 'asset')}</span>
          </p>
        </div>
        <div className="header-actions">
          {headerActions}
          <button type="button" className="primary" onClick={() => setCreating(true)} disabled={creating}>
            New asset
          </button>
        </div>
      </header>

      {creating && <NewAssetForm onCreate={create} onCancel={() => setCreating(false)} />}

      {assets.length === 0 ? (
        !creating && (
          <section className="empty-card" aria-label="No assets">
            <h2>No assets yet</h2>
            <p>
              The inventory lists what the ISMS protects: information, software, hardware, services, people, sites and suppliers. Give each
              asset an owner, a classification and its value for confidentiality, integrity and availability; risks are then assessed
              against these assets.
            </p>
            <div className="empty-actions">
              <button type="button" className="primary" onClick={() => setCreating(true)}>
                Add the first asset
              </button>
            </div>
            {headerActions && (
              <p className="muted">Already keep an inventory in a spreadsheet? Use Import… at the top right to bring it in.</p>
            )}
          </section>
        )
      ) : (
        <>
          <AssetsToolbar
            filter={view.filter}
            owners={owners}
            classifications={classifications}
            shown={rows.length}
            total={assets.length}
            onChange={changeFilter}
          />
          <div className="split">
            <AssetTable
              rows={rows}
              riskCounts={riskCounts}
              focusedId={focused?.id ?? null}
              sort={view.sort}
              onSort={(key) => view.setSort(toggleSort(view.sort, key))}
              onFocus={view.focus}
              onOpenEditor={() => editorRef.current?.focus()}
              onClearFilters={() => changeFilter(EMPTY_ASSET_FILTER)}
            />
            <aside className="detail asset-detail">
              {focused ? (
                <AssetEditor
                  key={focused.id}
                  ref={editorRef}
                  asset={focused}
                  relatedRisks={relatedRisks}
                  method={method}
                  owners={owners}
                  classificationLabels={labels}
                  focusType={justCreated === focused.id}
                  onSave={(patch) => updateAsset(focused.id, patch)}
                  onDelete={remove}
                />
              ) : (
                <div className="empty-state">
                  <p>{isFiltered(view.filter) ? 'No asset matches the filters.' : 'Select an asset to edit it.'}</p>
                </div>
              )}
            </aside>
          </div>
        </>
      )}
    </div>
  );
}
