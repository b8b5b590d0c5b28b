import { create } from 'zustand';
import type { ReadinessReport } from '../../shared/domain/readiness';
import { call, errorMessage } from '../api/isms-client';
import { EMPTY_READINESS_FILTER, type ReadinessFilter } from './readiness-view';

/**
 * The last readiness report and how the checklist is shown, kept while the user goes off to fix a finding, so
 * coming back shows the same list (then the fresh result) rather than a blank screen.
 */
interface ReadinessState {
  report: ReadinessReport | null;
  /** The workbook the report was made for; a report of another workbook is never shown. */
  reportPath: string | null;
  /** The score of the previous report of the same workbook, when this one differs from it: the screen shows the change. */
  previousScore: number | null;
  checking: boolean;
  /** How many checks have completed, so a view can wait for a result newer than itself. */
  runs: number;
  /** Why the last check failed, while no later one has succeeded. */
  failure: string | null;
  filter: ReadinessFilter;
  /** Rules whose "why it matters" is open, and rules showing all their findings. */
  openWhy: string[];
  allFindings: string[];
  passedOpen: boolean;
  /** The finding whose link the user followed last (see findingKey), to put the focus back on it. */
  followed: string | null;
  check(path: string | null): Promise<void>;
  setFilter(patch: Partial<ReadinessFilter>): void;
  toggleWhy(ruleId: string): void;
  toggleAllFindings(ruleId: string): void;
  setPassedOpen(open: boolean): void;
  setFollowed(key: string | null): void;
}

const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

let latestRun = 0;

type ReadinessData = Omit<ReadinessState, 'check' | 'setFilter' | 'toggleWhy' | 'toggleAllFindings' | 'setPassedOpen' | 'setFollowed'>;

/** Before any check: no report, the checklist unfiltered and folded. */
export const READINESS_START: ReadinessData = {
  report: null,
  reportPath: null,
  previousScore: null,
  checking: false,
  runs: 0,
  failure: null,
  filter: EMPTY_READINESS_FILTER,
  openWhy: [],
  allFindings: [],
  passedOpen: false,
  followed: null,
};

export const useReadiness = create<ReadinessState>((set, get) => ({
  ...READINESS_START,

  async check(path) {
    // Writes can follow each other quickly; only the answer to the latest request counts.
    const run = ++latestRun;
    set({ checking: true });
    try {
      const report = await call('readiness:check', {});
      if (run !== latestRun) return;
      const before = get().reportPath === path ? get().report : null;
      set({
        report,
        reportPath: path,
        previousScore: before && before.score !== report.score ? before.score : null,
        checking: false,
        runs: get().runs + 1,
        failure: null,
      });
    } catch (error) {
      if (run === latestRun) set({ checking: false, failure: errorMessage(error) });
    }
  },
  setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
  toggleWhy: (ruleId) => set({ openWhy: toggle(get().openWhy, ruleId) }),
  toggleAllFindings: (ruleId) => set({ allFindings: toggle(get().allFindings, ruleId) }),
  setPassedOpen: (passedOpen) => set({ passedOpen }),
  setFollowed: (followed) => set({ followed }),
}));
