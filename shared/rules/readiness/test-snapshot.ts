import { ANNEX_A } from '../../catalog/annex-a';
import type { Audit, AuditFinding } from '../../domain/audit';
import type { TrainingRecord } from '../../domain/competence';
import type { ContextIssue, InterestedParty, IsmsRole, PartyRequirement } from '../../domain/context';
import { CONTROLLED_DOCUMENTS, type ControlledDocumentKey } from '../../domain/controlled-documents';
import { REVIEW_INPUT_KEYS, type ManagementReview, type ReviewOutput } from '../../domain/management-review';
import type { Nonconformity } from '../../domain/nonconformity';
import type { Objective } from '../../domain/objectives';
import type { ReadinessFinding } from '../../domain/readiness';
import type { Risk, TreatmentAction } from '../../domain/risk';
import type { SoaEntry } from '../../domain/soa';
import type { DocumentControl } from '../../domain/workbook';
import { defaultRiskMethod } from '../default-risk-method';
import { scoreRisk } from '../risk-scoring';
import type { ReadinessRule } from './rule';
import type { ReadinessSnapshot, RegisterDocument } from './snapshot';

/*
 * Records for the readiness rule tests. `passingSnapshot()` is a small workbook every rule passes on; a test breaks
 * one thing in it and expects exactly its rule to fail. The builders give a sound record, so a test names only
 * the fields it is about.
 */

export const TODAY = '2026-11-20';
const METHOD = defaultRiskMethod(5);
const pad = (n: number) => String(n).padStart(3, '0');

export function soaEntry(controlId: string, over: Partial<SoaEntry> = {}): SoaEntry {
  return {
    controlId,
    applicable: true,
    reasons: ['risk-treatment'],
    exclusionJustification: '',
    status: 'implemented',
    implementation: 'In place.',
    owner: 'Dana Ops, Operations Lead',
    evidence: [],
    lastReviewed: '2026-06-01',
    ...over,
  };
}

/** A risk rated 4 × 4 (high), modified down to 2 × 2 (low), owned and in treatment. */
export function risk(id: number, over: Partial<Risk> = {}): Risk {
  const base: Omit<Risk, 'inherentLevel' | 'residualLevel'> = {
    id,
    ref: `R-${pad(id)}`,
    title: `Risk ${id}`,
    description: '',
    assetIds: [],
    threat: '',
    vulnerability: '',
    owner: 'Dana Ops',
    existingControls: '',
    inherentLikelihood: 4,
    inherentImpact: 4,
    treatment: 'modify',
    controlIds: ['8.7'],
    residualLikelihood: 2,
    residualImpact: 2,
    acceptedBy: '',
    acceptedOn: null,
    acceptanceRationale: '',
    status: 'treatment-planned',
    nextReview: null,
    ...over,
  };
  return { ...base, ...scoreRisk(METHOD, base) };
}

export function treatmentAction(id: number, riskId: number, over: Partial<TreatmentAction> = {}): TreatmentAction {
  return {
    id,
    ref: `A-${pad(id)}`,
    riskId,
    title: `Action ${id}`,
    controlId: null,
    owner: 'Dana Ops',
    resources: '',
    dueDate: '2027-03-31',
    status: 'in-progress',
    completionEvidence: '',
    completedOn: null,
    ...over,
  };
}

export function contextIssue(id: number, over: Partial<ContextIssue> = {}): ContextIssue {
  return { id, ref: `CI-${pad(id)}`, kind: 'internal', category: 'organisational', title: `Issue ${id}`, description: '', effect: '', riskIds: [], ...over };
}

export function requirement(id: number, over: Partial<PartyRequirement> = {}): PartyRequirement {
  return {
    id,
    partyId: 1,
    requirement: 'Notify us of any breach within 24 hours.',
    isIsmsRequirement: true,
    howAddressed: 'Incident procedure, customer notification step.',
    controls: [],
    documents: [],
    objectives: [],
    ...over,
  };
}

export function party(id: number, over: Partial<InterestedParty> = {}): InterestedParty {
  return { id, ref: `IP-${pad(id)}`, name: `Party ${id}`, category: 'customer', needs: '', requirements: [requirement(id, { partyId: id })], ...over };
}

