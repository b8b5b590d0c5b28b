/** The channel names of contract-readiness.ts, for the preload bundle. */
export const READINESS_CHANNELS = ['readiness:check'] as const;
