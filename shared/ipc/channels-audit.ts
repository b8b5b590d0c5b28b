/** The channel names of contract-audit.ts, as a plain list for the preload. */
export const AUDIT_CHANNELS = [] as const;
