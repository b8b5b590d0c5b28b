import type { auditContract } from '../../shared/ipc/contract-audit';
import type { HandlersFor } from './handler';

export const auditHandlers: HandlersFor<typeof auditContract> = {};
