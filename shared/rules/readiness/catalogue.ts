import { auditorsIndependent, auditProgrammeCoversClauses, auditProgrammeCoversControls, majorFindingsCorrected, minorFindingsCorrected } from './audit-rules';
import { roleCompetenceEvidenced } from './competence-rules';
import { climateConsidered, contextIssuesRecorded, requirementsAddressed, rolesAssigned, scopeComplete } from './context-rules';
import { documentsReviewedOnTime } from './document-rules';
import {
  auditDocumented,
  monitoringDocumented,
  nonconformitiesDocumented,
  nonconformityProcessUsed,
  operationalPlanningDocumented,
  reviewDocumented,
  riskAssessmentDocumented,
  riskTreatmentDocumented,
} from './documented-operation';
import {
  competenceDocumented,
  objectivesDocumented,
  policyDocumented,
  riskProcessDocumented,
  scopeDocumented,
  soaDocumented,
  treatmentPlanDocumented,
} from './documented-planning';
import { correctiveActionsOnTime, correctiveActionsRecorded } from './nonconformity-rules';
import { objectivesMeasurable, objectivesMonitored } from './objective-rules';
import { reviewActionsOnTime, reviewInputsCovered, reviewRecent } from './review-rules';
import { riskAcceptance, riskAwaitingAssessment, riskControlsApplicable, riskTreatmentChosen, treatmentActionsOnTime } from './risk-rules';
import type { ReadinessRule } from './rule';
import { soaJustified, soaOwners } from './soa-rules';

/** Every readiness rule, in the order an auditor walks through the standard: clause 4 to clause 10. */
export const READINESS_RULES: readonly ReadinessRule[] = [
  contextIssuesRecorded,
  climateConsidered,
  requirementsAddressed,
  scopeDocumented,
  scopeComplete,
  policyDocumented,
  rolesAssigned,
  soaOwners,
  riskProcessDocumented,
  soaDocumented,
  soaJustified,
  riskTreatmentChosen,
  riskControlsApplicable,
  treatmentPlanDocumented,
  riskAcceptance,
  objectivesDocumented,
  objectivesMeasurable,
  competenceDocumented,
  roleCompetenceEvidenced,
  documentsReviewedOnTime,
  operationalPlanningDocumented,
  riskAssessmentDocumented,
  riskAwaitingAssessment,
  riskTreatmentDocumented,
  treatmentActionsOnTime,
  monitoringDocumented,
  objectivesMonitored,
  auditDocumented,
  auditProgrammeCoversClauses,
  auditProgrammeCoversControls,
  auditorsIndependent,
  reviewDocumented,
  reviewRecent,
  reviewInputsCovered,
  reviewActionsOnTime,
  nonconformitiesDocumented,
  nonconformityProcessUsed,
  majorFindingsCorrected,
  minorFindingsCorrected,
  correctiveActionsRecorded,
  correctiveActionsOnTime,
];
