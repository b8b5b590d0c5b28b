import { attempt } from '../app/attempt';
import { create } from 'zustand';
import type { MeasurementInput, Objective, ObjectiveInput } from '../../shared/domain/objectives';
import { call } from '../api/isms-client';
import { EMPTY_OBJECTIVE_FILTER, type ObjectiveFilter } from './objective-view';

/** The objectives with their measurements, and what the Objectives screen shows, kept across screens. */
interface ObjectivesState {
  objectives: Objective[];
  loaded: boolean;
  filter: ObjectiveFilter;
  focusedId: number | null;
  load(): Promise<void>;
  setFilter(patch: Partial<ObjectiveFilter>): void;
  focus(id: number | null): void;
  create(objective: ObjectiveInput): Promise<Objective | null>;
  update(id: number, patch: Partial<ObjectiveInput>): Promise<boolean>;
  remove(id: number): Promise<boolean>;
  addMeasurement(measurement: MeasurementInput): Promise<boolean>;
  updateMeasurement(id: number, patch: Partial<Omit<MeasurementInput, 'objectiveId'>>): Promise<boolean>;
  deleteMeasurement(id: number): Promise<boolean>;
}

export const useObjectives = create<ObjectivesState>((set, get) => {
  const replace = (objective: Objective | null) => {
    if (objective) set({ objectives: get().objectives.map((o) => (o.id === objective.id ? objective : o)) });
    return objective !== null;
  };
  return {
    objectives: [],
    loaded: false,
    filter: EMPTY_OBJECTIVE_FILTER,
    focusedId: null,

    async load() {
      const objectives = await call('objective:list', {}).catch(() => null);
      set({ objectives: objectives ?? [], loaded: true });
    },
    setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
    focus: (focusedId) => set({ focusedId }),

    async create(objective) {
      const created = await attempt(() => call('objective:create', { objective }));
      if (created) set({ objectives: [...get().objectives, created] });
      return created;
    },
    async update(id, patch) {
      return replace(await attempt(() => call('objective:update', { id, patch })));
    },
    async remove(id) {
      // The call answers null on success, so the attempt answers true instead.
      const done = (await attempt(() => call('objective:delete', { id }).then(() => true))) === true;
      if (done) set({ objectives: get().objectives.filter((o) => o.id !== id) });
      return done;
    },
    async addMeasurement(measurement) {
      return replace(await attempt(() => call('measurement:add', { measurement })));
    },
    async updateMeasurement(id, patch) {
      return replace(await attempt(() => call('measurement:update', { id, patch })));
    },
    async deleteMeasurement(id) {
      return replace(await attempt(() => call('measurement:delete', { id })));
    },
  };
});

/** Refetches the objectives; App calls it when a write announces the 'objectives' area. */
export const loadObjectives = (): Promise<void> => useObjectives.getState().load();
