import { attempt } from '../app/attempt';
import { create } from 'zustand';
import type {
  ManagementReview,
  NewReview,
  RefreshResult,
  ReviewInputKey,
  ReviewOutputInput,
  ReviewPatch,
} from '../../shared/domain/management-review';
import { call } from '../api/isms-client';

/** The management reviews with their decisions and actions, and which one the screen shows. */
interface ReviewState {
  reviews: ManagementReview[];
  loaded: boolean;
  selectedId: number | null;
  load(): Promise<void>;
  select(id: number | null): void;
  create(review: NewReview): Promise<ManagementReview | null>;
  update(id: number, patch: ReviewPatch): Promise<boolean>;
  remove(id: number): Promise<boolean>;
  refreshInputs(id: number, keys: ReviewInputKey[], replaceEdited: boolean): Promise<RefreshResult | null>;
  addOutput(reviewId: number, output: ReviewOutputInput): Promise<boolean>;
  updateOutput(id: number, patch: Partial<ReviewOutputInput>): Promise<boolean>;
  deleteOutput(id: number): Promise<boolean>;
}

export const useReviews = create<ReviewState>((set, get) => {
  /** Puts the review a write returned in place of the stored one. */
  const replace = (review: ManagementReview | null) => {
    if (review) set({ reviews: get().reviews.map((r) => (r.id === review.id ? review : r)) });
    return review !== null;
  };
  return {
    reviews: [],
    loaded: false,
    selectedId: null,
    async load() {
      const reviews = await call('review:list', {}).catch(() => [] as ManagementReview[]);
      set({ reviews, loaded: true });
    },
    select: (selectedId) => set({ selectedId }),
    async create(review) {
      const created = await attempt(() => call('review:create', { review }));
      if (created) set({ reviews: [...get().reviews.filter((r) => r.id !== created.id), created], selectedId: created.id });
      return created;
    },
    update: async (id, patch) => replace(await attempt(() => call('review:update', { id, patch }))),
    async remove(id) {
      // The channel answers null on success, so say "done" explicitly.
      const done = (await attempt(async () => (await call('review:delete', { id }), true))) === true;
      if (done) set({ reviews: get().reviews.filter((r) => r.id !== id) });
      return done;
    },
    async refreshInputs(id, keys, replaceEdited) {
      const result = await attempt(() => call('review:refreshInputs', { id, keys, replaceEdited }));
      if (result) replace(result.review);
      return result;
    },
    addOutput: async (reviewId, output) => replace(await attempt(() => call('review:addOutput', { reviewId, output }))),
    updateOutput: async (id, patch) => replace(await attempt(() => call('review:updateOutput', { id, patch }))),
    deleteOutput: async (id) => replace(await attempt(() => call('review:deleteOutput', { id }))),
  };
});

/** Refetches the reviews; App calls it when a write announces 'management-reviews'. */
export const loadManagementReviews = (): Promise<void> => useReviews.getState().load();
