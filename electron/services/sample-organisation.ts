import { organisationSchema } from '../../shared/domain/organisation';
import { soaEntrySchema } from '../../shared/domain/soa';
import organisationJson from '../../resources/sample/organisation.json' with { type: 'json' };
import soaJson from '../../resources/sample/soa.json' with { type: 'json' };
import documentControlJson from '../../resources/sample/document-control.json' with { type: 'json' };
import assetsJson from '../../resources/sample/assets.json' with { type: 'json' };
import risksJson from '../../resources/sample/risks.json' with { type: 'json' };
import actionsJson from '../../resources/sample/treatment-actions.json' with { type: 'json' };
import { assetInputSchema, riskInputSchema, treatmentActionInputSchema } from '../../shared/domain/risk';
import { defaultRiskMethod } from '../../shared/rules/default-risk-method';
import { saveRiskMethod } from '../repositories/risk-method-repo';
import { insertAssets } from './asset-service';
import { insertRisks } from './risk-service';
import { insertTreatmentActions } from './treatment-action-service';
import { seedSampleContext } from './sample/context-sample';
import { seedSampleObjectives } from './sample/objectives-sample';
import { seedSampleDocuments } from './sample/documents-sample';
import { seedSampleAudit } from './sample/audit-sample';
import { seedSampleReview } from './sample/review-sample';
import { seedSampleSoc2 } from './sample/soc2-sample';
import { seedSampleAdvisor } from './sample/advisor-sample';
import { seedSampleCertification } from './sample/certification-sample';
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
  seedSampleRisks(ctx);
  seedSampleContext(ctx);
  seedSampleObjectives(ctx);
  seedSampleDocuments(ctx);
  seedSampleAudit(ctx);
  seedSampleReview(ctx);
  seedSampleSoc2(ctx);
  seedSampleAdvisor(ctx);
  seedSampleCertification(ctx);
}

/** The risk picture: the default 5×5 method, about 40 assets, 60 risks, their treatment plan and its three documents. */
function seedSampleRisks(ctx: WorkbookContext): void {
  saveRiskMethod(ctx.db, defaultRiskMethod(5));
  const assets = insertAssets(
    ctx,
    assetsJson.map(({ ref: _ref, ...asset }) => assetInputSchema.parse(asset)),
  );
  const assetIdByRef = new Map(assetsJson.map((a, index) => [a.ref, assets[index]!.id]));
  const risks = insertRisks(
    ctx,
    risksJson.map(({ ref: _ref, assetRefs, ...risk }) =>
      riskInputSchema.parse({ ...risk, assetIds: assetRefs.map((ref) => assetIdByRef.get(ref)) }),
    ),
  );
  const riskIdByRef = new Map(risksJson.map((r, index) => [r.ref, risks[index]!.id]));
  insertTreatmentActions(
    ctx,
    actionsJson.map(({ ref: _ref, riskRef, ...action }) => treatmentActionInputSchema.parse({ ...action, riskId: riskIdByRef.get(riskRef) })),
  );
}
