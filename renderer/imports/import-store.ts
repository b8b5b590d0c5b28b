import { create } from 'zustand';
import type { ImportProblem, RecordImportKind, RecordImportPreview } from '../../shared/domain/exports';
import { call, errorMessage, RequestError } from '../api/isms-client';
import { notify } from '../app/notice-store';

interface ImportState {
  kind: RecordImportKind | null;
  path: string | null;
  preview: RecordImportPreview | null;
  busy: boolean;
  error: string | null;
  start(kind: RecordImportKind): Promise<void>;
  remap(header: string, field: string | null): Promise<void>;
  commit(): Promise<boolean>;
  cancel(): void;
}

/** The import flow for assets and risks: pick a file, check the mapping and preview, then all rows or none. */
export const useImport = create<ImportState>((set, get) => ({
  kind: null,
  path: null,
  preview: null,
  busy: false,
  error: null,

  async start(kind) {
    const path = await call('dialog:importFile', { title: kind === 'assets' ? 'Import asset inventory' : 'Import risk register' }).catch(() => null);
    if (!path) return;
    set({ kind, path, preview: null, busy: true, error: null });
    try {
      set({ preview: await call('import:preview', { kind, path, mapping: null }), busy: false });
    } catch (error) {
      set({ kind: null, path: null, busy: false });
      notify({ tone: 'error', text: errorMessage(error) });
    }
  },

  async remap(header, field) {
    const { kind, path, preview } = get();
    if (!kind || !path || !preview) return;
    const mapping = { ...preview.mapping, [header]: field };
    set({ busy: true });
    try {
      set({ preview: await call('import:preview', { kind, path, mapping }), busy: false, error: null });
    } catch (error) {
      set({ busy: false, error: errorMessage(error) });
    }
  },

  async commit() {
    const { kind, path, preview } = get();
    if (!kind || !path || !preview) return false;
    set({ busy: true });
    try {
      const report = await call('import:records', { kind, path, mapping: preview.mapping, dryRun: false });
      set({ kind: null, path: null, preview: null, busy: false });
      notify({ tone: 'success', text: `Imported ${report.applied.toLocaleString()} ${kind === 'assets' ? 'assets' : 'risks'}.` });
      return true;
    } catch (error) {
      const problems = error instanceof RequestError ? ((error.details as { problems?: ImportProblem[] } | undefined)?.problems ?? []) : [];
      set({ busy: false, error: errorMessage(error), preview: { ...preview, problems: problems.length > 0 ? problems : preview.problems } });
      return false;
    }
  },

  cancel() {
    set({ kind: null, path: null, preview: null, busy: false, error: null });
  },
}));
