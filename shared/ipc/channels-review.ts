/** The channel names of contract-review.ts, as a plain list for the preload. */
export const REVIEW_CHANNELS = [
  'review:list',
  'review:create',
  'review:update',
  'review:delete',
  'review:refreshInputs',
  'review:addOutput',
  'review:updateOutput',
  'review:deleteOutput',
] as const;
