import { attempt } from '../app/attempt';
import { create } from 'zustand';
import type { Asset, AssetInput, Risk, RiskInput, TreatmentAction, TreatmentActionInput } from '../../shared/domain/risk';
import type { RiskMethod } from '../../shared/domain/risk-method';
import type { ControlRiskLink } from '../../shared/ipc/contract';
import { call } from '../api/isms-client';

/**
 * The risk method, asset inventory, risk register, treatment plan and the risk↔control links: one store,
 * because every screen of the risk area reads several of them. Each part refetches on its own area.
 */
interface RiskState {
  method: RiskMethod | null;
  assets: Asset[];
  risks: Risk[];
  actions: TreatmentAction[];
  controlLinks: ControlRiskLink[];
  loaded: boolean;
  loadAll(): Promise<void>;
  loadMethod(): Promise<void>;
  loadAssets(): Promise<void>;
  loadRisks(): Promise<void>;
  loadActions(): Promise<void>;
  createAsset(asset: AssetInput): Promise<Asset | null>;
  updateAsset(id: number, patch: Partial<AssetInput>): Promise<boolean>;
  deleteAsset(id: number): Promise<boolean>;
  createRisk(risk: RiskInput): Promise<Risk | null>;
  updateRisk(id: number, patch: Partial<RiskInput>): Promise<boolean>;
  deleteRisk(id: number): Promise<boolean>;
  createAction(action: TreatmentActionInput): Promise<TreatmentAction | null>;
  updateAction(id: number, patch: Partial<TreatmentActionInput>): Promise<boolean>;
  deleteAction(id: number): Promise<boolean>;
}

export const useRisks = create<RiskState>((set, get) => ({
  method: null,
  assets: [],
  risks: [],
  actions: [],
  controlLinks: [],
  loaded: false,

  async loadAll() {
    await Promise.all([get().loadMethod(), get().loadAssets(), get().loadRisks(), get().loadActions()]);
    set({ loaded: true });
  },
  async loadMethod() {
    const method = await call('riskMethod:get', {}).catch(() => null);
    set({ method });
  },
  async loadAssets() {
    set({ assets: await call('asset:list', {}).catch(() => []) });
  },
  async loadRisks() {
    const [risks, controlLinks] = await Promise.all([
      call('risk:list', {}).catch(() => []),
      call('soa:riskLinks', {}).catch(() => []),
    ]);
    set({ risks, controlLinks });
  },
  async loadActions() {
    set({ actions: await call('action:list', {}).catch(() => []) });
  },

  async createAsset(asset) {
    const created = await attempt(() => call('asset:create', { asset }));
    if (created) set({ assets: [...get().assets, created] });
    return created;
  },
  async updateAsset(id, patch) {
    const updated = await attempt(() => call('asset:update', { id, patch }));
    if (updated) set({ assets: get().assets.map((a) => (a.id === id ? updated : a)) });
    return updated !== null;
  },
  async deleteAsset(id) {
    // The channel answers null on success, so success is what attempt() returns here, not the value.
    return (await attempt(async () => {
      await call('asset:delete', { id });
      return true;
    })) === true;
  },
  async createRisk(risk) {
    const created = await attempt(() => call('risk:create', { risk }));
    if (created) set({ risks: [...get().risks, created] });
    return created;
  },
  async updateRisk(id, patch) {
    const updated = await attempt(() => call('risk:update', { id, patch }));
    if (updated) set({ risks: get().risks.map((r) => (r.id === id ? updated : r)) });
    return updated !== null;
  },
  async deleteRisk(id) {
    // The channel answers null on success, so success is what attempt() returns here, not the value.
    return (await attempt(async () => {
      await call('risk:delete', { id });
      return true;
    })) === true;
  },
  async createAction(action) {
    const created = await attempt(() => call('action:create', { action }));
    if (created) set({ actions: [...get().actions, created] });
    return created;
  },
  async updateAction(id, patch) {
    const updated = await attempt(() => call('action:update', { id, patch }));
    if (updated) set({ actions: get().actions.map((a) => (a.id === id ? updated : a)) });
    return updated !== null;
  },
  async deleteAction(id) {
    // The channel answers null on success, so success is what attempt() returns here, not the value.
    return (await attempt(async () => {
      await call('action:delete', { id });
      return true;
    })) === true;
  },
}));

export const BLANK_RISK: RiskInput = {
  title: '',
  description: '',
  assetIds: [],
  threat: '',
  vulnerability: '',
  owner: '',
  existingControls: '',
  inherentLikelihood: null,
  inherentImpact: null,
  treatment: null,
  controlIds: [],
  residualLikelihood: null,
  residualImpact: null,
  acceptedBy: '',
  acceptedOn: null,
  acceptanceRationale: '',
  status: 'identified',
  nextReview: null,
};

export const BLANK_ASSET: AssetInput = {
  name: '',
  type: 'information',
  owner: '',
  classification: '',
  confidentiality: 2,
  integrity: 2,
  availability: 2,
  location: '',
  description: '',
};
