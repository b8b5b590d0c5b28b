import objectivesJson from '../../../resources/sample/objectives.json' with { type: 'json' };
import { measurementInputSchema, objectiveInputSchema } from '../../../shared/domain/objectives';
import { trainingRecordInputSchema } from '../../../shared/domain/competence';
import { documentControlSchema, type DocumentRevision } from '../../../shared/domain/workbook';
import { getDocumentControl, insertRevision, saveDocumentControl } from '../../repositories/document-control-repo';
import { listRoleCompetences } from '../../repositories/training-repo';
import { insertMeasurements, insertObjectives } from '../objective-service';
import { insertTrainingRecords, writeRoleCompetences } from '../competence-service';
import type { WorkbookContext } from '../workbook-context';

const titleKey = (title: string) => title.trim().toLocaleLowerCase('en-GB');

/**
 * Northwind Ledger's information security objectives with their 2026 results, the training, awareness and
 * qualification records of its staff and auditors, the competences each ISMS role requires, and the document
 * control of the two documents made from them. Runs after the context sample, which creates the ISMS roles:
 * competences go to the roles found by title, and a role the sample does not know keeps an empty list.
 */
export function seedSampleObjectives(ctx: WorkbookContext): void {
  const { objectives: objectiveData, trainingRecords, roleCompetences, documentControl } = objectivesJson;
  const objectives = insertObjectives(
    ctx,
    objectiveData.map(({ measurements: _measurements, ...objective }) => objectiveInputSchema.parse(objective)),
  );
  insertMeasurements(
    ctx,
    objectiveData.flatMap(({ measurements }, index) =>
      measurements.map((m) => measurementInputSchema.parse({ ...m, objectiveId: objectives[index]!.id })),
    ),
  );

  insertTrainingRecords(
    ctx,
    trainingRecords.map((record) => trainingRecordInputSchema.parse(record)),
  );

  const competencesByTitle = new Map(roleCompetences.map((entry) => [titleKey(entry.role), entry.competences]));
  for (const role of listRoleCompetences(ctx.db)) {
    const competences = competencesByTitle.get(titleKey(role.title));
    if (competences && role.competences.length === 0) writeRoleCompetences(ctx, role.roleId, competences);
  }

  for (const doc of documentControl as { control: unknown; revisions: DocumentRevision[] }[]) {
    const control = documentControlSchema.parse(doc.control);
    if (getDocumentControl(ctx.db, control.docKey)) continue;
    saveDocumentControl(ctx.db, control);
    for (const revision of doc.revisions) insertRevision(ctx.db, control.docKey, revision);
  }
}
