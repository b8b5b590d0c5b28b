import auditJson from '../../../resources/sample/audit.json' with { type: 'json' };
import { auditCycleSchema, auditInputSchema, findingInputSchema } from '../../../shared/domain/audit';
import { nonconformityInputSchema } from '../../../shared/domain/nonconformity';
import { documentControlSchema, type DocumentRevision } from '../../../shared/domain/workbook';
import { saveCycle } from '../../repositories/audit-repo';
import { insertRevision, saveDocumentControl } from '../../repositories/document-control-repo';
import { insertAudits, insertFindings } from '../audit-service';
import { insertNonconformities } from '../nonconformity-service';
import type { WorkbookContext } from '../workbook-context';

interface SampleFinding {
  nonconformityRef: string | null;
  [field: string]: unknown;
}

/** The references the sample data uses must be the ones the workbook gives out, or the cross-links would lie. */
function expectRef(actual: string, expected: string): void {
  if (actual !== expected) throw new Error(`The audit sample expected ${expected} but the workbook issued ${actual}.`);
}

/**
 * The 2026–2028 audit programme: the finished September 2026 internal audit with its findings, the two
 * nonconformities it raised (one closed after an effective review, one with its action planned), and the audits
 * planned for 2027 and 2028 that complete the coverage of every clause and applicable control.
 */
export function seedSampleAudit(ctx: WorkbookContext): void {
  saveCycle(ctx.db, auditCycleSchema.parse(auditJson.cycle));
  for (const doc of auditJson.documentControl) {
    const control = documentControlSchema.parse(doc.control);
    saveDocumentControl(ctx.db, control);
    for (const revision of doc.revisions as DocumentRevision[]) insertRevision(ctx.db, control.docKey, revision);
  }

  const ncIds = new Map<string, number>();
  const ncs = insertNonconformities(
    ctx,
    auditJson.nonconformities.map(({ ref: _ref, ...nc }) => nonconformityInputSchema.parse(nc)),
  );
  auditJson.nonconformities.forEach((sample, index) => {
    expectRef(ncs[index]!.ref, sample.ref);
    ncIds.set(sample.ref, ncs[index]!.id);
  });

  for (const { ref, findings, ...input } of auditJson.audits) {
    const [audit] = insertAudits(ctx, [auditInputSchema.parse(input)]);
    expectRef(audit!.ref, ref);
    insertFindings(
      ctx,
      (findings as SampleFinding[]).map(({ nonconformityRef, ...finding }) =>
        findingInputSchema.parse({ ...finding, auditId: audit!.id, nonconformityId: nonconformityRef ? ncIds.get(nonconformityRef) : null }),
      ),
    );
  }
}
