import { create } from 'zustand';
import {
  COST_FIGURE_IDS,
  DEFAULT_COST_FIGURES,
  resolveFigures,
  sameRange,
  type AdvisorAnswersPatch,
  type CostFigures,
  type CostFiguresPatch,
} from '../../shared/domain/advisor';
import type { AdvisorView } from '../../shared/ipc/contract-advisor';
import { recommend } from '../../shared/rules/framework-advisor';
import { call } from '../api/isms-client';
import { attempt } from '../app/attempt';

/**
 * The advisor's answers, figures and recommendation. A change shows at once (the recommendation is worked out
 * here with the same rule main uses) and is saved straight away; the saved view replaces it unless a newer
 * change is already on its way, so quick clicks never flip back.
 */
interface AdvisorState {
  view: AdvisorView | null;
  loaded: boolean;
  load(): Promise<void>;
  saveAnswers(patch: AdvisorAnswersPatch): Promise<boolean>;
  saveFigures(patch: CostFiguresPatch): Promise<boolean>;
}

let latestRequest = 0;

/** The view as it will be once the change is saved. */
function applyLocally(view: AdvisorView, input: { answers?: AdvisorAnswersPatch; costs?: CostFiguresPatch }): AdvisorView {
  const answers = { ...view.answers, ...input.answers } as AdvisorView['answers'];
  const overrides: Partial<CostFigures> = Object.fromEntries(view.edited.map((id) => [id, view.figures[id]]));
  for (const id of COST_FIGURE_IDS) {
    const change = input.costs?.[id];
    if (change === undefined) continue;
    if (change === null || sameRange(change, DEFAULT_COST_FIGURES[id])) delete overrides[id];
    else overrides[id] = change;
  }
  const figures = resolveFigures(overrides);
  return { answers, figures, edited: COST_FIGURE_IDS.filter((id) => id in overrides), result: recommend(answers, figures) };
}

export const useAdvisor = create<AdvisorState>((set, get) => {
  const save = async (input: { answers?: AdvisorAnswersPatch; costs?: CostFiguresPatch }) => {
    const request = ++latestRequest;
    const before = get().view;
    if (before) set({ view: applyLocally(before, input) });
    const saved = await attempt(() => call('advisor:save', input));
    if (request !== latestRequest) return saved !== null;
    if (saved) set({ view: saved });
    else await get().load();
    return saved !== null;
  };
  return {
    view: null,
    loaded: false,
    async load() {
      const request = ++latestRequest;
      const view = await attempt(() => call('advisor:get', {}));
      if (request === latestRequest) set({ view, loaded: true });
    },
    saveAnswers: (answers) => save({ answers }),
    saveFigures: (costs) => save({ costs }),
  };
});
