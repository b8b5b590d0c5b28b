import { listReviews } from '../../services/review-service';
import type { WorkbookContext } from '../../services/workbook-context';

/** This area's top-level keys in the `json` export (see docs/json-export.md). */
export function reviewJson(ctx: WorkbookContext): Record<string, unknown> {
  return {
    managementReviews: listReviews(ctx).map(({ id: _id, editedInputs: _edited, outputs, ...review }) => ({
      ...review,
      outputs: outputs.map(({ id: _outputId, reviewId: _reviewId, ...output }) => output),
    })),
  };
}
