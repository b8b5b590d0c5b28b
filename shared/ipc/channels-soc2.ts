/** The channel names of contract-soc2.ts, for the preload bundle. */
export const SOC2_CHANNELS = ['soc2:readiness', 'soc2:scope', 'soc2:setScope', 'soc2:setExpectation'] as const;
