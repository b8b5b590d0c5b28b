import { isReviewOverdue } from '../../domain/documents';
import { capFindings } from './findings';
import { documentLink, screenLink } from './links';
import type { ReadinessRule } from './rule';

/** Control of documented information (7.5). Generated documents carry no review date, so the register is what is judged. */
export const documentsReviewedOnTime: ReadinessRule = {
  id: 'document.review-due',
  title: 'No document in force is past its review date',
  clause: '7.5.2',
  severity: 'warning',
  why: 'Documents must be reviewed for continuing suitability; one past its review date suggests document control is not working.',
  check: (s) =>
    capFindings(
      s.documents
        .filter((doc) => isReviewOverdue(doc, s.today))
        .map((doc) => ({ message: `${doc.documentId} ${doc.title} was due for review on ${doc.nextReview}.`, link: documentLink(doc.documentId) })),
      screenLink('documents', 'Open Documents and policies'),
    ),
};
