import { attempt } from '../app/attempt';
import { create } from 'zustand';
import type { IsmsRole, IsmsRoleInput, IsmsScope, IsmsScopePatch } from '../../shared/domain/context';
import { call } from '../api/isms-client';

/** The ISMS scope (4.3) and the ISMS roles (5.3). Refetch on the 'scope' area. */
interface ScopeState {
  scope: IsmsScope | null;
  roles: IsmsRole[];
  loaded: boolean;
  loadScope(): Promise<void>;
  updateScope(patch: IsmsScopePatch): Promise<boolean>;
  createRole(role: IsmsRoleInput): Promise<IsmsRole | null>;
  updateRole(id: number, patch: Partial<IsmsRoleInput>): Promise<boolean>;
  moveRole(id: number, offset: -1 | 1): Promise<boolean>;
  deleteRole(id: number): Promise<boolean>;
}

export const useScope = create<ScopeState>((set, get) => ({
  scope: null,
  roles: [],
  loaded: false,

  async loadScope() {
    const [scope, roles] = await Promise.all([call('scope:get', {}).catch(() => null), call('role:list', {}).catch(() => [])]);
    set({ scope, roles, loaded: true });
  },
  async updateScope(patch) {
    const scope = await attempt(() => call('scope:update', { patch }));
    if (scope) set({ scope });
    return scope !== null;
  },
  async createRole(role) {
    const created = await attempt(() => call('role:create', { role }));
    if (created) set({ roles: [...get().roles, created] });
    return created;
  },
  async updateRole(id, patch) {
    const updated = await attempt(() => call('role:update', { id, patch }));
    if (updated) set({ roles: get().roles.map((r) => (r.id === id ? updated : r)) });
    return updated !== null;
  },
  async moveRole(id, offset) {
    const roles = await attempt(() => call('role:move', { id, offset }));
    if (roles) set({ roles });
    return roles !== null;
  },
  async deleteRole(id) {
    const done = (await attempt(() => call('role:delete', { id }))) !== null;
    if (done) set({ roles: get().roles.filter((r) => r.id !== id) });
    return done;
  },
}));

/** Refetches the scope and the roles (for window.isms.onChanged). */
export const loadScope = () => useScope.getState().loadScope();
