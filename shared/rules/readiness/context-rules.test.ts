import { describe, expect, it } from 'vitest';
import { climateConsidered, contextIssuesRecorded, requirementsAddressed, rolesAssigned, scopeComplete } from './context-rules';
import { checkWith, contextIssue, party, requirement, role } from './test-snapshot';

const CONTEXT = { screen: 'context', label: 'Open Context and parties' };
const SCOPE = { screen: 'scope', label: 'Open Scope and roles' };

describe('context.issues (4.1)', () => {
  it('passes with internal and external issues', () => expect(checkWith(contextIssuesRecorded)).toEqual([]));

  it('fails for each kind of issue missing', () => {
    expect(checkWith(contextIssuesRecorded, (s) => (s.contextIssues = [contextIssue(1, { kind: 'external' })]))).toEqual([
      { message: 'No internal issue is recorded.', link: CONTEXT },
    ]);
    expect(checkWith(contextIssuesRecorded, (s) => (s.contextIssues = []))).toHaveLength(2);
  });
});

describe('context.climate (4.1)', () => {
  it('passes with an environmental issue, or one that names climate change in any category', () => {
    expect(checkWith(climateConsidered)).toEqual([]);
    const named = contextIssue(3, { category: 'regulatory', description: 'Customers ask about our climate commitments.' });
    expect(checkWith(climateConsidered, (s) => (s.contextIssues = [contextIssue(1), named]))).toEqual([]);
  });

  it('fails when no issue considers climate change', () => {
    expect(checkWith(climateConsidered, (s) => (s.contextIssues = [contextIssue(1), contextIssue(2, { kind: 'external', category: 'market' })]))).toEqual([
      { message: 'No context issue considers climate change: record whether it is relevant, and why.', link: CONTEXT },
    ]);
  });
});

describe('context.requirements-addressed (4.2 c)', () => {
  it('passes when requirements say how they are met, or are linked to a control; needs not taken on are ignored', () => {
    const findings = checkWith(requirementsAddressed, (s) =>
      s.parties.push(
        party(2, {
          requirements: [
            requirement(2, { partyId: 2, howAddressed: '', controls: ['5.24'] }),
            requirement(3, { partyId: 2, howAddressed: '', isIsmsRequirement: false }),
          ],
        }),
      ),
    );
    expect(findings).toEqual([]);
  });

  it('fails on an ISMS requirement with nothing to say how it is addressed, linking to its party', () => {
    const findings = checkWith(requirementsAddressed, (s) => (s.parties[0]!.requirements[0]!.howAddressed = ' '));
    expect(findings).toEqual([
      {
        message: 'IP-001 Party 1: “Notify us of any breach within 24 hours.” does not say how it is addressed.',
        link: { screen: 'context', record: 'IP-001', label: 'Open IP-001 in Context and parties' },
      },
    ]);
  });
});

describe('scope.complete (4.3)', () => {
  it('passes with every part of the scope filled', () => expect(checkWith(scopeComplete)).toEqual([]));

  it('fails for each part left empty, leaving the missing statement to documented.scope', () => {
    const findings = checkWith(scopeComplete, (s) => {
      s.scope.statement = '';
      s.scope.locations = [];
      s.scope.interfaces = [];
    });
    expect(findings).toEqual([
      { message: 'No locations listed.', link: SCOPE },
      { message: 'No interfaces or dependencies recorded.', link: SCOPE },
    ]);
  });
});

describe('roles.assigned (5.3)', () => {
  it('passes when every role has a holder', () => expect(checkWith(rolesAssigned)).toEqual([]));

  it('fails with no roles, or a role nobody holds', () => {
    expect(checkWith(rolesAssigned, (s) => (s.roles = []))).toEqual([{ message: 'No ISMS role is defined.', link: SCOPE }]);
    expect(checkWith(rolesAssigned, (s) => s.roles.push(role(2, { title: 'Internal auditor', holder: '' })))).toEqual([
      { message: 'The role “Internal auditor” has no holder.', link: SCOPE },
    ]);
  });
});
