import { z } from 'zod';
import { isoDate } from './soa';

/**
 * The inputs a management review must consider (ISO/IEC 27001:2022 clause 9.3.2), in the order the clause
 * lists them. Performance feedback (item d) is split into its four parts, so each gets its own summary.
 * Titles and descriptions are our own words; only the clause references are taken from the standard.
 */
export const REVIEW_INPUTS = [
  {
    key: 'previous-actions',
    clause: '9.3.2 a)',
    title: 'Actions from earlier reviews',
    description: 'Where the actions agreed at previous management reviews stand: done, open or late.',
  },
  {
    key: 'issue-changes',
    clause: '9.3.2 b)',
    title: 'Changes in internal and external issues',
    description: 'What has moved in the organisation or its environment since the last review that bears on the ISMS.',
  },
  {
    key: 'party-changes',
    clause: '9.3.2 c)',
    title: 'Changes in interested parties\u2019 needs',
    description: 'New or changed expectations of customers, regulators, staff and suppliers, and how they are met.',
  },
  {
    key: 'nonconformities',
    clause: '9.3.2 d) 1)',
    title: 'Nonconformities and corrective actions',
    description: 'How many nonconformities were raised and closed, what is still open or late, and whether fixes worked.',
  },
  {
    key: 'measurement',
    clause: '9.3.2 d) 2)',
    title: 'Monitoring and measurement results',
    description: 'What the measurements taken over the period show about security performance.',
  },
  {
    key: 'audit-results',
    clause: '9.3.2 d) 3)',
    title: 'Audit results',
    description: 'Internal and external audits completed in the period and what they found.',
  },
  {
    key: 'objectives',
    clause: '9.3.2 d) 4)',
    title: 'Meeting the security objectives',
    description: 'Which objectives are met, on track or behind target, and which are overdue.',
  },
  {
    key: 'party-feedback',
    clause: '9.3.2 e)',
    title: 'Feedback from interested parties',
    description: 'Complaints, customer questionnaires, regulator contact and other feedback received.',
  },
  {
    key: 'risk',
    clause: '9.3.2 f)',
    title: 'Risk assessment and treatment',
    description: 'The current risk picture, risks above the acceptance criteria, and progress of the treatment plan.',
  },
  {
    key: 'improvement',
    clause: '9.3.2 g)',
    title: 'Opportunities for improvement',
    description: 'Ideas raised by audits, staff and suppliers for making the ISMS work better.',
  },
] as const;

export type ReviewInputKey = (typeof REVIEW_INPUTS)[number]['key'];
export const REVIEW_INPUT_KEYS = REVIEW_INPUTS.map((input) => input.key) as [ReviewInputKey, ...ReviewInputKey[]];
export type ReviewInputs = Record<ReviewInputKey, string>;

export const REVIEW_STATUSES = ['planned', 'held'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = { planned: 'Planned', held: 'Held' };

export const OUTPUT_KINDS = ['decision', 'action'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];
export const OUTPUT_KIND_LABELS: Record<OutputKind, string> = { decision: 'Decision', action: 'Action' };

export const OUTPUT_STATUSES = ['open', 'done'] as const;
export type OutputStatus = (typeof OUTPUT_STATUSES)[number];
export const OUTPUT_STATUS_LABELS: Record<OutputStatus, string> = { open: 'Open', done: 'Done' };

/**
 * Someone at the meeting. `topManagement` marks the people who direct the organisation at the highest level
 * (9.3.1 asks top management to review the ISMS); the organisation's default approver counts as top
 * management by name too (see shared/rules/management-review.ts).
 */
export const attendeeSchema = z.object({
  name: z.string().trim().min(1, 'Give the attendee\u2019s name').max(120),
  role: z.string().trim().max(120),
  topManagement: z.boolean(),
});
export type Attendee = z.infer<typeof attendeeSchema>;

const inputText = z.string().max(8000, 'Keep each input under 8,000 characters');

export const reviewInputsPatchSchema = z.partialRecord(z.enum(REVIEW_INPUT_KEYS), inputText);

export const reviewPatchSchema = z
  .object({
    heldOn: isoDate.nullable(),
    status: z.enum(REVIEW_STATUSES),
    attendees: z.array(attendeeSchema).max(40),
    /** Only the inputs named change; the others keep their text. */
    inputs: reviewInputsPatchSchema,
  })
  .partial()
  .strict();
export type ReviewPatch = z.infer<typeof reviewPatchSchema>;

export const newReviewSchema = z.object({ heldOn: isoDate.nullable() }).strict();
export type NewReview = z.infer<typeof newReviewSchema>;

export const reviewOutputInputSchema = z.object({
  kind: z.enum(OUTPUT_KINDS),
  description: z.string().trim().min(1, 'Describe the decision or action').max(2000),
  owner: z.string().trim().max(120),
  dueDate: isoDate.nullable(),
  status: z.enum(OUTPUT_STATUSES),
});
export type ReviewOutputInput = z.infer<typeof reviewOutputInputSchema>;

export interface ReviewOutput extends ReviewOutputInput {
  id: number;
  reviewId: number;
}

export interface ManagementReview {
  id: number;
  /** Readable reference, e.g. MR-2026-01 (year of the meeting, then its number in that year). */
  ref: string;
  heldOn: string | null;
  status: ReviewStatus;
  attendees: Attendee[];
  /** Every input, '' where nothing is written yet. */
  inputs: ReviewInputs;
  /** Inputs whose text differs from what was last filled in from the registers (the user has edited them). */
  editedInputs: ReviewInputKey[];
  /** Decisions first, then actions, each in the order they were recorded. */
  outputs: ReviewOutput[];
}

export interface RefreshResult {
  review: ManagementReview;
  /** Edited inputs left as they were because the refresh was not told to replace edited text. */
  kept: ReviewInputKey[];
}

export function emptyInputs(): ReviewInputs {
  return Object.fromEntries(REVIEW_INPUT_KEYS.map((key) => [key, ''])) as ReviewInputs;
}

export function reviewInputByKey(key: ReviewInputKey) {
  return REVIEW_INPUTS.find((input) => input.key === key)!;
}
