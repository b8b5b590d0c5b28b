/** The channel names of contract-advisor.ts, for the preload bundle. */
export const ADVISOR_CHANNELS = ['advisor:get', 'advisor:save'] as const;
