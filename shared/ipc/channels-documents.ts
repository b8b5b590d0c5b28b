/** The channel names of contract-documents.ts, as a plain list for the preload. */
export const DOCUMENTS_CHANNELS = [
  'document:list',
  'document:templates',
  'document:create',
  'document:createFromTemplate',
  'document:update',
  'document:issueVersion',
  'document:approve',
  'document:retire',
  'document:delete',
  'document:version',
] as const;
