import { create } from 'zustand';
import type { SoaEntry, SoaPatch } from '../../shared/domain/soa';
import { call, errorMessage } from '../api/isms-client';
import { notify } from '../app/notice-store';
import { EMPTY_FILTER, type SoaFilter } from './soa-filter';

interface UndoStep {
  description: string;
  /** The values before the change, per control, restricted to the fields the change touched. */
  before: { controlId: string; patch: SoaPatch }[];
}

interface SoaState {
  entries: SoaEntry[];
  loaded: boolean;
  filter: SoaFilter;
  focusedId: string | null;
  selected: string[];
  undoStack: UndoStep[];
  load(): Promise<void>;
  setFilter(patch: Partial<SoaFilter>): void;
  focus(controlId: string | null): void;
  toggleSelected(controlId: string): void;
  setSelected(controlIds: string[]): void;
  /** Saves at once; returns false (and tells the user why) when the main process refuses. */
  update(controlId: string, patch: SoaPatch): Promise<boolean>;
  bulkUpdate(controlIds: string[], patch: SoaPatch, description: string): Promise<boolean>;
  undo(): Promise<void>;
}

function beforeValues(entry: SoaEntry, patch: SoaPatch): SoaPatch {
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as (keyof SoaPatch)[]) before[key] = entry[key];
  return before as SoaPatch;
}

function sameValues(entry: SoaEntry, patch: SoaPatch): boolean {
  return (Object.keys(patch) as (keyof SoaPatch)[]).every(
    (key) => JSON.stringify(entry[key]) === JSON.stringify(patch[key]),
  );
}

export const useSoa = create<SoaState>((set, get) => {
  const replace = (updated: SoaEntry[]) => {
    const byId = new Map(updated.map((e) => [e.controlId, e]));
    set({ entries: get().entries.map((e) => byId.get(e.controlId) ?? e) });
  };

  const pushUndo = (step: UndoStep) => set({ undoStack: [...get().undoStack.slice(-49), step] });

  return {
    entries: [],
    loaded: false,
    filter: EMPTY_FILTER,
    focusedId: null,
    selected: [],
    undoStack: [],

    async load() {
      try {
        const entries = await call('soa:list', {});
        set({ entries, loaded: true, focusedId: get().focusedId ?? entries[0]?.controlId ?? null });
      } catch (error) {
        set({ entries: [], loaded: true });
        if ((error as { code?: string }).code !== 'NO_WORKBOOK') notify({ tone: 'error', text: errorMessage(error) });
      }
    },

    setFilter(patch) {
      set({ filter: { ...get().filter, ...patch } });
    },

    focus(controlId) {
      set({ focusedId: controlId });
    },

    toggleSelected(controlId) {
      const selected = get().selected;
      set({ selected: selected.includes(controlId) ? selected.filter((id) => id !== controlId) : [...selected, controlId] });
    },

    setSelected(controlIds) {
      set({ selected: controlIds });
    },

    async update(controlId, patch) {
      const current = get().entries.find((e) => e.controlId === controlId);
      if (!current || sameValues(current, patch)) return true;
      const before = beforeValues(current, patch);
      // Shown at once, so a ticked box or a chosen status does not spring back while the save is under way.
      replace([{ ...current, ...patch } as SoaEntry]);
      try {
        const saved = await call('soa:update', { controlId, patch });
        replace([saved]);
        pushUndo({ description: `A.${controlId}`, before: [{ controlId, patch: before }] });
        return true;
      } catch (error) {
        const now = get().entries.find((e) => e.controlId === controlId);
        if (now) replace([{ ...now, ...before } as SoaEntry]);
        notify({ tone: 'error', text: errorMessage(error) });
        return false;
      }
    },

    async bulkUpdate(controlIds, patch, description) {
      const entries = get().entries.filter((e) => controlIds.includes(e.controlId));
      try {
        const saved = await call('soa:bulkUpdate', { controlIds, patch });
        replace(saved);
        pushUndo({
          description,
          before: entries.map((e) => ({ controlId: e.controlId, patch: beforeValues(e, patch) })),
        });
        notify({ tone: 'success', text: `${description}: ${saved.length} controls updated.` });
        return true;
      } catch (error) {
        notify({ tone: 'error', text: errorMessage(error) });
        return false;
      }
    },

    async undo() {
      const step = get().undoStack.at(-1);
      if (!step) return;
      try {
        const restored: SoaEntry[] = [];
        for (const { controlId, patch } of step.before) restored.push(await call('soa:update', { controlId, patch }));
        replace(restored);
        set({ undoStack: get().undoStack.slice(0, -1) });
        notify({ tone: 'info', text: `Undone: ${step.description}.` });
      } catch (error) {
        notify({ tone: 'error', text: `Could not undo: ${errorMessage(error)}` });
      }
    },
  };
});
