import { readAdvisorAnswers, readFigureEdits } from '../../services/advisor-service';
import { readCertification } from '../../services/dashboard-service';
import { readSoc2Scope } from '../../services/soc2-service';
import { readSettingList, SOC2_EXPECTATIONS_KEY } from '../../repositories/soc2-scope-repo';
import type { WorkbookContext } from '../../services/workbook-context';

/**
 * This area's top-level keys in the `json` export (see docs/json-export.md): `certificationPlan` (the dates of the
 * certification cycle), `soc2` (the Trust Services Categories in scope and the criteria whose expectations beyond
 * ISO 27001 are in place) and `frameworkAdvisor` (the questionnaire's answers and the cost figures the user edited).
 */
export function planningJson(ctx: WorkbookContext): Record<string, unknown> {
  return {
    certificationPlan: readCertification(ctx),
    soc2: {
      categories: ['security', ...readSoc2Scope(ctx).categories],
      expectationsInPlace: readSettingList(ctx.db, SOC2_EXPECTATIONS_KEY),
    },
    frameworkAdvisor: { answers: readAdvisorAnswers(ctx), editedFigures: readFigureEdits(ctx) },
  };
}
