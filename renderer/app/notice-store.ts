import { create } from 'zustand';

export interface Notice {
  id: number;
  tone: 'info' | 'success' | 'error';
  text: string;
  details?: string[];
  action?: { label: string; run: () => void };
}

interface NoticeState {
  notices: Notice[];
  show(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
}

let nextId = 1;

/** Short messages at the bottom of the window; errors stay until dismissed, the rest fade. */
export const useNotices = create<NoticeState>((set, get) => ({
  notices: [],
  show(notice) {
    const id = nextId++;
    set({ notices: [...get().notices.slice(-3), { ...notice, id }] });
    if (notice.tone !== 'error') setTimeout(() => get().dismiss(id), 6000);
  },
  dismiss(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
}));

export const notify = (notice: Omit<Notice, 'id'>) => useNotices.getState().show(notice);
