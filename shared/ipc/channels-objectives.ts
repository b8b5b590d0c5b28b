/** The channel names of contract-objectives.ts, as a plain list for the preload. */
export const OBJECTIVES_CHANNELS = [] as const;
