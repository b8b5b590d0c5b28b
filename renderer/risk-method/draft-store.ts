import { create } from 'zustand';
import type { RiskMethod } from '../../shared/domain/risk-method';
import { deepEqual } from './method-draft';

/**
 * The risk method being edited. It lives outside the screen so that a draft survives a visit to another
 * screen; it belongs to one workbook and follows the saved method for as long as it has no changes.
 */
interface DraftState {
  draft: RiskMethod | null;
  /** The saved method the draft was last synchronised with. */
  base: RiskMethod | null;
  /** The workbook the draft belongs to. */
  owner: string | null;
  sync(saved: RiskMethod | null, owner: string | null): void;
  edit(change: (method: RiskMethod) => RiskMethod): void;
  replace(method: RiskMethod): void;
}

export const useMethodDraft = create<DraftState>((set, get) => ({
  draft: null,
  base: null,
  owner: null,
  sync(saved, owner) {
    const { draft, base } = get();
    if (owner !== get().owner || draft === null || saved === null || deepEqual(draft, base)) set({ draft: saved, base: saved, owner });
    else set({ base: saved });
  },
  edit(change) {
    const { draft } = get();
    if (draft) set({ draft: change(draft) });
  },
  replace(method) {
    set({ draft: method });
  },
}));
