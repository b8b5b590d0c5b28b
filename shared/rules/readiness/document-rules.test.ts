import { describe, expect, it } from 'vitest';
import { documentsReviewedOnTime } from './document-rules';
import { checkWith, registerDocument } from './test-snapshot';

describe('document.review-due (7.5.2)', () => {
  it('passes when documents in force are within their review date; drafts and retired ones are not judged', () => {
    const findings = checkWith(documentsReviewedOnTime, (s) => {
      s.documents.push(registerDocument('POL-007', { status: 'draft', nextReview: '2026-01-01' }));
      s.documents.push(registerDocument('POL-008', { status: 'retired', nextReview: '2026-01-01' }));
      s.documents.push(registerDocument('POL-009', { nextReview: s.today }));
    });
    expect(findings).toEqual([]);
  });

  it('fails on an approved document past its review date, linking to it', () => {
    const findings = checkWith(documentsReviewedOnTime, (s) => s.documents.push(registerDocument('POL-003', { title: 'Acceptable Use Policy', nextReview: '2026-10-10' })));
    expect(findings).toEqual([
      {
        message: 'POL-003 Acceptable Use Policy was due for review on 2026-10-10.',
        link: { screen: 'documents', record: 'POL-003', label: 'Open POL-003 in Documents and policies' },
      },
    ]);
  });
});
