import { addMonths } from '../../domain/documents';
import { reviewInputByKey } from '../../domain/management-review';
import { isOutputOverdue, lastReviewCoverage, outputNumbers } from '../management-review';
import { capFindings } from './findings';
import { reviewLink, screenLink } from './links';
import type { ReadinessRule } from './rule';

/** Management review (9.3): what the last one covered, how recent it is, and its actions. */

/** Reviews are expected at least once a year; an older last review will not satisfy a certification auditor. */
const REVIEW_INTERVAL_MONTHS = 12;

export const reviewInputsCovered: ReadinessRule = {
  id: 'review.inputs-covered',
  title: 'The last management review considered every required input',
  clause: '9.3.2',
  severity: 'warning',
  why: 'The standard lists what a management review must consider; minutes that skip an input leave that part of the ISMS unreviewed.',
  check: (s) => {
    const coverage = lastReviewCoverage(s.reviews);
    if (coverage === null) return [];
    return coverage.missing.map((key) => {
      const input = reviewInputByKey(key);
      return { message: `${coverage.ref} records nothing for “${input.title}” (${input.clause}).`, link: reviewLink(coverage.ref) };
    });
  },
};

export const reviewRecent: ReadinessRule = {
  id: 'review.recent',
  title: 'The last management review was held within the past twelve months',
  clause: '9.3.1',
  severity: 'advice',
  why: 'Top management must review the ISMS at planned intervals; a review more than a year old says little about the system today.',
  check: (s) => {
    const coverage = lastReviewCoverage(s.reviews);
    if (coverage === null || addMonths(coverage.heldOn, REVIEW_INTERVAL_MONTHS) >= s.today) return [];
    return [{ message: `The last management review, ${coverage.ref}, was held on ${coverage.heldOn}.`, link: screenLink('management-review', 'Open Management review') }];
  },
};

export const reviewActionsOnTime: ReadinessRule = {
  id: 'review.actions-on-time',
  title: 'No management review action is overdue',
  clause: '9.3.3',
  severity: 'advice',
  why: 'Actions top management agreed and then left late undermine the review; the next review and the auditor both ask about them.',
  check: (s) =>
    capFindings(
      s.reviews.flatMap((review) => {
        const numbers = outputNumbers(review.outputs);
        return review.outputs
          .filter((o) => isOutputOverdue(o, s.today))
          .map((o) => ({ message: `${review.ref} ${numbers.get(o.id)}: “${o.description}” was due on ${o.dueDate}.`, link: reviewLink(review.ref) }));
      }),
      screenLink('management-review', 'Open Management review'),
    ),
};
