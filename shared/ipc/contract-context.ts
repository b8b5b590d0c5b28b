/** Context (4.1), interested parties (4.2), scope (4.3) and ISMS roles (5.3). */
import { z } from 'zod';
import {
  contextIssueInputSchema,
  interestedPartyInputSchema,
  ismsRoleInputSchema,
  ismsScopePatchSchema,
  partyRequirementInputSchema,
  type ContextIssue,
  type InterestedParty,
  type IsmsRole,
  type IsmsScope,
  type PartyRequirement,
} from '../domain/context';
import { channel, none, recordId } from './channel';

const byId = z.object({ id: recordId }).strict();

export const contextContract = {
  'contextIssue:list': channel<ContextIssue[]>()(none),
  'contextIssue:create': channel<ContextIssue>()(z.object({ issue: contextIssueInputSchema }).strict()),
  'contextIssue:update': channel<ContextIssue>()(z.object({ id: recordId, patch: contextIssueInputSchema.partial().strict() }).strict()),
  'contextIssue:delete': channel<null>()(byId),

  'party:list': channel<InterestedParty[]>()(none),
  'party:create': channel<InterestedParty>()(z.object({ party: interestedPartyInputSchema }).strict()),
  'party:update': channel<InterestedParty>()(z.object({ id: recordId, patch: interestedPartyInputSchema.partial().strict() }).strict()),
  'party:delete': channel<null>()(byId),
  'partyRequirement:create': channel<PartyRequirement>()(z.object({ requirement: partyRequirementInputSchema }).strict()),
  'partyRequirement:update': channel<PartyRequirement>()(
    z.object({ id: recordId, patch: partyRequirementInputSchema.partial().strict() }).strict(),
  ),
  'partyRequirement:delete': channel<null>()(byId),

  'scope:get': channel<IsmsScope>()(none),
  'scope:update': channel<IsmsScope>()(z.object({ patch: ismsScopePatchSchema }).strict()),

  'role:list': channel<IsmsRole[]>()(none),
  'role:create': channel<IsmsRole>()(z.object({ role: ismsRoleInputSchema }).strict()),
  'role:update': channel<IsmsRole>()(z.object({ id: recordId, patch: ismsRoleInputSchema.partial().strict() }).strict()),
  'role:move': channel<IsmsRole[]>()(z.object({ id: recordId, offset: z.union([z.literal(-1), z.literal(1)]) }).strict()),
  'role:delete': channel<null>()(byId),
} as const;
