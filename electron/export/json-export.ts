import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { CONTROLLED_DOCUMENTS } from '../../shared/domain/controlled-documents';
import { readDocumentControl } from '../services/document-control-service';
import type { WorkbookContext } from '../services/workbook-context';
import { readSoaExportData } from './soa-data';
import { readRiskMethod } from '../services/risk-method-service';
import { listAssets } from '../repositories/asset-repo';
import { listRisks } from '../repositories/risk-repo';
import { listTreatmentActions } from '../repositories/treatment-action-repo';
import { contextJson } from './json/context-json';
import { objectivesJson } from './json/objectives-json';
import { documentsJson } from './json/documents-json';
import { auditJson } from './json/audit-json';
import { reviewJson } from './json/review-json';
import { planningJson } from './json/planning-json';

/**
 * The whole workbook as JSON. The shape is documented in docs/json-export.md and versioned by
 * `formatVersion`: fields are only ever added within a version.
 */
export function buildWorkbookJson(ctx: WorkbookContext): Buffer {
  const soa = readSoaExportData(ctx);
  const document = {
    format: 'isms-workbook',
    formatVersion: 1,
    schemaVersion: LATEST_SCHEMA_VERSION,
    asOf: soa.asOf,
    organisation: {
      ...soa.organisation,
      logo: soa.logo ? { mime: soa.logo.mime, base64: soa.logo.data.toString('base64') } : null,
    },
    documentControl: Object.keys(CONTROLLED_DOCUMENTS).map((key) => readDocumentControl(ctx, key)),
    statementOfApplicability: soa.rows.map(({ control, entry }) => ({ ...entry, title: control.title, theme: control.theme })),
    riskMethod: readRiskMethod(ctx),
    assets: listAssets(ctx.db),
    risks: listRisks(ctx.db),
    treatmentActions: listTreatmentActions(ctx.db),
    ...contextJson(ctx),
    ...objectivesJson(ctx),
    ...documentsJson(ctx),
    ...auditJson(ctx),
    ...reviewJson(ctx),
    ...planningJson(ctx),
  };
  return Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8');
}
