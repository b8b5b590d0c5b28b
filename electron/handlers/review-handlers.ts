import type { reviewContract } from '../../shared/ipc/contract-review';
import type { HandlersFor } from './handler';

export const reviewHandlers: HandlersFor<typeof reviewContract> = {};
