/** Documents and policies (5.2, 7.5): the register, bodies, versions and templates. */
import { z } from 'zod';
import {
  VERSION_LEVELS,
  documentPatchSchema,
  newDocumentSchema,
  type DocumentTemplate,
  type DocumentVersion,
  type IsmsDocument,
} from '../domain/documents';
import { channel, none, recordId } from './channel';

const byId = z.object({ id: recordId }).strict();

export const documentsContract = {
  'document:list': channel<IsmsDocument[]>()(none),
  'document:templates': channel<DocumentTemplate[]>()(none),
  'document:create': channel<IsmsDocument>()(z.object({ document: newDocumentSchema }).strict()),
  'document:createFromTemplate': channel<IsmsDocument>()(
    z.object({ templateId: z.string().regex(/^[a-z0-9-]{1,80}$/) }).strict(),
  ),
  'document:update': channel<IsmsDocument>()(z.object({ id: recordId, patch: documentPatchSchema }).strict()),
  'document:issueVersion': channel<IsmsDocument>()(
    z
      .object({
        id: recordId,
        level: z.enum(VERSION_LEVELS),
        summary: z.string().trim().min(1, 'Describe what changed in this version').max(500),
      })
      .strict(),
  ),
  'document:approve': channel<IsmsDocument>()(byId),
  'document:retire': channel<IsmsDocument>()(byId),
  'document:delete': channel<null>()(byId),
  'document:version': channel<DocumentVersion>()(byId),
} as const;
