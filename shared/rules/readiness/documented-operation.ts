import type { ReadinessFinding } from '../../domain/readiness';
import { approvalFinding } from './approval';
import { capFindings, compact } from './findings';
import { actionLink, auditLink, reviewLink, riskLink, screenLink } from './links';
import type { ReadinessRule } from './rule';

/**
 * Documented information of clauses 8 to 10: the evidence that the ISMS runs as planned. Present and approved where
 * the workbook generates it; without it the auditor has nothing to sample at Stage 2.
 */

/** A risk still to be treated by an action (modified, shared or avoided) rather than retained. */
const TREATED_BY_ACTIONS = new Set(['modify', 'share', 'avoid']);

export const operationalPlanningDocumented: ReadinessRule = {
  id: 'documented.operational-planning',
  title: 'Approved procedures document how ISMS processes are run',
  clause: '8.1',
  severity: 'blocker',
  why: 'Operational planning and control needs written procedures to be confident that processes run as planned; approved procedures are that evidence.',
  check: (s) =>
    s.documents.some((doc) => doc.type === 'procedure' && doc.status === 'approved')
      ? []
      : [{ message: 'No procedure in the register is approved.', link: screenLink('documents', 'Open Documents and policies') }],
};

export const riskAssessmentDocumented: ReadinessRule = {
  id: 'documented.risk-assessment',
  title: 'Risk assessment results are recorded and the risk assessment report is approved',
  clause: '8.2',
  severity: 'blocker',
  why: 'The auditor samples assessed risks: each needs a likelihood and impact under the method, and the report of results must be approved.',
  check: (s) => {
    if (s.risks.length === 0) {
      return compact([
        { message: 'The risk register is empty: no risk has been assessed.', link: screenLink('risks', 'Open the risk register') },
        approvalFinding(s, 'risk-report'),
      ]);
    }
    // A risk just identified is waiting for its assessment (a warning elsewhere); past that it must be rated.
    const unrated = s.risks
      .filter((r) => r.status !== 'identified' && (r.inherentLikelihood === null || r.inherentImpact === null))
      .map((r) => ({ message: `${r.ref} ${r.title} is marked ${r.status} but has no likelihood and impact rating.`, link: riskLink(r.ref) }));
    return compact([...capFindings(unrated, screenLink('risks', 'Open the risk register')), approvalFinding(s, 'risk-report')]);
  },
};

export const riskTreatmentDocumented: ReadinessRule = {
  id: 'documented.risk-treatment',
  title: 'Risk treatment results are recorded for every risk being treated',
  clause: '8.3',
  severity: 'blocker',
  why: 'Treatment must be carried out and its results kept: each risk being modified, shared or avoided needs actions, and finished actions need evidence.',
  check: (s) => {
    if (s.risks.length === 0) {
      return [{ message: 'No risk is recorded, so there are no treatment results.', link: screenLink('risks', 'Open the risk register') }];
    }
    const liveActions = new Set(s.treatmentActions.filter((a) => a.status !== 'cancelled').map((a) => a.riskId));
    const withoutActions = s.risks
      .filter((r) => r.treatment !== null && TREATED_BY_ACTIONS.has(r.treatment) && r.status !== 'closed' && r.status !== 'identified' && !liveActions.has(r.id))
      .map((r) => ({ message: `${r.ref} ${r.title} is to be treated (${r.treatment}) but has no treatment action.`, link: riskLink(r.ref) }));
    const withoutEvidence = s.treatmentActions
      .filter((a) => a.status === 'done' && (a.completionEvidence.trim() === '' || a.completedOn === null))
      .map((a) => ({ message: `${a.ref} ${a.title} is done but its completion date or evidence is not recorded.`, link: actionLink(a.ref) }));
    return [
      ...capFindings(withoutActions, screenLink('risks', 'Open the risk register')),
      ...capFindings(withoutEvidence, screenLink('treatment-plan', 'Open the treatment plan')),
    ];
  },
};

export const monitoringDocumented: ReadinessRule = {
  id: 'documented.monitoring',
  title: 'Monitoring and measurement results are recorded',
  clause: '9.1',
  severity: 'blocker',
  why: 'The organisation must keep the results of what it monitors and measures; objectives with no results show no evaluation.',
  check: (s) =>
    s.objectives.some((o) => o.measurements.length > 0)
      ? []
      : [{ message: 'No measurement has been recorded against any objective.', link: screenLink('objectives', 'Open Objectives') }],
};

export const auditDocumented: ReadinessRule = {
  id: 'documented.audit',
  title: 'The internal audit programme is approved and at least one audit is completed with a conclusion',
  clause: '9.2',
  severity: 'blocker',
  why: 'Certification bodies expect a full internal audit before Stage 2, with its results reported; the programme behind it must be approved.',
  check: (s) => {
    const completed = s.audits.filter((a) => a.status === 'completed');
    const concluded = completed.some((a) => a.conclusion.trim() !== '');
    const results: ReadinessFinding[] = concluded
      ? []
      : completed.length === 0
        ? [{ message: 'No internal audit has been completed yet.', link: screenLink('audit', 'Open Internal audit') }]
        : capFindings(
            completed.map((a) => ({ message: `${a.ref} ${a.title} is completed but has no conclusion.`, link: auditLink(a.ref) })),
            screenLink('audit', 'Open Internal audit'),
          );
    return compact([approvalFinding(s, 'audit-programme'), ...results]);
  },
};

export const reviewDocumented: ReadinessRule = {
  id: 'documented.review',
  title: 'A management review has been held and its decisions recorded',
  clause: '9.3',
  severity: 'blocker',
  why: 'Top management must review the ISMS before certification; the minutes with their decisions and actions are the evidence.',
  check: (s) => {
    const held = s.reviews.filter((r) => r.status === 'held');
    if (held.length === 0) return [{ message: 'No management review has been held yet.', link: screenLink('management-review', 'Open Management review') }];
    if (held.some((r) => r.outputs.length > 0)) return [];
    return capFindings(
      held.map((r) => ({ message: `${r.ref} records no decision or action.`, link: reviewLink(r.ref) })),
      screenLink('management-review', 'Open Management review'),
    );
  },
};

export const nonconformitiesDocumented: ReadinessRule = {
  id: 'documented.nonconformities',
  title: 'The nonconformity and corrective action register is approved',
  clause: '10.2',
  severity: 'blocker',
  why: 'Once nonconformities have been raised, their nature, the actions taken and the results must be kept in a controlled register.',
  check: (s) => (s.nonconformities.length === 0 ? [] : compact([approvalFinding(s, 'nonconformities')])),
};

export const nonconformityProcessUsed: ReadinessRule = {
  id: 'nc.process-used',
  title: 'The nonconformity process has been used',
  clause: '10.2',
  severity: 'advice',
  why: 'An ISMS that has never recorded a nonconformity is rare; auditors ask how problems from audits, incidents and reviews are captured.',
  check: (s) =>
    s.nonconformities.length > 0
      ? []
      : [
          {
            message: 'No nonconformity has been recorded yet, from audits, incidents, reviews or complaints.',
            link: screenLink('nonconformities', 'Open Nonconformities'),
          },
        ],
};
