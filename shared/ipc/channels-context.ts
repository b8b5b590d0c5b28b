/** The channel names of contract-context.ts, as a plain list for the preload. */
export const CONTEXT_CHANNELS = [] as const;
