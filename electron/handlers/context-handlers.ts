import type { contextContract } from '../../shared/ipc/contract-context';
import type { WorkbookArea } from '../../shared/domain/workbook';
import { createContextIssue, deleteContextIssue, listContextRegister, updateContextIssue } from '../services/context-service';
import {
  createInterestedParty,
  createPartyRequirement,
  deleteInterestedParty,
  deletePartyRequirement,
  listInterestedPartyRegister,
  updateInterestedParty,
  updatePartyRequirement,
} from '../services/party-service';
import { readScope, updateScope } from '../services/scope-service';
import { createRole, deleteRole, listRoles, moveRole, updateRole } from '../services/role-service';
import type { HandlersFor } from './handler';

const CONTEXT: readonly WorkbookArea[] = ['context', 'change-log'];
const SCOPE: readonly WorkbookArea[] = ['scope', 'change-log'];
/** Roles show on the scope screen; the competence area lists the competences each role requires. */
const ROLES: readonly WorkbookArea[] = ['scope', 'competence', 'change-log'];

export const contextHandlers: HandlersFor<typeof contextContract> = {
  'contextIssue:list': { run: ({ session }) => listContextRegister(session.context()) },
  'contextIssue:create': { run: ({ session }, input) => createContextIssue(session.context(), input.issue), changes: CONTEXT },
  'contextIssue:update': { run: ({ session }, input) => updateContextIssue(session.context(), input.id, input.patch), changes: CONTEXT },
  'contextIssue:delete': {
    run: ({ session }, input) => {
      deleteContextIssue(session.context(), input.id);
      return null;
    },
    changes: CONTEXT,
  },

  'party:list': { run: ({ session }) => listInterestedPartyRegister(session.context()) },
  'party:create': { run: ({ session }, input) => createInterestedParty(session.context(), input.party), changes: CONTEXT },
  'party:update': { run: ({ session }, input) => updateInterestedParty(session.context(), input.id, input.patch), changes: CONTEXT },
  'party:delete': {
    run: ({ session }, input) => {
      deleteInterestedParty(session.context(), input.id);
      return null;
    },
    changes: CONTEXT,
  },
  'partyRequirement:create': {
    run: ({ session }, input) => createPartyRequirement(session.context(), input.requirement),
    changes: CONTEXT,
  },
  'partyRequirement:update': {
    run: ({ session }, input) => updatePartyRequirement(session.context(), input.id, input.patch),
    changes: CONTEXT,
  },
  'partyRequirement:delete': {
    run: ({ session }, input) => {
      deletePartyRequirement(session.context(), input.id);
      return null;
    },
    changes: CONTEXT,
  },

  'scope:get': { run: ({ session }) => readScope(session.context()) },
  'scope:update': { run: ({ session }, input) => updateScope(session.context(), input.patch), changes: SCOPE },

  'role:list': { run: ({ session }) => listRoles(session.context()) },
  'role:create': { run: ({ session }, input) => createRole(session.context(), input.role), changes: ROLES },
  'role:update': { run: ({ session }, input) => updateRole(session.context(), input.id, input.patch), changes: ROLES },
  'role:move': { run: ({ session }, input) => moveRole(session.context(), input.id, input.offset), changes: ROLES },
  'role:delete': {
    run: ({ session }, input) => {
      deleteRole(session.context(), input.id);
      return null;
    },
    changes: ROLES,
  },
};