export function role(id: number, over: Partial<IsmsRole> = {}): IsmsRole {
  return { id, position: id, title: 'ISMS manager', holder: 'Sam Lead, ISMS Manager', accountabilities: '', competences: ['Running an ISMS'], ...over };
}

export function trainingRecord(id: number, over: Partial<TrainingRecord> = {}): TrainingRecord {
  return {
    id,
    ref: `TR-${pad(id)}`,
    person: 'Sam Lead',
    role: 'ISMS manager',
    kind: 'qualification',
    subject: 'ISO/IEC 27001 Lead Implementer',
    completedOn: '2026-02-01',
    expiresOn: null,
    evidence: 'Certificate',
    ...over,
  };
}

/** An active objective, measurable, measured once. */
export function objective(id: number, over: Partial<Objective> = {}): Objective {
  return {
    id,
    ref: `OBJ-${pad(id)}`,
    objective: `Objective ${id}.`,
    measure: 'Share of laptops encrypted, from the MDM report',
    targetValue: 100,
    targetDirection: 'at-least',
    unit: '%',
    owner: 'Dana Ops',
    resources: '',
    dueDate: '2027-06-30',
    evaluation: 'Monthly',
    status: 'active',
    measurements: [{ id, objectiveId: id, measuredOn: '2026-10-31', value: 97, note: '' }],
    ...over,
  };
}

export function registerDocument(documentId: string, over: Partial<RegisterDocument> = {}): RegisterDocument {
  return {
    documentId,
    title: `Document ${documentId}`,
    type: documentId.startsWith('PRO') ? 'procedure' : 'policy',
    version: '1.0',
    status: 'approved',
    approvedOn: '2026-03-01',
    nextReview: '2027-03-01',
    clauses: [],
    ...over,
  };
}

export function documentControl(key: ControlledDocumentKey, over: Partial<DocumentControl> = {}): DocumentControl {
  return {
    docKey: key,
    documentId: CONTROLLED_DOCUMENTS[key].documentId,
    title: CONTROLLED_DOCUMENTS[key].title,
    version: '1.0',
    status: 'approved',
    owner: 'Sam Lead',
    approver: 'Chris Chief, CEO',
    approvedOn: '2026-04-01',
    classification: 'Internal',
    ...over,
  };
}

/** A completed audit of every clause and control by an outside auditor, with its conclusion. */
export function audit(id: number, over: Partial<Audit> = {}): Audit {
  return {
    id,
    ref: `IA-2026-${String(id).padStart(2, '0')}`,
    title: `Internal audit ${id}`,
    scope: 'The whole ISMS.',
    criteria: 'ISO/IEC 27001:2022',
    clauses: ['4', '5', '6', '7', '8', '9', '10'],
    controls: ANNEX_A.map((c) => c.id),
    auditors: ['Ida Audit, Outside Assurance Ltd'],
    auditees: ['Dana Ops, Operations Lead'],
    plannedStart: '2026-09-14',
    plannedEnd: '2026-09-16',
    status: 'completed',
    conclusion: 'The ISMS conforms, with one minor nonconformity.',
    ...over,
  };
}

export function finding(id: number, auditId: number, over: Partial<AuditFinding> = {}): AuditFinding {
  return {
    id,
    auditId,
    ref: `IA-2026-${String(auditId).padStart(2, '0')}-F${String(id).padStart(2, '0')}`,
    type: 'conformity',
    clause: '7.2',
    control: null,
    description: 'Training records sampled.',
    evidence: '',
    nonconformityId: null,
    ...over,
  };
}

export function nonconformity(id: number, over: Partial<Nonconformity> = {}): Nonconformity {
  return {
    id,
    ref: `NC-${pad(id)}`,
    source: 'audit',
    sourceRef: '',
    raisedOn: '2026-09-20',
    description: 'Two leavers kept access for a week.',
    correction: 'Access removed.',
    rootCause: 'HR leaver notices reached IT late.',
    correctiveAction: 'Leaver notices sent automatically from the HR system.',
    owner: 'Dana Ops',
    dueDate: '2026-12-31',
    status: 'action-planned',
    effectivenessReviewedOn: null,
    effectivenessResult: null,
    effectivenessNote: '',
    findingRefs: [],
    ...over,
  };
}

