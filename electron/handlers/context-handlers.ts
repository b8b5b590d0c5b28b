import type { contextContract } from '../../shared/ipc/contract-context';
import type { HandlersFor } from './handler';

export const contextHandlers: HandlersFor<typeof contextContract> = {};
