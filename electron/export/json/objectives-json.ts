import { listObjectives } from '../../repositories/objective-repo';
import { listTrainingRecords } from '../../repositories/training-repo';
import type { WorkbookContext } from '../../services/workbook-context';

/**
 * This area's top-level keys in the `json` export (see docs/json-export.md): the objectives, each with its
 * measurements oldest first, and the training, awareness and qualification records. The competences each role
 * requires travel with the roles (`ismsRoles[].competences`).
 */
export function objectivesJson(ctx: WorkbookContext): Record<string, unknown> {
  return {
    objectives: listObjectives(ctx.db),
    trainingRecords: listTrainingRecords(ctx.db),
  };
}
