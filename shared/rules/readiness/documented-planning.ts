import { ANNEX_A } from '../../catalog/annex-a';
import { approvalFinding, documentsForClause, isApproved, registerApprovalFinding } from './approval';
import { capFindings, compact, count, listOf } from './findings';
import { screenLink } from './links';
import type { ReadinessRule } from './rule';

/**
 * Documented information of clauses 4 to 7 that the standard requires the organisation to keep: present, and
 * approved. Missing documented information is a blocker: a Stage 1 auditor cannot proceed without it.
 */

export const scopeDocumented: ReadinessRule = {
  id: 'documented.scope',
  title: 'The ISMS scope is written down and approved',
  clause: '4.3',
  severity: 'blocker',
  why: 'The scope sets the boundaries the certificate will state; the auditor reads everything else against it.',
  check: (s) =>
    compact([
      s.scope.statement.trim() === ''
        ? { message: 'The ISMS scope has no scope statement.', link: screenLink('scope', 'Open Scope and roles') }
        : null,
      approvalFinding(s, 'scope'),
    ]),
};

export const policyDocumented: ReadinessRule = {
  id: 'documented.policy',
  title: 'An approved information security policy is in the register',
  clause: '5.2',
  severity: 'blocker',
  why: 'Top management must set and approve the information security policy; it frames the objectives and every other policy.',
  check: (s) => {
    const policies = documentsForClause(s, '5.2', ['policy']);
    if (policies.some((doc) => doc.status === 'approved')) return [];
    if (policies.length === 0) {
      return [
        {
          message: 'No policy in the register is tied to clause 5.2: add the information security policy and tag it with 5.2.',
          link: screenLink('documents', 'Open Documents and policies'),
        },
      ];
    }
    return capFindings(policies.map(registerApprovalFinding), screenLink('documents', 'Open Documents and policies'));
  },
};

export const riskProcessDocumented: ReadinessRule = {
  id: 'documented.risk-process',
  title: 'The risk assessment and treatment process is documented and approved',
  clause: '6.1.2',
  severity: 'blocker',
  why: 'Risk assessments must follow a defined method with acceptance criteria, so that repeated assessments give comparable results.',
  check: (s) => {
    if (isApproved(s, 'risk-method')) return [];
    const procedures = documentsForClause(s, '6.1.2', ['procedure', 'policy']);
    if (procedures.some((doc) => doc.status === 'approved')) return [];
    return [approvalFinding(s, 'risk-method')!, ...procedures.map(registerApprovalFinding)];
  },
};

export const soaDocumented: ReadinessRule = {
  id: 'documented.soa',
  title: 'The Statement of Applicability covers every Annex A control and is approved',
  clause: '6.1.3 d',
  severity: 'blocker',
  why: 'The SoA is the auditor’s map of the controls: each of the 93 Annex A controls must be decided, and the decisions approved.',
  check: (s) => {
    const held = new Set(s.soa.map((e) => e.controlId));
    const missing = ANNEX_A.filter((c) => !held.has(c.id)).map((c) => `A.${c.id}`);
    return compact([
      missing.length > 0
        ? { message: `The SoA has no decision on ${count(missing.length, 'control')}: ${listOf(missing)}.`, link: screenLink('soa', 'Open the Statement of Applicability') }
        : null,
      approvalFinding(s, 'soa'),
    ]);
  },
};

export const treatmentPlanDocumented: ReadinessRule = {
  id: 'documented.treatment-plan',
  title: 'The risk treatment plan is approved',
  clause: '6.1.3 e',
  severity: 'blocker',
  why: 'The treatment plan says who does what by when to bring risks within the criteria; risk owners must have approved it.',
  check: (s) => compact([approvalFinding(s, 'risk-treatment-plan')]),
};

export const objectivesDocumented: ReadinessRule = {
  id: 'documented.objectives',
  title: 'Information security objectives are set and approved',
  clause: '6.2',
  severity: 'blocker',
  why: 'Objectives turn the policy into measurable intentions; the auditor checks they exist and were agreed.',
  check: (s) =>
    compact([
      s.objectives.some((o) => o.status !== 'retired')
        ? null
        : { message: 'No information security objective is set.', link: screenLink('objectives', 'Open Objectives') },
      approvalFinding(s, 'objectives'),
    ]),
};

export const competenceDocumented: ReadinessRule = {
  id: 'documented.competence',
  title: 'Evidence of competence is kept',
  clause: '7.2',
  severity: 'blocker',
  why: 'The organisation must keep records showing that the people doing ISMS work are competent: training, qualifications, experience.',
  check: (s) =>
    s.trainingRecords.length > 0
      ? []
      : [{ message: 'No training, awareness or qualification record is kept.', link: screenLink('competence', 'Open Competence') }],
};
