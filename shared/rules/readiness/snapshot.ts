import type { Audit, AuditCycle, AuditFinding } from '../../domain/audit';
import type { TrainingRecord } from '../../domain/competence';
import type { ContextIssue, InterestedParty, IsmsRole, IsmsScope } from '../../domain/context';
import type { ControlledDocumentKey } from '../../domain/controlled-documents';
import type { IsmsDocument } from '../../domain/documents';
import type { ManagementReview } from '../../domain/management-review';
import type { Nonconformity } from '../../domain/nonconformity';
import type { Objective } from '../../domain/objectives';
import type { Organisation } from '../../domain/organisation';
import type { Risk, TreatmentAction } from '../../domain/risk';
import type { RiskMethod } from '../../domain/risk-method';
import type { SoaEntry } from '../../domain/soa';
import type { DocumentControl } from '../../domain/workbook';

/** A document of the register as the readiness rules read it: its identity, workflow state and clauses. */
export type RegisterDocument = Pick<IsmsDocument, 'documentId' | 'title' | 'type' | 'version' | 'status' | 'approvedOn' | 'nextReview' | 'clauses'>;

/**
 * Everything the Stage 1 readiness rules read, taken from the workbook in one consistent read. The rules are pure
 * functions of it, so a check can be tested without a workbook and gives the same answer for the same snapshot.
 */
export interface ReadinessSnapshot {
  /** The local day the check is made (YYYY-MM-DD): "overdue" and "past its review date" are judged against it. */
  today: string;
  organisation: Pick<Organisation, 'ismsOwner' | 'defaultApprover'>;
  /** One entry per Annex A control the SoA holds, in Annex A order. */
  soa: SoaEntry[];
  riskMethod: RiskMethod;
  risks: Risk[];
  treatmentActions: TreatmentAction[];
  contextIssues: ContextIssue[];
  parties: InterestedParty[];
  scope: IsmsScope;
  roles: IsmsRole[];
  objectives: Objective[];
  trainingRecords: TrainingRecord[];
  /** The register of documented information (policies, procedures, records, external documents). */
  documents: RegisterDocument[];
  /** Document control of the generated documents; a key is absent until its record has been saved once. */
  documentControls: Partial<Record<ControlledDocumentKey, DocumentControl>>;
  audits: Audit[];
  findings: AuditFinding[];
  auditCycle: AuditCycle;
  nonconformities: Nonconformity[];
  reviews: ManagementReview[];
}
