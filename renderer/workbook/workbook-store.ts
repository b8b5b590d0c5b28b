import { create } from 'zustand';
import type { RecentWorkbook, WorkbookInfo } from '../../shared/domain/workbook';
import { call, errorMessage } from '../api/isms-client';
import { notify } from '../app/notice-store';

interface WorkbookState {
  status: 'loading' | 'ready';
  info: WorkbookInfo | null;
  recent: RecentWorkbook[];
  /** The last open/create failure, shown on the start screen until the next attempt. */
  lastError: string | null;
  load(): Promise<void>;
  createNew(sample: boolean): Promise<void>;
  openWithDialog(): Promise<void>;
  openPath(path: string): Promise<void>;
  saveAs(): Promise<void>;
  close(): Promise<void>;
}

function fileNameFor(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'Workbook';
}

export const useWorkbook = create<WorkbookState>((set, get) => {
  const attempt = async (work: () => Promise<WorkbookInfo | null>) => {
    try {
      const info = await work();
      if (info !== undefined) set({ info, lastError: null });
      set({ recent: await call('workbook:recent', {}) });
    } catch (error) {
      set({ lastError: errorMessage(error) });
      notify({ tone: 'error', text: errorMessage(error) });
    }
  };

  return {
    status: 'loading',
    info: null,
    recent: [],
    lastError: null,

    async load() {
      try {
        const [info, recent] = await Promise.all([call('workbook:current', {}), call('workbook:recent', {})]);
        set({ info, recent, status: 'ready' });
      } catch (error) {
        set({ status: 'ready', lastError: errorMessage(error) });
      }
    },

    async createNew(sample) {
      const suggested = sample ? 'Northwind Ledger (sample)' : 'New organisation';
      const path = await call('dialog:saveWorkbook', { suggestedName: suggested });
      if (!path) return;
      const organisationName = sample ? 'Northwind Ledger Ltd' : fileNameFor(path.split(/[\\/]/).pop()?.replace(/\.isms$/i, '') ?? suggested);
      await attempt(() => call('workbook:create', { path, organisationName, sample }));
    },

    async openWithDialog() {
      const path = await call('dialog:openWorkbook', {});
      if (path) await get().openPath(path);
    },

    async openPath(path) {
      await attempt(() => call('workbook:open', { path }));
    },

    async saveAs() {
      const current = get().info;
      if (!current) return;
      const path = await call('dialog:saveWorkbook', { suggestedName: `${fileNameFor(current.organisationName)} copy` });
      if (!path) return;
      await attempt(async () => {
        const info = await call('workbook:saveAs', { path });
        notify({ tone: 'success', text: `Saved a copy as ${info.fileName}; you are now working in the copy.` });
        return info;
      });
    },

    async close() {
      await attempt(async () => {
        await call('workbook:close', {});
        return null;
      });
    },
  };
});

/** Keeps the window title on "Organisation — file — ISMS Workbook", as the title bar shows it. */
export function windowTitle(info: WorkbookInfo | null): string {
  return info ? `${info.organisationName} — ${info.fileName} — ISMS Workbook` : 'ISMS Workbook';
}
