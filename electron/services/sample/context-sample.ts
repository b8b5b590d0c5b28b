import contextJson from '../../../resources/sample/context.json' with { type: 'json' };
import {
  contextIssueInputSchema,
  interestedPartyInputSchema,
  ismsRoleInputSchema,
  ismsScopeSchema,
  partyRequirementInputSchema,
} from '../../../shared/domain/context';
import { documentControlSchema, type DocumentRevision } from '../../../shared/domain/workbook';
import { insertRevision, saveDocumentControl } from '../../repositories/document-control-repo';
import { insertContextIssues } from '../context-service';
import { insertInterestedParties } from '../party-service';
import { insertRoles } from '../role-service';
import { writeScope } from '../scope-service';
import type { WorkbookContext } from '../workbook-context';

const requirementSchema = partyRequirementInputSchema.omit({ partyId: true });

/**
 * Northwind Ledger's context issues (linked to the sample risks by reference), interested parties with their
 * requirements, the ISMS scope, the ISMS roles, and the document control of the four documents made from them.
 * Runs after the risks are seeded.
 */
export function seedSampleContext(ctx: WorkbookContext): void {
  const riskId = ctx.db.prepare('SELECT id FROM risk WHERE ref = ?').pluck();
  insertContextIssues(
    ctx,
    contextJson.issues.map(({ riskRefs, ...issue }) =>
      contextIssueInputSchema.parse({
        ...issue,
        riskIds: riskRefs.map((ref) => {
          const id = riskId.get(ref) as number | undefined;
          if (id === undefined) throw new Error(`The sample context links to ${ref}, which is not in the sample risk register.`);
          return id;
        }),
      }),
    ),
  );
  insertInterestedParties(
    ctx,
    contextJson.parties.map(({ requirements, ...party }) => ({
      ...interestedPartyInputSchema.parse(party),
      requirements: requirements.map((requirement) => requirementSchema.parse(requirement)),
    })),
  );
  writeScope(ctx, ismsScopeSchema.parse(contextJson.scope));
  insertRoles(
    ctx,
    contextJson.roles.map((role) => ismsRoleInputSchema.parse({ competences: [], ...role })),
  );
  for (const doc of contextJson.documentControl as { control: unknown; revisions: DocumentRevision[] }[]) {
    const control = documentControlSchema.parse(doc.control);
    saveDocumentControl(ctx.db, control);
    for (const revision of doc.revisions) insertRevision(ctx.db, control.docKey, revision);
  }
}
