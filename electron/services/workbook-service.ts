import path from 'node:path';
import { DEFAULT_CLASSIFICATION_LABELS, type Organisation } from '../../shared/domain/organisation';
import type { WorkbookCounts } from '../../shared/domain/workbook';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { saveOrganisation } from '../repositories/organisation-repo';
import { logEvent } from './change-log';
import { readOrganisation } from './organisation-service';
import { seedSoa } from './soa-service';
import { seedSampleOrganisation } from './sample-organisation';
import { inTransaction, type WorkbookContext } from './workbook-context';

export function blankOrganisation(legalName: string): Organisation {
  return {
    legalName,
    shortName: '',
    address: '',
    industry: '',
    size: null,
    ismsOwner: '',
    classificationLabels: [...DEFAULT_CLASSIFICATION_LABELS],
    defaultClassification: 'Internal',
    defaultApprover: '',
    reviewCycleMonths: 12,
  };
}

/** Fills a freshly created file: the organisation, all 93 SoA rows, and the sample records if asked. */
export function initialiseWorkbook(ctx: WorkbookContext, organisationName: string, sample: boolean): void {
  inTransaction(ctx, () => {
    ctx.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('created_at', ctx.now().toISOString());
    saveOrganisation(ctx.db, blankOrganisation(organisationName));
    seedSoa(ctx);
    logEvent(ctx, 'workbook', path.basename(ctx.db.name), 'created', sample ? 'from sample' : organisationName);
    if (sample) seedSampleOrganisation(ctx);
  });
}

const COUNTED_TABLES: Record<string, string> = {
  soaControls: 'SELECT count(*) AS n FROM soa_entry',
  applicableControls: 'SELECT count(*) AS n FROM soa_entry WHERE applicable = 1',
  implementedControls: "SELECT count(*) AS n FROM soa_entry WHERE applicable = 1 AND status = 'implemented'",
  assets: 'SELECT count(*) AS n FROM asset',
  risks: 'SELECT count(*) AS n FROM risk',
  treatmentActions: 'SELECT count(*) AS n FROM treatment_action',
  contextIssues: 'SELECT count(*) AS n FROM context_issue',
  interestedParties: 'SELECT count(*) AS n FROM interested_party',
  ismsRoles: 'SELECT count(*) AS n FROM isms_role',
  objectives: 'SELECT count(*) AS n FROM objective',
  trainingRecords: 'SELECT count(*) AS n FROM training_record',
  documents: 'SELECT count(*) AS n FROM isms_document',
  documentVersions: 'SELECT count(*) AS n FROM isms_document_version',
  audits: 'SELECT count(*) AS n FROM audit',
  auditFindings: 'SELECT count(*) AS n FROM audit_finding',
  nonconformities: 'SELECT count(*) AS n FROM nonconformity',
  managementReviews: 'SELECT count(*) AS n FROM management_review',
  documentRevisions: 'SELECT count(*) AS n FROM document_revision',
  changeLogEntries: 'SELECT count(*) AS n FROM change_log',
};

export function workbookCounts(ctx: WorkbookContext): WorkbookCounts {
  const counts: Record<string, number> = {};
  for (const [name, sql] of Object.entries(COUNTED_TABLES)) {
    counts[name] = (ctx.db.prepare(sql).get() as { n: number }).n;
  }
  return { organisation: readOrganisation(ctx).legalName, schemaVersion: LATEST_SCHEMA_VERSION, counts };
}
