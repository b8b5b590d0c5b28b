import { z } from 'zod';
import {
  REVIEW_INPUT_KEYS,
  newReviewSchema,
  reviewOutputInputSchema,
  reviewPatchSchema,
  type ManagementReview,
  type RefreshResult,
} from '../domain/management-review';
import { channel, none, recordId } from './channel';

/** Management review (9.3): meetings, their inputs filled in from the registers, and their decisions and actions. */
export const reviewContract = {
  'review:list': channel<ManagementReview[]>()(none),
  'review:create': channel<ManagementReview>()(z.object({ review: newReviewSchema }).strict()),
  'review:update': channel<ManagementReview>()(z.object({ id: recordId, patch: reviewPatchSchema }).strict()),
  'review:delete': channel<null>()(z.object({ id: recordId }).strict()),
  /** Edited inputs are replaced only with `replaceEdited` (the user confirmed); otherwise they come back in `kept`. */
  'review:refreshInputs': channel<RefreshResult>()(
    z
      .object({ id: recordId, keys: z.array(z.enum(REVIEW_INPUT_KEYS)).min(1).max(REVIEW_INPUT_KEYS.length), replaceEdited: z.boolean() })
      .strict(),
  ),
  'review:addOutput': channel<ManagementReview>()(z.object({ reviewId: recordId, output: reviewOutputInputSchema }).strict()),
  'review:updateOutput': channel<ManagementReview>()(
    z.object({ id: recordId, patch: reviewOutputInputSchema.partial().strict() }).strict(),
  ),
  'review:deleteOutput': channel<ManagementReview>()(z.object({ id: recordId }).strict()),
} as const;
