/** The channel names of contract-objectives.ts, as a plain list for the preload. */
export const OBJECTIVES_CHANNELS = [
  'objective:list',
  'objective:create',
  'objective:update',
  'objective:delete',
  'measurement:add',
  'measurement:update',
  'measurement:delete',
  'competence:roles',
  'competence:setRole',
  'training:list',
  'training:create',
  'training:update',
  'training:delete',
] as const;
