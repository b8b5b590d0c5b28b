/** The channel names of contract-package.ts, for the preload bundle. */
export const PACKAGE_CHANNELS = ['package:plan', 'package:build'] as const;