export function reviewOutput(id: number, reviewId: number, over: Partial<ReviewOutput> = {}): ReviewOutput {
  return { id, reviewId, kind: 'decision', description: 'Keep the scope as it is.', owner: '', dueDate: null, status: 'open', ...over };
}

/** A held review with every input written and one decision. */
export function review(id: number, over: Partial<ManagementReview> = {}): ManagementReview {
  return {
    id,
    ref: `MR-2026-${String(id).padStart(2, '0')}`,
    heldOn: '2026-10-01',
    status: 'held',
    attendees: [{ name: 'Chris Chief', role: 'CEO', topManagement: true }],
    inputs: Object.fromEntries(REVIEW_INPUT_KEYS.map((key) => [key, `Considered ${key}.`])) as ManagementReview['inputs'],
    editedInputs: [],
    outputs: [reviewOutput(id, id)],
    ...over,
  };
}

/** A small workbook that passes every readiness rule. */
export function passingSnapshot(): ReadinessSnapshot {
  const controlKeys = Object.keys(CONTROLLED_DOCUMENTS) as ControlledDocumentKey[];
  return {
    today: TODAY,
    organisation: { ismsOwner: 'Sam Lead, ISMS Manager', defaultApprover: 'Chris Chief, CEO' },
    soa: ANNEX_A.map((c) => (c.id === '7.6' ? soaEntry(c.id, { applicable: false, reasons: [], exclusionJustification: 'No secure areas: fully remote.' }) : soaEntry(c.id))),
    riskMethod: METHOD,
    risks: [
      risk(1),
      risk(2, { inherentLikelihood: 2, inherentImpact: 3, treatment: 'retain', residualLikelihood: null, residualImpact: null, controlIds: [], status: 'accepted' }),
      risk(3, {
        residualLikelihood: 3,
        residualImpact: 4,
        acceptedBy: 'Chris Chief, CEO',
        acceptedOn: '2026-10-01',
        acceptanceRationale: 'Further reduction waits for the platform migration.',
      }),
    ],
    treatmentActions: [
      treatmentAction(1, 1, { controlId: '8.7', status: 'done', completionEvidence: 'EDR console export', completedOn: '2026-08-01' }),
      treatmentAction(2, 3),
    ],
    contextIssues: [contextIssue(1), contextIssue(2, { kind: 'external', category: 'environmental', title: 'Climate change: flooding of the office' })],
    parties: [party(1)],
    scope: {
      statement: 'The accounts-payable platform and the people who run it.',
      organisationalUnits: ['Engineering'],
      locations: ['London'],
      productsAndServices: ['Accounts-payable platform'],
      systemsAndNetworks: ['AWS eu-west-2'],
      interfaces: [{ interface: 'AWS', description: 'Hosting' }],
      exclusions: [],
    },
    roles: [role(1)],
    objectives: [objective(1)],
    trainingRecords: [trainingRecord(1)],
    documents: [
      registerDocument('POL-001', { title: 'Information Security Policy', clauses: ['5.2'] }),
      registerDocument('PRO-001', { title: 'Risk Management Procedure', clauses: ['6.1.2', '8.2'] }),
    ],
    documentControls: Object.fromEntries(controlKeys.map((key) => [key, documentControl(key)])),
    audits: [audit(1)],
    findings: [finding(1, 1), finding(2, 1, { type: 'minor', nonconformityId: 1 })],
    auditCycle: { start: '2026-01-01', end: '2028-12-31' },
    nonconformities: [nonconformity(1, { findingRefs: ['IA-2026-01-F02'] })],
    reviews: [review(1)],
  };
}

/** Runs a rule on the passing snapshot after `change` has broken (or fixed) something in it. */
export function checkWith(rule: ReadinessRule, change: (s: ReadinessSnapshot) => void = () => {}): ReadinessFinding[] {
  const snapshot = passingSnapshot();
  change(snapshot);
  return rule.check(snapshot);
}
