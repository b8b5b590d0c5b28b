import { z } from 'zod';
import { advisorAnswersPatchSchema, costFiguresPatchSchema, type AdvisorAnswers, type CostFigureId, type CostFigures } from '../domain/advisor';
import type { AdvisorResult } from '../rules/framework-advisor';
import { channel, none } from './channel';

/** The questionnaire, the figures in force and the recommendation they give. */
export interface AdvisorView {
  answers: AdvisorAnswers;
  figures: CostFigures;
  /** Figures the user changed from the market-guide defaults. */
  edited: CostFigureId[];
  result: AdvisorResult;
}

/** The framework advisor: SOC 2 or ISO 27001 first, from a short questionnaire kept in the workbook. */
export const advisorContract = {
  'advisor:get': channel<AdvisorView>()(none),
  /** Changes some answers and figures (a figure set to null goes back to its default); answers with the new view. */
  'advisor:save': channel<AdvisorView>()(
    z.object({ answers: advisorAnswersPatchSchema.optional(), costs: costFiguresPatchSchema.optional() }).strict(),
  ),
} as const;
