import { describe, expect, it } from 'vitest';
import { addMonths, compareVersions, isReviewOverdue, nextVersion, proposeDocumentId, templateDocumentId } from './documents';

describe('document rules', () => {
  it('proposes the next version: minor or major, with 0.1 or 1.0 for the first issue', () => {
    expect(nextVersion(null, 'minor')).toBe('0.1');
    expect(nextVersion(null, 'major')).toBe('1.0');
    expect(nextVersion('0.2', 'major')).toBe('1.0');
    expect(nextVersion('1.9', 'minor')).toBe('1.10');
    expect(nextVersion('1.9', 'major')).toBe('2.0');
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('2.0', '10.0')).toBeLessThan(0);
  });

  it('adds months to a date, keeping to the last day of a shorter month', () => {
    expect(addMonths('2026-03-12', 12)).toBe('2027-03-12');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', 60)).toBe('2031-01-15');
  });

  it('flags an overdue review only on documents in force', () => {
    const doc = (status: 'draft' | 'in-review' | 'approved' | 'retired', nextReview: string | null) => ({ status, nextReview });
    expect(isReviewOverdue(doc('approved', '2026-10-10'), '2026-11-23')).toBe(true);
    expect(isReviewOverdue(doc('in-review', '2026-10-10'), '2026-11-23')).toBe(true);
    expect(isReviewOverdue(doc('approved', '2026-11-23'), '2026-11-23')).toBe(false);
    expect(isReviewOverdue(doc('retired', '2026-10-10'), '2026-11-23')).toBe(false);
    expect(isReviewOverdue(doc('draft', '2026-10-10'), '2026-11-23')).toBe(false);
    expect(isReviewOverdue(doc('approved', null), '2026-11-23')).toBe(false);
  });

  it('proposes free document IDs', () => {
    expect(proposeDocumentId('POL', [])).toBe('POL-001');
    expect(proposeDocumentId('POL', ['POL-009', 'pol-012', 'PRO-040', 'POL-A'])).toBe('POL-013');
    expect(templateDocumentId('POL-011', ['POL-001'])).toBe('POL-011');
    expect(templateDocumentId('POL-011', ['pol-011', 'POL-014'])).toBe('POL-015');
  });
});
