import { create } from 'zustand';
import type { ImportProblem, RecordImportKind, RecordImportPreview } from '../../shared/domain/exports';
import { call, errorMessage, RequestError } from '../api/isms-client';
import { plural } from '../app/format';
import { notify } from '../app/notice-store';

interface ImportState {
  kind: RecordImportKind | null;
  path: string | null;
  preview: RecordImportPreview | null;
  busy: boolean;
  error: string | null;
  /** Leave out rows that name a record the workbook already holds (on by default: re-importing adds nothing twice). */
  skipExisting: boolean;
  start(kind: RecordImportKind): Promise<void>;
  remap(header: string, field: string | null): Promise<void>;
  setSkipExisting(skip: boolean): Promise<void>;
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
  skipExisting: true,

  async start(kind) {
    const path = await call('dialog:importFile', { title: kind === 'assets' ? 'Import asset inventory' : 'Import risk register' }).catch(() => null);
    if (!path) return;
    set({ kind, path, preview: null, busy: true, error: null, skipExisting: true });
    try {
      set({ preview: await call('import:preview', { kind, path, mapping: null, skipExisting: true }), busy: false });
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
      set({ preview: await call('import:preview', { kind, path, mapping, skipExisting: get().skipExisting }), busy: false, error: null });
    } catch (error) {
      set({ busy: false, error: errorMessage(error) });
    }
  },

  async setSkipExisting(skip) {
    const { kind, path, preview } = get();
    set({ skipExisting: skip });
    if (!kind || !path || !preview) return;
    // Checking the rows again: for assets a name already in the inventory is a problem unless left out.
    set({ busy: true });
    try {
      set({ preview: await call('import:preview', { kind, path, mapping: preview.mapping, skipExisting: skip }), busy: false, error: null });
    } catch (error) {
      set({ busy: false, error: errorMessage(error) });
    }
  },

  async commit() {
    const { kind, path, preview, skipExisting } = get();
    if (!kind || !path || !preview) return false;
    set({ busy: true });
    try {
      const report = await call('import:records', { kind, path, mapping: preview.mapping, dryRun: false, skipExisting });
      set({ kind: null, path: null, preview: null, busy: false });
      const left = report.skipped > 0 ? `; left out ${report.skipped.toLocaleString()} already in the workbook` : '';
      notify({ tone: 'success', text: `Imported ${plural(report.applied, kind === 'assets' ? 'asset' : 'risk')}${left}.` });
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
