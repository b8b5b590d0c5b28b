import type { documentsContract } from '../../shared/ipc/contract-documents';
import {
  approveDocument,
  createDocument,
  createDocumentFromTemplate,
  deleteDocument,
  issueDocumentVersion,
  listDocumentRegister,
  listDocumentTemplates,
  readDocumentVersion,
  retireDocument,
  updateDocument,
} from '../services/document-service';
import type { HandlersFor } from './handler';

const CHANGES = ['documents', 'change-log'] as const;

export const documentsHandlers: HandlersFor<typeof documentsContract> = {
  'document:list': { run: ({ session }) => listDocumentRegister(session.context()) },
  'document:templates': { run: () => listDocumentTemplates() },
  'document:create': { run: ({ session }, input) => createDocument(session.context(), input.document), changes: CHANGES },
  'document:createFromTemplate': {
    run: ({ session }, input) => createDocumentFromTemplate(session.context(), input.templateId),
    changes: CHANGES,
  },
  'document:update': { run: ({ session }, input) => updateDocument(session.context(), input.id, input.patch), changes: CHANGES },
  'document:issueVersion': {
    run: ({ session }, input) => issueDocumentVersion(session.context(), input.id, input.level, input.summary),
    changes: CHANGES,
  },
  'document:approve': { run: ({ session }, input) => approveDocument(session.context(), input.id), changes: CHANGES },
  'document:retire': { run: ({ session }, input) => retireDocument(session.context(), input.id), changes: CHANGES },
  'document:delete': {
    run: ({ session }, input) => {
      deleteDocument(session.context(), input.id);
      return null;
    },
    changes: CHANGES,
  },
  'document:version': { run: ({ session }, input) => readDocumentVersion(session.context(), input.id) },
};
