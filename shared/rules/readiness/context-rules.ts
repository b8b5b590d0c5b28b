import { EMPTY_SCOPE, isUnaddressed, scopeGaps } from '../../domain/context';
import { capFindings } from './findings';
import { partyLink, screenLink } from './links';
import type { ReadinessRule } from './rule';

/** Context (4.1), interested parties (4.2), scope (4.3) and roles (5.3). */

const CONTEXT = screenLink('context', 'Open Context and parties');
const SCOPE = screenLink('scope', 'Open Scope and roles');
const CLIMATE = /climate/i;
const SCOPE_STATEMENT_GAP = scopeGaps({ ...EMPTY_SCOPE, statement: '' })[0];

export const contextIssuesRecorded: ReadinessRule = {
  id: 'context.issues',
  title: 'Internal and external issues are recorded',
  clause: '4.1',
  severity: 'warning',
  why: 'The context is where scope, risks and objectives come from; auditors expect both internal and external issues to be considered.',
  check: (s) =>
    (['internal', 'external'] as const)
      .filter((kind) => !s.contextIssues.some((issue) => issue.kind === kind))
      .map((kind) => ({ message: `No ${kind} issue is recorded.`, link: CONTEXT })),
};

export const climateConsidered: ReadinessRule = {
  id: 'context.climate',
  title: 'Whether climate change is a relevant issue has been determined',
  clause: '4.1',
  severity: 'warning',
  why: 'Since Amendment 1 (2024) the organisation must decide whether climate change is relevant to its ISMS, and auditors ask to see that decision.',
  check: (s) =>
    s.contextIssues.some((issue) => issue.category === 'environmental' || CLIMATE.test(`${issue.title} ${issue.description} ${issue.effect}`))
      ? []
      : [{ message: 'No context issue considers climate change: record whether it is relevant, and why.', link: CONTEXT }],
};

export const requirementsAddressed: ReadinessRule = {
  id: 'context.requirements-addressed',
  title: 'Every ISMS requirement of an interested party says how it is addressed',
  clause: '4.2 c',
  severity: 'warning',
  why: 'Requirements the ISMS takes on must be traceable to a control, document or objective that meets them.',
  check: (s) =>
    capFindings(
      s.parties.flatMap((party) =>
        party.requirements.filter(isUnaddressed).map((requirement) => ({
          message: `${party.ref} ${party.name}: “${requirement.requirement}” does not say how it is addressed.`,
          link: partyLink(party.ref),
        })),
      ),
      CONTEXT,
    ),
};

export const scopeComplete: ReadinessRule = {
  id: 'scope.complete',
  title: 'The scope names its units, locations, services, systems and interfaces',
  clause: '4.3',
  severity: 'advice',
  why: 'A scope statement alone rarely settles what is in and out; auditors test the boundaries against units, sites, systems and dependencies.',
  // The missing statement itself is the blocker documented.scope reports.
  check: (s) =>
    scopeGaps(s.scope)
      .filter((gap) => gap !== SCOPE_STATEMENT_GAP)
      .map((gap) => ({ message: `${gap}.`, link: SCOPE })),
};

export const rolesAssigned: ReadinessRule = {
  id: 'roles.assigned',
  title: 'ISMS roles are defined and each has a holder',
  clause: '5.3',
  severity: 'warning',
  why: 'Top management must assign the responsibilities for the ISMS; a role without a holder is a responsibility nobody carries.',
  check: (s) => {
    if (s.roles.length === 0) return [{ message: 'No ISMS role is defined.', link: SCOPE }];
    return capFindings(
      s.roles.filter((role) => role.holder.trim() === '').map((role) => ({ message: `The role “${role.title}” has no holder.`, link: SCOPE })),
      SCOPE,
    );
  },
};
