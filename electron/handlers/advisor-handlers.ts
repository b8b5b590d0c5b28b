import type { advisorContract } from '../../shared/ipc/contract-advisor';
import type { WorkbookArea } from '../../shared/domain/workbook';
import { readAdvisor, saveAdvisor } from '../services/advisor-service';
import type { HandlersFor } from './handler';

const ADVISOR: readonly WorkbookArea[] = ['advisor', 'change-log'];

export const advisorHandlers: HandlersFor<typeof advisorContract> = {
  'advisor:get': { run: ({ session }) => readAdvisor(session.context()) },
  'advisor:save': { run: ({ session }, input) => saveAdvisor(session.context(), input), changes: ADVISOR },
};
