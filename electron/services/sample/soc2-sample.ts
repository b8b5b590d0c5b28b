import { writeSoc2Expectation, writeSoc2Scope } from '../soc2-service';
import type { WorkbookContext } from '../workbook-context';

/**
 * Northwind Ledger's SOC 2 scope. Its enterprise customers pay suppliers through the platform, so they ask for
 * Security, Availability (month-end payment runs) and Confidentiality (invoices and bank details). Processing
 * integrity and Privacy are left for the user to add. The cyber insurance bought under treatment action A-010
 * is what SOC 2 looks for on top of the continuity controls for CC9.1, so that expectation is in place; the
 * others (a code of conduct, independent board oversight, a fraud risk assessment) are honest gaps.
 * Runs inside the caller's transaction.
 */
export function seedSampleSoc2(ctx: WorkbookContext): void {
  writeSoc2Scope(ctx, { categories: ['availability', 'confidentiality'] });
  writeSoc2Expectation(ctx, { criterionId: 'CC9.1', inPlace: true });
}
