import type { readinessContract } from '../../shared/ipc/contract-readiness';
import { checkReadiness } from '../services/readiness-service';
import type { HandlersFor } from './handler';

export const readinessHandlers: HandlersFor<typeof readinessContract> = {
  'readiness:check': { run: ({ session }) => checkReadiness(session.context()) },
};
