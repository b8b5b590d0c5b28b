import { attempt } from '../app/attempt';
import { create } from 'zustand';
import type { Nonconformity, NonconformityInput } from '../../shared/domain/nonconformity';
import { call } from '../api/isms-client';

/** The nonconformity and corrective action register, and what the Nonconformities screen has selected. */
interface NonconformityState {
  nonconformities: Nonconformity[];
  loaded: boolean;
  focusedId: number | null;
  focus(id: number | null): void;
  load(): Promise<void>;
  create(nc: NonconformityInput): Promise<Nonconformity | null>;
  update(id: number, patch: Partial<NonconformityInput>): Promise<boolean>;
  remove(id: number): Promise<boolean>;
}

export const useNonconformities = create<NonconformityState>((set, get) => ({
  nonconformities: [],
  loaded: false,
  focusedId: null,
  focus: (focusedId) => set({ focusedId }),

  async load() {
    set({ nonconformities: await call('nonconformity:list', {}).catch(() => []), loaded: true });
  },
  async create(nc) {
    const created = await attempt(() => call('nonconformity:create', { nonconformity: nc }));
    if (created) set({ nonconformities: [...get().nonconformities, created] });
    return created;
  },
  async update(id, patch) {
    const updated = await attempt(() => call('nonconformity:update', { id, patch }));
    if (updated) set({ nonconformities: get().nonconformities.map((nc) => (nc.id === id ? updated : nc)) });
    return updated !== null;
  },
  async remove(id) {
    const removed = await attempt(() => call('nonconformity:delete', { id }));
    if (removed !== null) set({ nonconformities: get().nonconformities.filter((nc) => nc.id !== id) });
    return removed !== null;
  },
}));

/** Refetches the register; App calls it when a write announces 'nonconformities'. */
export const loadNonconformities = (): Promise<void> => useNonconformities.getState().load();
