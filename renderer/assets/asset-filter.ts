import { ASSET_TYPE_LABELS, CIA_LABELS, type Asset, type AssetType, type Risk } from '../../shared/domain/risk';

export interface AssetFilter {
  query: string;
  type: AssetType | 'all';
  /** An owner, '' for assets without one, or 'all'. */
  owner: string;
  /** A classification label, '' for unclassified assets, or 'all'. */
  classification: string;
}

export const EMPTY_ASSET_FILTER: AssetFilter = { query: '', type: 'all', owner: 'all', classification: 'all' };

export type AssetSortKey = 'ref' | 'name' | 'type' | 'owner';
export interface AssetSort {
  key: AssetSortKey;
  direction: 'asc' | 'desc';
}

export const DEFAULT_ASSET_SORT: AssetSort = { key: 'ref', direction: 'asc' };

export function isFiltered(filter: AssetFilter): boolean {
  return filter.query.trim() !== '' || filter.type !== 'all' || filter.owner !== 'all' || filter.classification !== 'all';
}

/** Every word of the query must appear in the ref, name, owner, location or description. */
export function matchesAssetFilter(asset: Asset, filter: AssetFilter): boolean {
  if (filter.type !== 'all' && asset.type !== filter.type) return false;
  if (filter.owner !== 'all' && asset.owner !== filter.owner) return false;
  if (filter.classification !== 'all' && asset.classification !== filter.classification) return false;
  const query = filter.query.trim().toLowerCase();
  if (query === '') return true;
  const haystack = [asset.ref, asset.name, asset.owner, asset.location, asset.description].join('\n').toLowerCase();
  return query.split(/\s+/).every((word) => haystack.includes(word));
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function sortValue(asset: Asset, key: AssetSortKey): string {
  if (key === 'type') return ASSET_TYPE_LABELS[asset.type];
  return asset[key];
}

/**
 * A sorted copy. Refs compare numerically (AS-9 before AS-10); empty values go last in either direction;
 * ties keep the ref order so the list does not jump.
 */
export function sortAssets(assets: readonly Asset[], sort: AssetSort): Asset[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...assets].sort((a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    if (va === '' && vb !== '') return 1;
    if (vb === '' && va !== '') return -1;
    return sign * collator.compare(va, vb) || collator.compare(a.ref, b.ref);
  });
}

/** Filters, then sorts: what the table shows. */
export function visibleAssets(assets: readonly Asset[], filter: AssetFilter, sort: AssetSort): Asset[] {
  return sortAssets(
    assets.filter((a) => matchesAssetFilter(a, filter)),
    sort,
  );
}

/** The next sort after a click on a column header: the same column flips, another starts ascending. */
export function toggleSort(current: AssetSort, key: AssetSortKey): AssetSort {
  return current.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' };
}

/** How many risks name each asset, from the register itself (always current). */
export function riskCountsByAsset(risks: readonly Pick<Risk, 'assetIds'>[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const risk of risks) for (const id of new Set(risk.assetIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

export function risksForAsset<R extends Pick<Risk, 'assetIds' | 'ref'>>(risks: readonly R[], assetId: number): R[] {
  return risks.filter((r) => r.assetIds.includes(assetId)).sort((a, b) => collator.compare(a.ref, b.ref));
}

/** Distinct non-empty values, sorted for a filter list. */
export function distinctValues(values: Iterable<string>): string[] {
  return [...new Set(values)].filter((v) => v.trim() !== '').sort((a, b) => collator.compare(a, b));
}

/** "Confidentiality High, Integrity High, Availability Medium": the long form of 3·3·2. */
export function ciaDescription(asset: Pick<Asset, 'confidentiality' | 'integrity' | 'availability'>): string {
  return `Confidentiality ${CIA_LABELS[asset.confidentiality]}, Integrity ${CIA_LABELS[asset.integrity]}, Availability ${CIA_LABELS[asset.availability]}`;
}
