import { create } from 'zustand';
import type { PackagePlan, PackageResult } from '../../shared/domain/package';
import type { ProgressEvent } from '../../shared/domain/progress';
import type { ReadinessRuleResult } from '../../shared/domain/readiness';
import { call, errorMessage } from '../api/isms-client';
import { attempt } from '../app/attempt';
import { notify } from '../app/notice-store';
import { useNavigation } from '../app/navigation-store';
import { failingBlockers, formatSize } from './package-view';

/** The Stage 1 package screen's state, kept across screens so a package being written is not lost by moving away. */
interface PackageState {
  plan: PackagePlan | null;
  /** Readiness rules at blocker severity that fail. */
  blockers: ReadinessRuleResult[];
  loaded: boolean;
  /** Blocker ids the user chose to continue past; a new blocker asks again. */
  continuedPast: string[];
  zip: boolean;
  building: boolean;
  progress: ProgressEvent | null;
  result: PackageResult | null;
  load(): Promise<void>;
  continueAnyway(): void;
  setZip(zip: boolean): void;
  /** Asks for the folder, then writes the package into it. */
  build(): Promise<void>;
  /** Back from the success state to the plan, for another package. */
  reset(): void;
}

export const usePackage = create<PackageState>((set, get) => ({
  plan: null,
  blockers: [],
  loaded: false,
  continuedPast: [],
  zip: false,
  building: false,
  progress: null,
  result: null,

  async load() {
    try {
      const [plan, readiness] = await Promise.all([call('package:plan', {}), call('readiness:check', {})]);
      set({ plan, blockers: failingBlockers(readiness), loaded: true });
    } catch (error) {
      notify({ tone: 'error', text: `Could not read what the package holds: ${errorMessage(error)}` });
      set({ loaded: true });
    }
  },
  continueAnyway: () => set({ continuedPast: get().blockers.map((rule) => rule.id) }),
  setZip: (zip) => set({ zip }),
  reset: () => set({ result: null, progress: null }),

  async build() {
    if (get().building) return;
    let folder: string | null;
    try {
      folder = await call('dialog:packageFolder', {});
    } catch (error) {
      notify({ tone: 'error', text: errorMessage(error) });
      return;
    }
    if (!folder) return;
    set({ building: true, result: null, progress: null });
    const stop = window.isms.onProgress((event) => {
      if (event.task === 'package') set({ progress: event });
    });
    try {
      const result = await call('package:build', { folder, zip: get().zip });
      const total = get().progress?.total ?? result.files.length + (result.zipPath ? 1 : 0);
      set({ result, progress: { task: 'package', done: total, total, label: 'Finished' } });
      if (useNavigation.getState().screen !== 'package') {
        notify({
          tone: 'success',
          text: `Stage 1 package written: ${result.files.length} files, ${formatSize(result.totalBytes)}.`,
          action: { label: 'Show in folder', run: () => void attempt(() => call('shell:showItem', { path: result.folder })) },
        });
      }
    } catch (error) {
      set({ progress: null });
      notify({ tone: 'error', text: `The package was not written: ${errorMessage(error)}` });
    } finally {
      stop();
      set({ building: false });
    }
  },
}));
