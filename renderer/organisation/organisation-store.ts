import { create } from 'zustand';
import type { OrganisationPatch } from '../../shared/domain/organisation';
import type { OrganisationView } from '../../shared/ipc/contract';
import { call, errorMessage } from '../api/isms-client';
import { notify } from '../app/notice-store';

interface OrganisationState {
  organisation: OrganisationView | null;
  logo: string | null;
  load(): Promise<void>;
  update(patch: OrganisationPatch): Promise<boolean>;
  setLogo(file: File | null): Promise<void>;
}

const MAX_LOGO_BYTES = 2 * 1024 * 1024;

async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const useOrganisation = create<OrganisationState>((set) => ({
  organisation: null,
  logo: null,
  async load() {
    try {
      const [organisation, logo] = await Promise.all([call('organisation:get', {}), call('organisation:getLogo', {})]);
      set({ organisation, logo });
    } catch {
      set({ organisation: null, logo: null });
    }
  },
  async update(patch) {
    try {
      set({ organisation: await call('organisation:update', { patch }) });
      return true;
    } catch (error) {
      notify({ tone: 'error', text: errorMessage(error) });
      return false;
    }
  },
  async setLogo(file) {
    try {
      if (file && file.size > MAX_LOGO_BYTES) throw new Error('The logo must be smaller than 2 MB.');
      if (file && file.type !== 'image/png' && file.type !== 'image/jpeg') throw new Error('Use a PNG or JPEG image for the logo.');
      const input = file ? { mime: file.type as 'image/png' | 'image/jpeg', base64: await fileToBase64(file) } : null;
      const organisation = await call('organisation:setLogo', input);
      set({ organisation, logo: await call('organisation:getLogo', {}) });
    } catch (error) {
      notify({ tone: 'error', text: errorMessage(error) });
    }
  },
}));
