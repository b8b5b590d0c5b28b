import { describe, expect, it } from 'vitest';
import { reviewActionsOnTime, reviewInputsCovered, reviewRecent } from './review-rules';
import { checkWith, review, reviewOutput } from './test-snapshot';

describe('review.inputs-covered (9.3.2)', () => {
  it('passes when the last held review covered every input; an earlier or planned review may be incomplete', () => {
    const findings = checkWith(reviewInputsCovered, (s) => {
      s.reviews.unshift(review(2, { ref: 'MR-2025-01', heldOn: '2025-10-01', inputs: { ...s.reviews[0]!.inputs, risk: '' } }));
      s.reviews.push(review(3, { ref: 'MR-2027-01', heldOn: null, status: 'planned', inputs: { ...s.reviews[0]!.inputs, risk: '' } }));
    });
    expect(findings).toEqual([]);
  });

  it('fails for each input the last held review left empty, linking to it', () => {
    const findings = checkWith(reviewInputsCovered, (s) => (s.reviews[0]!.inputs = { ...s.reviews[0]!.inputs, risk: ' ', 'party-feedback': '' }));
    const link = { screen: 'management-review', record: 'MR-2026-01', label: 'Open MR-2026-01 in Management review' };
    expect(findings).toEqual([
      { message: 'MR-2026-01 records nothing for “Feedback from interested parties” (9.3.2 e)).', link },
      { message: 'MR-2026-01 records nothing for “Risk assessment and treatment” (9.3.2 f)).', link },
    ]);
  });
});

describe('review.recent (9.3.1)', () => {
  it('passes with a review held within twelve months', () => {
    expect(checkWith(reviewRecent, (s) => (s.reviews[0]!.heldOn = '2025-11-20'))).toEqual([]);
  });

  it('fails when the last held review is older', () => {
    expect(checkWith(reviewRecent, (s) => (s.reviews[0]!.heldOn = '2025-11-19'))).toEqual([
      { message: 'The last management review, MR-2026-01, was held on 2025-11-19.', link: { screen: 'management-review', label: 'Open Management review' } },
    ]);
  });
});

describe('review.actions-on-time (9.3.3)', () => {
  it('passes when open actions are not yet due and decisions carry no due date', () => {
    expect(checkWith(reviewActionsOnTime, (s) => s.reviews[0]!.outputs.push(reviewOutput(2, 1, { kind: 'action', dueDate: '2026-12-01' })))).toEqual([]);
  });

  it('fails on an open action past its due date, numbered as the minutes number it', () => {
    const findings = checkWith(reviewActionsOnTime, (s) =>
      s.reviews[0]!.outputs.push(reviewOutput(2, 1, { kind: 'action', description: 'Fund a second security engineer.', dueDate: '2026-11-01' })),
    );
    expect(findings).toEqual([
      {
        message: 'MR-2026-01 A1: “Fund a second security engineer.” was due on 2026-11-01.',
        link: { screen: 'management-review', record: 'MR-2026-01', label: 'Open MR-2026-01 in Management review' },
      },
    ]);
  });
});
