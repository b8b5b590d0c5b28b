/** The channel names of contract-review.ts, as a plain list for the preload. */
export const REVIEW_CHANNELS = [] as const;
