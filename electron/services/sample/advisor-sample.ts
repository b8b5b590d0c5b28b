import type { AdvisorAnswersPatch } from '../../../shared/domain/advisor';
import { writeAdvisorAnswers } from '../advisor-service';
import type { WorkbookContext } from '../workbook-context';

/**
 * Northwind Ledger's answers to "SOC 2 or ISO 27001 first?": a Manchester SaaS firm selling accounts-payable
 * automation to UK and European fintechs and banks, with a growing number of US buyers, whose customers ask for
 * an ISMS certificate. The cost figures stay at the market-guide defaults.
 */
export const SAMPLE_ADVISOR_ANSWERS: AdvisorAnswersPatch = {
  buyerRegions: ['uk', 'europe', 'us'],
  regulatedBuyers: ['banks'],
  urgency: '6-12',
  scope: 'organisation',
  customerAsk: 'iso',
  stage: 'series-a',
};

export function seedSampleAdvisor(ctx: WorkbookContext): void {
  writeAdvisorAnswers(ctx, SAMPLE_ADVISOR_ANSWERS);
}
