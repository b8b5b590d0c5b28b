import { attempt } from '../app/attempt';
import { create } from 'zustand';
import type { RoleCompetences, TrainingRecord, TrainingRecordInput } from '../../shared/domain/competence';
import { call } from '../api/isms-client';
import { EMPTY_RECORD_FILTER, type RecordFilter } from './competence-view';

export type CompetenceTab = 'records' | 'roles';

/** Role competences and training records, and what the Competence screen shows, kept across screens. */
interface CompetenceState {
  roles: RoleCompetences[];
  records: TrainingRecord[];
  loaded: boolean;
  tab: CompetenceTab;
  filter: RecordFilter;
  focusedId: number | null;
  load(): Promise<void>;
  setTab(tab: CompetenceTab): void;
  setFilter(patch: Partial<RecordFilter>): void;
  focus(id: number | null): void;
  setRoleCompetences(roleId: number, competences: string[]): Promise<boolean>;
  createRecord(record: TrainingRecordInput): Promise<TrainingRecord | null>;
  updateRecord(id: number, patch: Partial<TrainingRecordInput>): Promise<boolean>;
  deleteRecord(id: number): Promise<boolean>;
}

const byCompletion = (a: TrainingRecord, b: TrainingRecord) => b.completedOn.localeCompare(a.completedOn) || b.id - a.id;

export const useCompetence = create<CompetenceState>((set, get) => ({
  roles: [],
  records: [],
  loaded: false,
  tab: 'records',
  filter: EMPTY_RECORD_FILTER,
  focusedId: null,

  async load() {
    const [roles, records] = await Promise.all([call('competence:roles', {}).catch(() => []), call('training:list', {}).catch(() => [])]);
    set({ roles, records, loaded: true });
  },
  setTab: (tab) => set({ tab }),
  setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
  focus: (focusedId) => set({ focusedId }),

  async setRoleCompetences(roleId, competences) {
    const role = await attempt(() => call('competence:setRole', { roleId, competences }));
    if (role) set({ roles: get().roles.map((r) => (r.roleId === roleId ? role : r)) });
    return role !== null;
  },
  async createRecord(record) {
    const created = await attempt(() => call('training:create', { record }));
    if (created) set({ records: [...get().records, created].sort(byCompletion) });
    return created;
  },
  async updateRecord(id, patch) {
    const updated = await attempt(() => call('training:update', { id, patch }));
    if (updated) set({ records: get().records.map((r) => (r.id === id ? updated : r)).sort(byCompletion) });
    return updated !== null;
  },
  async deleteRecord(id) {
    // The call answers null on success, so the attempt answers true instead.
    const done = (await attempt(() => call('training:delete', { id }).then(() => true))) === true;
    if (done) set({ records: get().records.filter((r) => r.id !== id) });
    return done;
  },
}));

/** Refetches roles and records; App calls it when a write announces the 'competence' area. */
export const loadCompetence = (): Promise<void> => useCompetence.getState().load();
