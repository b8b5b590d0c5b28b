import { isNonconformityOverdue } from '../../domain/nonconformity';
import { capFindings } from './findings';
import { nonconformityLink, screenLink } from './links';
import type { ReadinessRule } from './rule';

/** Nonconformities and corrective action (10.2). */

const REGISTER = screenLink('nonconformities', 'Open Nonconformities');

export const correctiveActionsRecorded: ReadinessRule = {
  id: 'nc.corrective-action',
  title: 'Every nonconformity past its first step has a root cause and a corrective action',
  clause: '10.2',
  severity: 'warning',
  why: 'Corrective action must remove the cause, not just the symptom; the auditor looks for the root cause and the action that answers it.',
  check: (s) =>
    capFindings(
      s.nonconformities
        .filter((nc) => nc.status !== 'open')
        .flatMap((nc) => {
          const missing = [nc.rootCause.trim() === '' ? 'root cause' : null, nc.correctiveAction.trim() === '' ? 'corrective action' : null].filter(Boolean);
          return missing.length === 0 ? [] : [{ message: `${nc.ref} records no ${missing.join(' and no ')}.`, link: nonconformityLink(nc.ref) }];
        }),
      REGISTER,
    ),
};

export const correctiveActionsOnTime: ReadinessRule = {
  id: 'nc.on-time',
  title: 'No corrective action is overdue',
  clause: '10.2',
  severity: 'advice',
  why: 'Corrective actions past their due date suggest the nonconformity is not being dealt with; auditors follow them up.',
  check: (s) =>
    capFindings(
      s.nonconformities
        .filter((nc) => isNonconformityOverdue(nc, s.today))
        .map((nc) => ({ message: `${nc.ref} was due on ${nc.dueDate} and is still ${nc.status === 'open' ? 'open' : 'awaiting its action'}.`, link: nonconformityLink(nc.ref) })),
      REGISTER,
    ),
};
