/** The channel names of contract-audit.ts, as a plain list for the preload. */
export const AUDIT_CHANNELS = [
  'audit:overview',
  'audit:setCycle',
  'audit:create',
  'audit:update',
  'audit:delete',
  'finding:create',
  'finding:update',
  'finding:delete',
  'finding:raiseNonconformity',
  'nonconformity:list',
  'nonconformity:create',
  'nonconformity:update',
  'nonconformity:delete',
] as const;
