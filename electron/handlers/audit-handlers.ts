import type { auditContract } from '../../shared/ipc/contract-audit';
import {
  createAudit,
  createFinding,
  deleteAudit,
  deleteFinding,
  readAuditOverview,
  setAuditCycle,
  updateAudit,
  updateFinding,
} from '../services/audit-service';
import {
  createNonconformity,
  deleteNonconformity,
  listNonconformityRegister,
  raiseNonconformityFromFinding,
  updateNonconformity,
} from '../services/nonconformity-service';
import type { HandlersFor } from './handler';

/** Findings and nonconformities point at each other, so a write to either refreshes both screens. */
const BOTH = ['audits', 'nonconformities', 'change-log'] as const;

export const auditHandlers: HandlersFor<typeof auditContract> = {
  'audit:overview': { run: ({ session }) => readAuditOverview(session.context()) },
  'audit:setCycle': { run: ({ session }, input) => setAuditCycle(session.context(), input.cycle), changes: ['audits', 'change-log'] },
  'audit:create': { run: ({ session }, input) => createAudit(session.context(), input.audit), changes: ['audits', 'change-log'] },
  'audit:update': { run: ({ session }, input) => updateAudit(session.context(), input.id, input.patch), changes: ['audits', 'change-log'] },
  'audit:delete': {
    run: ({ session }, input) => {
      deleteAudit(session.context(), input.id);
      return null;
    },
    changes: BOTH,
  },

  'finding:create': { run: ({ session }, input) => createFinding(session.context(), input.finding), changes: BOTH },
  'finding:update': { run: ({ session }, input) => updateFinding(session.context(), input.id, input.patch), changes: BOTH },
  'finding:delete': {
    run: ({ session }, input) => {
      deleteFinding(session.context(), input.id);
      return null;
    },
    changes: BOTH,
  },
  'finding:raiseNonconformity': { run: ({ session }, input) => raiseNonconformityFromFinding(session.context(), input.id), changes: BOTH },

  'nonconformity:list': { run: ({ session }) => listNonconformityRegister(session.context()) },
  'nonconformity:create': { run: ({ session }, input) => createNonconformity(session.context(), input.nonconformity), changes: BOTH },
  'nonconformity:update': {
    run: ({ session }, input) => updateNonconformity(session.context(), input.id, input.patch),
    changes: BOTH,
  },
  'nonconformity:delete': {
    run: ({ session }, input) => {
      deleteNonconformity(session.context(), input.id);
      return null;
    },
    changes: BOTH,
  },
};
