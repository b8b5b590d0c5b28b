import type { Organisation } from '../../shared/domain/organisation';
import type { Asset, Risk, TreatmentAction } from '../../shared/domain/risk';
import type { RiskMethod } from '../../shared/domain/risk-method';
import type { SoaEntry } from '../../shared/domain/soa';
import type { DocumentControlWithHistory } from '../../shared/domain/workbook';
import type { ControlledDocumentKey } from '../../shared/domain/controlled-documents';
import { getLogo } from '../repositories/organisation-repo';
import { listAssets } from '../repositories/asset-repo';
import { listRisks } from '../repositories/risk-repo';
import { listTreatmentActions } from '../repositories/treatment-action-repo';
import { readDocumentControl } from '../services/document-control-service';
import { readOrganisation } from '../services/organisation-service';
import { readRiskMethod } from '../services/risk-method-service';
import { listSoa } from '../services/soa-service';
import type { WorkbookContext } from '../services/workbook-context';

/** Everything the risk documents and registers need, read in one go so they agree with each other. */
export interface RiskExportData {
  organisation: Organisation;
  logo: { data: Buffer; mime: string } | null;
  documentControl: DocumentControlWithHistory;
  method: RiskMethod;
  assets: Asset[];
  risks: Risk[];
  actions: TreatmentAction[];
  /** SoA decisions by control id, to show whether the controls a risk relies on are applicable. */
  soa: Map<string, SoaEntry>;
  /** The day of the workbook's latest change (YYYY-MM-DD): the document date and the "today" for overdue. */
  asOf: string;
}

export function readRiskExportData(ctx: WorkbookContext, docKey: ControlledDocumentKey): RiskExportData {
  const { hasLogo: _hasLogo, ...organisation } = readOrganisation(ctx);
  const latest = ctx.db.prepare('SELECT max(at) AS at FROM change_log').get() as { at: string | null };
  return {
    organisation,
    logo: getLogo(ctx.db),
    documentControl: readDocumentControl(ctx, docKey),
    method: readRiskMethod(ctx),
    assets: listAssets(ctx.db),
    risks: listRisks(ctx.db),
    actions: listTreatmentActions(ctx.db),
    soa: new Map(listSoa(ctx).map((e) => [e.controlId, e])),
    asOf: (latest.at ?? '1970-01-01').slice(0, 10),
  };
}
