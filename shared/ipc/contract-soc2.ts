import {
  soc2ExpectationInputSchema,
  soc2ScopeSchema,
  type Soc2Readiness,
  type Soc2Scope,
} from '../domain/soc2-readiness';
import { channel, none } from './channel';

/** SOC 2 readiness from the ISO 27001 control set: the categories in scope and the readiness per criterion. */
export const soc2Contract = {
  /** Readiness per criterion in scope, from the SoA decisions on the mapped Annex A controls. */
  'soc2:readiness': channel<Soc2Readiness>()(none),
  /** The optional Trust Services Categories in scope; Security is always in and never listed. */
  'soc2:scope': channel<Soc2Scope>()(none),
  'soc2:setScope': channel<Soc2Scope>()(soc2ScopeSchema),
  /** Says that what SOC 2 expects beyond the ISO controls for one criterion is in place; answers with the new readiness. */
  'soc2:setExpectation': channel<Soc2Readiness>()(soc2ExpectationInputSchema),
} as const;
