import type { Risk, RiskInput } from '../../domain/risk';
import { acceptanceProblems, bandById, isAboveAcceptance, scoreRisk } from '../risk-scoring';
import { isOverdue } from '../treatment-plan';
import { capFindings, count, inline, listOf } from './findings';
import { actionLink, controlLink, riskLink, screenLink } from './links';
import type { ReadinessRule } from './rule';
import type { ReadinessSnapshot } from './snapshot';

/** Consistency of the risk register with the method, the SoA and the treatment plan (6.1.2, 6.1.3, 8.2, 8.3). */

const REGISTER = screenLink('risks', 'Open the risk register');
const isRated = (r: Risk) => r.inherentLikelihood !== null && r.inherentImpact !== null;

export const riskControlsApplicable: ReadinessRule = {
  id: 'risk.controls-applicable',
  title: 'Every control the risk treatment relies on is applicable in the SoA',
  clause: '6.1.3',
  severity: 'blocker',
  why: 'A risk cannot be treated by a control the SoA excludes: the two records contradict each other and the auditor will ask which is true.',
  check: (s) => {
    const applicable = new Set(s.soa.filter((e) => e.applicable).map((e) => e.controlId));
    const reliedOn = new Map<string, Set<string>>();
    const note = (controlId: string, ref: string) => {
      if (applicable.has(controlId)) return;
      const refs = reliedOn.get(controlId) ?? new Set<string>();
      refs.add(ref);
      reliedOn.set(controlId, refs);
    };
    const riskRef = new Map(s.risks.map((r) => [r.id, r.ref]));
    for (const risk of s.risks) if (risk.status !== 'closed') for (const id of risk.controlIds) note(id, risk.ref);
    for (const action of s.treatmentActions) {
      if (action.controlId !== null && action.status !== 'cancelled') note(action.controlId, `${action.ref} (${riskRef.get(action.riskId) ?? 'risk'})`);
    }
    const ordered = s.soa.map((e) => e.controlId).filter((id) => reliedOn.has(id));
    const unknown = [...reliedOn.keys()].filter((id) => !ordered.includes(id));
    return capFindings(
      [...ordered, ...unknown].map((id) => {
        const refs = [...reliedOn.get(id)!];
        return {
          message: `A.${id} is not applicable in the SoA, yet ${listOf(refs)} ${refs.length === 1 ? 'relies' : 'rely'} on it.`,
          link: controlLink(id),
        };
      }),
      screenLink('soa', 'Open the Statement of Applicability'),
    );
  },
};

/** The risk as it is retained: its residual rating, or its inherent rating while no treatment is planned. */
function retainedRatings(risk: Risk): RiskInput | null {
  if (risk.residualLikelihood !== null && risk.residualImpact !== null) return risk;
  if (risk.treatment === null || risk.treatment === 'retain') {
    return { ...risk, residualLikelihood: risk.inherentLikelihood, residualImpact: risk.inherentImpact };
  }
  return null;
}

function acceptanceFindings(s: ReadinessSnapshot, risk: Risk): string[] {
  const method = s.riskMethod;
  const { inherentLevel, residualLevel } = scoreRisk(method, risk);
  const level = residualLevel ?? inherentLevel;
  if (!isAboveAcceptance(method, level)) return [];
  const problems: string[] = [];
  if (risk.treatment === null) problems.push('No treatment option is chosen.');
  if (risk.owner.trim() === '') problems.push('No risk owner is named.');
  const retained = retainedRatings(risk);
  if (retained === null) problems.push('The residual risk after treatment is not rated.');
  else problems.push(...acceptanceProblems(method, retained));
  if (problems.length === 0) return [];
  const band = bandById(method, level)?.label ?? level;
  return [`${risk.ref} ${risk.title} (${residualLevel === null ? 'inherent' : 'residual'} level ${band}): ${problems.join(' ')}`];
}

export const riskAcceptance: ReadinessRule = {
  id: 'risk.acceptance',
  title: 'Every risk above the acceptance criteria has a treatment, an owner and a recorded acceptance of the residual risk',
  clause: '6.1.3 f',
  severity: 'blocker',
  why: 'Risk owners must approve the treatment plan and accept the residual risk; above the criteria that acceptance has to be on record.',
  check: (s) =>
    capFindings(
      s.risks
        .filter((r) => r.status !== 'closed')
        .flatMap((r) => acceptanceFindings(s, r).map((message) => ({ message, link: riskLink(r.ref) }))),
      REGISTER,
    ),
};

export const riskTreatmentChosen: ReadinessRule = {
  id: 'risk.treatment-chosen',
  title: 'Every assessed risk has a treatment decision',
  clause: '6.1.3 a',
  severity: 'warning',
  why: 'Each assessed risk needs a decision — modify, retain, avoid or share — even when it sits within the acceptance criteria.',
  check: (s) =>
    capFindings(
      s.risks
        .filter((r) => r.status !== 'closed' && isRated(r) && r.treatment === null)
        .map((r) => ({
          message: `${r.ref} ${r.title} is assessed but has no treatment decision.`,
          link: riskLink(r.ref),
        })),
      REGISTER,
    ),
};

export const riskAwaitingAssessment: ReadinessRule = {
  id: 'risk.awaiting-assessment',
  title: 'Every identified risk has been assessed',
  clause: '8.2',
  severity: 'warning',
  why: 'Risks identified but never rated show the assessment is incomplete; auditors check new risks reach assessment promptly.',
  check: (s) =>
    capFindings(
      s.risks
        .filter((r) => r.status === 'identified' && !isRated(r))
        .map((r) => ({ message: `${r.ref} ${r.title} is identified but not yet rated for likelihood and impact.`, link: riskLink(r.ref) })),
      REGISTER,
    ),
};

export const treatmentActionsOnTime: ReadinessRule = {
  id: 'risk.actions-on-time',
  title: 'No risk treatment action is overdue',
  clause: '8.3',
  severity: 'advice',
  why: 'Late treatment actions leave risks above their target level for longer than planned; the auditor asks what is being done about them.',
  check: (s) => {
    const overdue = s.treatmentActions.filter((a) => isOverdue(a, s.today));
    const riskRef = new Map(s.risks.map((r) => [r.id, r.ref]));
    return capFindings(
      overdue.map((a) => ({
        message: `${a.ref} (${riskRef.get(a.riskId) ?? 'risk'}) ${inline(a.title)} was due on ${a.dueDate} and is ${a.status === 'planned' ? 'still planned' : 'still in progress'}.`,
        link: actionLink(a.ref),
      })),
      screenLink('treatment-plan', `Open the treatment plan (${count(overdue.length, 'overdue action')})`),
    );
  },
};
