/** The channel names of contract-documents.ts, as a plain list for the preload. */
export const DOCUMENTS_CHANNELS = [] as const;
