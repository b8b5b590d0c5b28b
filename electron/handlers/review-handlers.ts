import type { reviewContract } from '../../shared/ipc/contract-review';
import {
  addReviewOutput,
  createReview,
  deleteReview,
  deleteReviewOutput,
  listReviews,
  refreshReviewInputs,
  updateReview,
  updateReviewOutput,
} from '../services/review-service';
import type { HandlersFor } from './handler';

const CHANGES = ['management-reviews', 'change-log'] as const;

export const reviewHandlers: HandlersFor<typeof reviewContract> = {
  'review:list': { run: ({ session }) => listReviews(session.context()) },
  'review:create': { run: ({ session }, input) => createReview(session.context(), input.review), changes: CHANGES },
  'review:update': { run: ({ session }, input) => updateReview(session.context(), input.id, input.patch), changes: CHANGES },
  'review:delete': {
    run: ({ session }, input) => {
      deleteReview(session.context(), input.id);
      return null;
    },
    changes: CHANGES,
  },
  'review:refreshInputs': {
    run: ({ session }, input) => refreshReviewInputs(session.context(), input.id, input.keys, input.replaceEdited),
    changes: CHANGES,
  },
  'review:addOutput': { run: ({ session }, input) => addReviewOutput(session.context(), input.reviewId, input.output), changes: CHANGES },
  'review:updateOutput': { run: ({ session }, input) => updateReviewOutput(session.context(), input.id, input.patch), changes: CHANGES },
  'review:deleteOutput': { run: ({ session }, input) => deleteReviewOutput(session.context(), input.id), changes: CHANGES },
};
