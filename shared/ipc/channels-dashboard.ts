/** The channel names of contract-dashboard.ts, for the preload bundle. */
export const DASHBOARD_CHANNELS = ['dashboard:overdue', 'certification:get', 'certification:update'] as const;
