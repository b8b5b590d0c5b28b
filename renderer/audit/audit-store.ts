import { attempt } from '../app/attempt';
import { create } from 'zustand';
import type { Audit, AuditCycle, AuditFinding, AuditInput, FindingInput } from '../../shared/domain/audit';
import type { AuditOverview, RaisedNonconformity } from '../../shared/ipc/contract-audit';
import { call } from '../api/isms-client';
import { loadNonconformities } from '../nonconformities/nonconformity-store';

/**
 * The audit programme as main computes it (cycle, audits, findings, coverage, independence warnings), and what the
 * Internal audit screen has selected. Every write refetches the overview, since one change can move coverage and
 * warnings anywhere in the programme.
 */
interface AuditState {
  overview: AuditOverview | null;
  loaded: boolean;
  focusedAuditId: number | null;
  openFindingId: number | null;
  tab: 'plan' | 'findings';
  focusAudit(id: number | null): void;
  openFinding(id: number | null): void;
  setTab(tab: 'plan' | 'findings'): void;
  load(): Promise<void>;
  setCycle(cycle: AuditCycle): Promise<boolean>;
  createAudit(audit: AuditInput): Promise<Audit | null>;
  updateAudit(id: number, patch: Partial<AuditInput>): Promise<boolean>;
  deleteAudit(id: number): Promise<boolean>;
  createFinding(finding: FindingInput): Promise<AuditFinding | null>;
  updateFinding(id: number, patch: Partial<Omit<FindingInput, 'auditId'>>): Promise<boolean>;
  deleteFinding(id: number): Promise<boolean>;
  raiseNonconformity(findingId: number): Promise<RaisedNonconformity | null>;
}

export const useAudits = create<AuditState>((set, get) => {
  /** Runs a write, then refetches what it can have changed. */
  async function write<T>(work: () => Promise<T>, alsoNonconformities = false): Promise<T | null> {
    const result = await attempt(work);
    if (result !== null) await Promise.all([get().load(), alsoNonconformities ? loadNonconformities() : null]);
    return result;
  }
  return {
    overview: null,
    loaded: false,
    focusedAuditId: null,
    openFindingId: null,
    tab: 'plan',
    focusAudit: (focusedAuditId) => set({ focusedAuditId, openFindingId: null }),
    openFinding: (openFindingId) => set({ openFindingId }),
    setTab: (tab) => set({ tab }),

    async load() {
      const overview = await call('audit:overview', {}).catch(() => null);
      set({ overview, loaded: true });
    },
    async setCycle(cycle) {
      return (await write(() => call('audit:setCycle', { cycle }))) !== null;
    },
    async createAudit(audit) {
      return write(() => call('audit:create', { audit }));
    },
    async updateAudit(id, patch) {
      return (await write(() => call('audit:update', { id, patch }))) !== null;
    },
    async deleteAudit(id) {
      return (await write(() => call('audit:delete', { id }), true)) !== null;
    },
    async createFinding(finding) {
      return write(() => call('finding:create', { finding }));
    },
    async updateFinding(id, patch) {
      return (await write(() => call('finding:update', { id, patch }), 'nonconformityId' in patch)) !== null;
    },
    async deleteFinding(id) {
      return (await write(() => call('finding:delete', { id }), true)) !== null;
    },
    async raiseNonconformity(findingId) {
      return write(() => call('finding:raiseNonconformity', { id: findingId }), true);
    },
  };
});

/** Refetches the audit programme; App calls it when a write announces 'audits' (or 'soa', 'scope', 'organisation'). */
export const loadAudits = (): Promise<void> => useAudits.getState().load();
