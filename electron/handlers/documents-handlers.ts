import type { documentsContract } from '../../shared/ipc/contract-documents';
import type { HandlersFor } from './handler';

export const documentsHandlers: HandlersFor<typeof documentsContract> = {};
