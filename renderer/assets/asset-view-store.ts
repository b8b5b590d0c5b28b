import { create } from 'zustand';
import { DEFAULT_ASSET_SORT, EMPTY_ASSET_FILTER, type AssetFilter, type AssetSort } from './asset-filter';

/** What the Assets screen shows, kept while the user visits other screens. */
interface AssetViewState {
  filter: AssetFilter;
  sort: AssetSort;
  focusedId: number | null;
  setFilter(patch: Partial<AssetFilter>): void;
  setSort(sort: AssetSort): void;
  focus(id: number | null): void;
}

export const useAssetView = create<AssetViewState>((set, get) => ({
  filter: EMPTY_ASSET_FILTER,
  sort: DEFAULT_ASSET_SORT,
  focusedId: null,
  setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
  setSort: (sort) => set({ sort }),
  focus: (focusedId) => set({ focusedId }),
}));
