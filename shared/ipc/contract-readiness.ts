import type { ReadinessReport } from '../domain/readiness';
import { channel, none } from './channel';

/** Stage 1 readiness check (clauses 4–10 and Annex A, read as an auditor reads them at Stage 1). */
export const readinessContract = {
  'readiness:check': channel<ReadinessReport>()(none),
} as const;
