import { organisationSchema } from '../../shared/domain/organisation';
import { soaEntrySchema } from '../../shared/domain/soa';
import organisationJson from '../../resources/sample/organisation.json' with { type: 'json' };
import soaJson from '../../resources/sample/soa.json' with { type: 'json' };
import documentControlJson from '../../resources/sample/document-control.json' with { type: 'json' };
import { saveOrganisation } from '../repositories/organisation-repo';
import { insertRevision, saveDocumentControl } from '../repositories/document-control-repo';
import { documentControlSchema, type DocumentRevision } from '../../shared/domain/workbook';
import { writeSoaEntries } from './soa-service';
import type { WorkbookContext } from './workbook-context';

interface SampleDocument {
  control: unknown;
  revisions: DocumentRevision[];
}

/**
 * The fictional organisation used by "New from sample", demos, screenshots and tests. The data sits in
 * resources/sample as JSON and is validated on the way in like any import.
 */
export function seedSampleOrganisation(ctx: WorkbookContext): void {
  saveOrganisation(ctx.db, organisationSchema.parse(organisationJson));
  writeSoaEntries(
    ctx,
    soaJson.map((entry) => soaEntrySchema.parse(entry)),
  );
  for (const doc of documentControlJson as SampleDocument[]) {
    const control = documentControlSchema.parse(doc.control);
    saveDocumentControl(ctx.db, control);
    for (const revision of doc.revisions) insertRevision(ctx.db, control.docKey, revision);
  }
}
