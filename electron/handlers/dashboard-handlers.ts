import type { dashboardContract } from '../../shared/ipc/contract-dashboard';
import { listOverdue, readCertification, updateCertification } from '../services/dashboard-service';
import type { HandlersFor } from './handler';

export const dashboardHandlers: HandlersFor<typeof dashboardContract> = {
  'dashboard:overdue': { run: ({ session }, input) => listOverdue(session.context(), input.limit) },
  'certification:get': { run: ({ session }) => readCertification(session.context()) },
  'certification:update': {
    run: ({ session }, input) => updateCertification(session.context(), input.plan),
    changes: ['certification', 'change-log'],
  },
};
