import { CONTROLLED_DOCUMENTS, type ControlledDocumentKey } from '../../shared/domain/controlled-documents';
import type { ReadinessReport } from '../../shared/domain/readiness';
import type { DocumentControl } from '../../shared/domain/workbook';
import { runReadiness } from '../../shared/rules/readiness/run-readiness';
import type { ReadinessSnapshot } from '../../shared/rules/readiness/snapshot';
import { listAudits, listFindings, readCycle } from '../repositories/audit-repo';
import { listContextIssues } from '../repositories/context-repo';
import { getDocumentControl } from '../repositories/document-control-repo';
import { listDocuments } from '../repositories/document-repo';
import { listNonconformities } from '../repositories/nonconformity-repo';
import { listObjectives } from '../repositories/objective-repo';
import { getOrganisation } from '../repositories/organisation-repo';
import { listInterestedParties } from '../repositories/party-repo';
import { listRisks } from '../repositories/risk-repo';
import { listIsmsRoles } from '../repositories/role-repo';
import { getScope } from '../repositories/scope-repo';
import { listSoaEntries } from '../repositories/soa-repo';
import { listTrainingRecords } from '../repositories/training-repo';
import { listTreatmentActions } from '../repositories/treatment-action-repo';
import { listReviews } from './review-service';
import { readRiskMethod } from './risk-method-service';
import { today, type WorkbookContext } from './workbook-context';

function storedDocumentControls(ctx: WorkbookContext): ReadinessSnapshot['documentControls'] {
  const controls: Partial<Record<ControlledDocumentKey, DocumentControl>> = {};
  for (const key of Object.keys(CONTROLLED_DOCUMENTS) as ControlledDocumentKey[]) {
    const control = getDocumentControl(ctx.db, key);
    if (control) controls[key] = control;
  }
  return controls;
}

/**
 * Everything the readiness rules read, in one read transaction so the picture is consistent: a write from
 * elsewhere lands wholly before or wholly after it. Each register is read whole (a few queries per area, never one
 * per row), so a 5,000-risk workbook reads in well under a second.
 */
export function readReadinessSnapshot(ctx: WorkbookContext): ReadinessSnapshot {
  return ctx.db.transaction((): ReadinessSnapshot => {
    const organisation = getOrganisation(ctx.db);
    return {
      today: today(ctx),
      organisation: { ismsOwner: organisation?.ismsOwner ?? '', defaultApprover: organisation?.defaultApprover ?? '' },
      soa: listSoaEntries(ctx.db),
      riskMethod: readRiskMethod(ctx),
      risks: listRisks(ctx.db),
      treatmentActions: listTreatmentActions(ctx.db),
      contextIssues: listContextIssues(ctx.db),
      parties: listInterestedParties(ctx.db),
      scope: getScope(ctx.db),
      roles: listIsmsRoles(ctx.db),
      objectives: listObjectives(ctx.db),
      trainingRecords: listTrainingRecords(ctx.db),
      documents: listDocuments(ctx.db).map(({ documentId, title, type, version, status, approvedOn, nextReview, clauses }) => ({
        documentId,
        title,
        type,
        version,
        status,
        approvedOn,
        nextReview,
        clauses,
      })),
      documentControls: storedDocumentControls(ctx),
      audits: listAudits(ctx.db),
      findings: listFindings(ctx.db),
      auditCycle: readCycle(ctx.db),
      nonconformities: listNonconformities(ctx.db),
      reviews: listReviews(ctx),
    };
  })();
}

/** Reads the whole workbook in one snapshot and runs every readiness rule on it. */
export function checkReadiness(ctx: WorkbookContext): ReadinessReport {
  return runReadiness(readReadinessSnapshot(ctx));
}
