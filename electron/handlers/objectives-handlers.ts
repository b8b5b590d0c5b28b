import type { objectivesContract } from '../../shared/ipc/contract-objectives';
import type { HandlersFor } from './handler';

export const objectivesHandlers: HandlersFor<typeof objectivesContract> = {};
