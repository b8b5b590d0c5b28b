import reviewJson from '../../../resources/sample/review.json' with { type: 'json' };
import { z } from 'zod';
import {
  REVIEW_INPUT_KEYS,
  attendeeSchema,
  reviewOutputInputSchema,
  type ReviewInputs,
} from '../../../shared/domain/management-review';
import { isoDate } from '../../../shared/domain/soa';
import { heldReviewProblems } from '../../../shared/rules/management-review';
import { getOrganisation } from '../../repositories/organisation-repo';
import { insertOutputRow, insertReviewRow, listOutputRows } from '../../repositories/review-repo';
import { logEvent } from '../change-log';
import type { WorkbookContext } from '../workbook-context';

const sampleReviewSchema = z.object({
  ref: z.string().regex(/^MR-\d{4}-\d{2}$/),
  heldOn: isoDate,
  status: z.enum(['planned', 'held']),
  attendees: z.array(attendeeSchema),
  inputs: z.record(z.enum(REVIEW_INPUT_KEYS), z.string().min(1)),
  outputs: z.array(reviewOutputInputSchema),
});

/**
 * The sample's management review: one review held in October 2026, after the September internal audit, with
 * every input written out as the minutes record it and its decisions and actions. The texts are the final
 * minutes, not summaries generated now, so the sample reads the same whatever day it is created on; they are
 * not marked as filled in from the registers, so "Refresh from registers" asks before replacing them.
 */
export function seedSampleReview(ctx: WorkbookContext): void {
  const organisation = getOrganisation(ctx.db) ?? { defaultApprover: '' };
  for (const raw of reviewJson.reviews) {
    const { outputs, inputs, ...review } = sampleReviewSchema.parse(raw);
    const id = insertReviewRow(ctx.db, { ...review, inputs: inputs as ReviewInputs, prefilled: {} });
    for (const output of outputs) insertOutputRow(ctx.db, id, output);
    if (review.status === 'held') {
      const problems = heldReviewProblems({ ...review, inputs: inputs as ReviewInputs, outputs: listOutputRows(ctx.db, id) }, organisation);
      if (problems.length > 0) throw new Error(`The sample review ${review.ref} is incomplete: ${problems.join(' ')}`);
    }
    logEvent(ctx, 'management-review', review.ref, 'created', `Management review on ${review.heldOn}`);
  }
}
