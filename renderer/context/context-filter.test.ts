import { describe, expect, it } from 'vitest';
import { blankRequirement, type ContextIssue, type InterestedParty } from '../../shared/domain/context';
import { EMPTY_ISSUE_FILTER, EMPTY_PARTY_FILTER, neighbourAfterRemoval, unaddressedCount, visibleIssues, visibleParties } from './context-filter';

const issue = (id: number, over: Partial<ContextIssue>): ContextIssue => ({
  id,
  ref: `CI-${String(id).padStart(3, '0')}`,
  kind: 'internal',
  category: 'organisational',
  title: `Issue ${id}`,
  description: '',
  effect: '',
  riskIds: [],
  ...over,
});

const party = (id: number, name: string, requirements: InterestedParty['requirements']): InterestedParty => ({
  id,
  ref: `IP-00${id}`,
  name,
  category: 'customer',
  needs: '',
  requirements,
});

describe('context issue list', () => {
  const issues = [
    issue(10, { kind: 'external', title: 'UK GDPR', category: 'regulatory' }),
    issue(2, { title: 'Growth', effect: 'More joiners to onboard' }),
    issue(9, { kind: 'internal', title: 'Remote work' }),
  ];

  it('shows internal issues first, each kind in reference order', () => {
    expect(visibleIssues(issues, EMPTY_ISSUE_FILTER).map((i) => i.ref)).toEqual(['CI-002', 'CI-009', 'CI-010']);
  });

  it('filters by kind, category and text in the title, description or effect', () => {
    expect(visibleIssues(issues, { ...EMPTY_ISSUE_FILTER, kind: 'external' }).map((i) => i.ref)).toEqual(['CI-010']);
    expect(visibleIssues(issues, { ...EMPTY_ISSUE_FILTER, category: 'regulatory' }).map((i) => i.ref)).toEqual(['CI-010']);
    expect(visibleIssues(issues, { ...EMPTY_ISSUE_FILTER, query: 'JOINERS' }).map((i) => i.ref)).toEqual(['CI-002']);
  });
});

describe('interested party list', () => {
  const parties = [
    party(1, 'Customers', [{ ...blankRequirement(1, 'Breach notice'), id: 1 }, { ...blankRequirement(1, 'SLA'), id: 2, controls: ['8.14'] }]),
    party(2, 'Insurer', [{ ...blankRequirement(2, 'MFA'), id: 3, howAddressed: 'Okta' }]),
  ];

  it('counts unaddressed requirements and can show only the parties that have some', () => {
    expect(parties.map(unaddressedCount)).toEqual([1, 0]);
    expect(visibleParties(parties, { ...EMPTY_PARTY_FILTER, unaddressedOnly: true }).map((p) => p.name)).toEqual(['Customers']);
  });

  it('searches requirement text too', () => {
    expect(visibleParties(parties, { ...EMPTY_PARTY_FILTER, query: 'mfa' }).map((p) => p.name)).toEqual(['Insurer']);
  });
});

describe('selection after a delete', () => {
  it('moves to the next record, else the previous one', () => {
    expect(neighbourAfterRemoval([1, 2, 3], 2)).toBe(3);
    expect(neighbourAfterRemoval([1, 2, 3], 3)).toBe(2);
    expect(neighbourAfterRemoval([4], 4)).toBeNull();
  });
});
