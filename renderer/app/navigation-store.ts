import { create } from 'zustand';
import type { RecordLink, ScreenId } from '../../shared/domain/record-link';

/** A request to open one record on a screen; `nonce` lets the same record be asked for twice in a row. */
export interface FocusRequest {
  screen: ScreenId;
  record: string;
  nonce: number;
}

interface NavigationState {
  screen: ScreenId;
  focus: FocusRequest | null;
  /** Opens a screen, and with a link that names a record, that record on it. */
  go(target: ScreenId | RecordLink): void;
  /** Called by a screen once it has opened the record, so going back to the screen later does not reopen it. */
  clearFocus(nonce: number): void;
}

let nonce = 0;

/** Which screen the window shows, and which record a link asked it to open. */
export const useNavigation = create<NavigationState>((set, get) => ({
  screen: 'dashboard',
  focus: null,
  go(target) {
    if (typeof target === 'string') return set({ screen: target, focus: null });
    nonce += 1;
    set({ screen: target.screen, focus: target.record ? { screen: target.screen, record: target.record, nonce } : null });
  },
  clearFocus(done) {
    if (get().focus?.nonce === done) set({ focus: null });
  },
}));

/**
 * The record a link asked this screen to open, or null. A screen selects it (and scrolls to it) in an
 * effect, then calls `useNavigation.getState().clearFocus(request.nonce)`.
 */
export function useFocusRequest(screen: ScreenId): FocusRequest | null {
  return useNavigation((state) => (state.focus?.screen === screen ? state.focus : null));
}
