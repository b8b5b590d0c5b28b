import { attempt } from '../app/attempt';
import { create } from 'zustand';
import type { DocumentPatch, DocumentTemplate, IsmsDocument, NewDocument, VersionLevel } from '../../shared/domain/documents';
import { call } from '../api/isms-client';
import { EMPTY_DOCUMENT_FILTER, type DocumentFilter } from './document-filter';

/** The document register, the template library, and what the Documents screen shows. */
interface DocumentState {
  documents: IsmsDocument[];
  templates: DocumentTemplate[];
  loaded: boolean;
  filter: DocumentFilter;
  selectedId: number | null;
  load(): Promise<void>;
  loadTemplates(): Promise<void>;
  setFilter(patch: Partial<DocumentFilter>): void;
  select(id: number | null): void;
  create(document: NewDocument): Promise<IsmsDocument | null>;
  createFromTemplate(templateId: string): Promise<IsmsDocument | null>;
  update(id: number, patch: DocumentPatch): Promise<boolean>;
  issueVersion(id: number, level: VersionLevel, summary: string): Promise<IsmsDocument | null>;
  approve(id: number): Promise<IsmsDocument | null>;
  retire(id: number): Promise<IsmsDocument | null>;
  remove(id: number): Promise<boolean>;
}

export const useDocuments = create<DocumentState>((set, get) => {
  /** Puts a changed document into the list in place, or adds it. */
  const replace = (doc: IsmsDocument) => {
    const documents = get().documents;
    set({ documents: documents.some((d) => d.id === doc.id) ? documents.map((d) => (d.id === doc.id ? doc : d)) : [...documents, doc] });
    return doc;
  };
  return {
    documents: [],
    templates: [],
    loaded: false,
    filter: EMPTY_DOCUMENT_FILTER,
    selectedId: null,

    async load() {
      const documents = await call('document:list', {}).catch(() => null);
      set({ documents: documents ?? [], loaded: true });
    },
    async loadTemplates() {
      if (get().templates.length > 0) return;
      set({ templates: await call('document:templates', {}).catch(() => []) });
    },
    setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
    select: (selectedId) => set({ selectedId }),

    async create(document) {
      const created = await attempt(() => call('document:create', { document }));
      return created ? replace(created) : null;
    },
    async createFromTemplate(templateId) {
      const created = await attempt(() => call('document:createFromTemplate', { templateId }));
      return created ? replace(created) : null;
    },
    async update(id, patch) {
      const updated = await attempt(() => call('document:update', { id, patch }));
      if (updated) replace(updated);
      return updated !== null;
    },
    async issueVersion(id, level, summary) {
      const updated = await attempt(() => call('document:issueVersion', { id, level, summary }));
      return updated ? replace(updated) : null;
    },
    async approve(id) {
      const updated = await attempt(() => call('document:approve', { id }));
      return updated ? replace(updated) : null;
    },
    async retire(id) {
      const updated = await attempt(() => call('document:retire', { id }));
      return updated ? replace(updated) : null;
    },
    async remove(id) {
      // The channel answers null on success: map it to true so a failure (null from attempt) is told apart.
      const removed = (await attempt(() => call('document:delete', { id }).then(() => true))) === true;
      if (removed) set({ documents: get().documents.filter((d) => d.id !== id) });
      return removed;
    },
  };
});

/** Refetches the register; App.tsx calls it when a write announces the 'documents' area. */
export function loadDocuments(): Promise<void> {
  return useDocuments.getState().load();
}
