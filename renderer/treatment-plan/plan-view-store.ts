import { create } from 'zustand';
import { EMPTY_PLAN_FILTER, type PlanFilter } from './plan-grouping';

/** What the Treatment plan screen shows, kept while the user visits other screens. */
interface PlanViewState {
  filter: PlanFilter;
  focusedId: number | null;
  setFilter(patch: Partial<PlanFilter>): void;
  focus(id: number | null): void;
}

export const usePlanView = create<PlanViewState>((set, get) => ({
  filter: EMPTY_PLAN_FILTER,
  focusedId: null,
  setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
  focus: (focusedId) => set({ focusedId }),
}));
