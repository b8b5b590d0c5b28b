import { certificationPlanSchema } from '../../../shared/domain/certification';
import { saveCertificationPlan } from '../../repositories/certification-repo';
import type { WorkbookContext } from '../workbook-context';

/**
 * Northwind Ledger's certification plan, in step with the rest of the sample: the October 2026 management
 * review plans Stage 1 for the first quarter of 2027 and objective OBJ-008 wants the certificate by 30 June
 * 2027. Stage 1 in mid-February leaves the March follow-up internal audit (IA-2027-01) to confirm the
 * corrective actions before Stage 2 in April; surveillance follows yearly and recertification comes a
 * quarter before the certificate would lapse.
 */
export function seedSampleCertification(ctx: WorkbookContext): void {
  saveCertificationPlan(
    ctx.db,
    certificationPlanSchema.parse({
      certificationBody: 'Brightwater Certification Ltd',
      stage1: '2027-02-16',
      stage2: '2027-04-20',
      surveillance1: '2028-04-11',
      surveillance2: '2029-04-10',
      recertification: '2030-01-15',
    }),
  );
}
