import type { soc2Contract } from '../../shared/ipc/contract-soc2';
import type { WorkbookArea } from '../../shared/domain/workbook';
import { readSoc2Readiness, readSoc2Scope, setSoc2Expectation, setSoc2Scope } from '../services/soc2-service';
import type { HandlersFor } from './handler';

const SOC2: readonly WorkbookArea[] = ['soc2-scope', 'change-log'];

export const soc2Handlers: HandlersFor<typeof soc2Contract> = {
  'soc2:readiness': { run: ({ session }) => readSoc2Readiness(session.context()) },
  'soc2:scope': { run: ({ session }) => readSoc2Scope(session.context()) },
  'soc2:setScope': { run: ({ session }, input) => setSoc2Scope(session.context(), input), changes: SOC2 },
  'soc2:setExpectation': { run: ({ session }, input) => setSoc2Expectation(session.context(), input), changes: SOC2 },
};
