import { attempt } from '../app/attempt';
import { create } from 'zustand';
import type {
  ContextIssue,
  ContextIssueInput,
  InterestedParty,
  InterestedPartyInput,
  PartyRequirement,
  PartyRequirementInput,
} from '../../shared/domain/context';
import { call } from '../api/isms-client';

/** Context issues (4.1) and interested parties with their requirements (4.2). Refetch on the 'context' area. */
interface ContextState {
  issues: ContextIssue[];
  parties: InterestedParty[];
  loaded: boolean;
  loadContext(): Promise<void>;
  createIssue(issue: ContextIssueInput): Promise<ContextIssue | null>;
  updateIssue(id: number, patch: Partial<ContextIssueInput>): Promise<boolean>;
  deleteIssue(id: number): Promise<boolean>;
  createParty(party: InterestedPartyInput): Promise<InterestedParty | null>;
  updateParty(id: number, patch: Partial<InterestedPartyInput>): Promise<boolean>;
  deleteParty(id: number): Promise<boolean>;
  createRequirement(requirement: PartyRequirementInput): Promise<PartyRequirement | null>;
  updateRequirement(id: number, patch: Partial<PartyRequirementInput>): Promise<boolean>;
  deleteRequirement(id: number): Promise<boolean>;
}

/** The parties with one requirement put in place (added, replaced or, with `remove`, taken out). */
function withRequirement(parties: InterestedParty[], requirement: PartyRequirement, remove = false): InterestedParty[] {
  return parties.map((party) => {
    const others = party.requirements.filter((r) => r.id !== requirement.id);
    if (party.id !== requirement.partyId || remove) return others.length === party.requirements.length ? party : { ...party, requirements: others };
    const index = party.requirements.findIndex((r) => r.id === requirement.id);
    const requirements = index === -1 ? [...party.requirements, requirement] : party.requirements.map((r) => (r.id === requirement.id ? requirement : r));
    return { ...party, requirements };
  });
}

export const useContextRecords = create<ContextState>((set, get) => ({
  issues: [],
  parties: [],
  loaded: false,

  async loadContext() {
    const [issues, parties] = await Promise.all([call('contextIssue:list', {}).catch(() => []), call('party:list', {}).catch(() => [])]);
    set({ issues, parties, loaded: true });
  },

  async createIssue(issue) {
    const created = await attempt(() => call('contextIssue:create', { issue }));
    if (created) set({ issues: [...get().issues, created] });
    return created;
  },
  async updateIssue(id, patch) {
    const updated = await attempt(() => call('contextIssue:update', { id, patch }));
    if (updated) set({ issues: get().issues.map((i) => (i.id === id ? updated : i)) });
    return updated !== null;
  },
  async deleteIssue(id) {
    const done = (await attempt(() => call('contextIssue:delete', { id }))) !== null;
    if (done) set({ issues: get().issues.filter((i) => i.id !== id) });
    return done;
  },

  async createParty(party) {
    const created = await attempt(() => call('party:create', { party }));
    if (created) set({ parties: [...get().parties, created] });
    return created;
  },
  async updateParty(id, patch) {
    const updated = await attempt(() => call('party:update', { id, patch }));
    if (updated) set({ parties: get().parties.map((p) => (p.id === id ? updated : p)) });
    return updated !== null;
  },
  async deleteParty(id) {
    const done = (await attempt(() => call('party:delete', { id }))) !== null;
    if (done) set({ parties: get().parties.filter((p) => p.id !== id) });
    return done;
  },

  async createRequirement(requirement) {
    const created = await attempt(() => call('partyRequirement:create', { requirement }));
    if (created) set({ parties: withRequirement(get().parties, created) });
    return created;
  },
  async updateRequirement(id, patch) {
    const updated = await attempt(() => call('partyRequirement:update', { id, patch }));
    if (updated) set({ parties: withRequirement(get().parties, updated) });
    return updated !== null;
  },
  async deleteRequirement(id) {
    const requirement = get().parties.flatMap((p) => p.requirements).find((r) => r.id === id);
    const done = (await attempt(() => call('partyRequirement:delete', { id }))) !== null;
    if (done && requirement) set({ parties: withRequirement(get().parties, requirement, true) });
    return done;
  },
}));

/** Refetches the context issues and interested parties (for window.isms.onChanged). */
export const loadContext = () => useContextRecords.getState().loadContext();
