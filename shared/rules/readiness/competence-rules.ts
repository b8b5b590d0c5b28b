import { recordsForRole, trainingValidity } from '../../domain/competence';
import { capFindings } from './findings';
import { screenLink } from './links';
import type { ReadinessRule } from './rule';

/** Competence of the people holding ISMS roles (7.2). */

const COMPETENCE = screenLink('competence', 'Open Competence');

/**
 * A role is evidenced by a record that has not expired, of its holder or filed under the role (the same matching
 * the competence screen and document use). Roles listing no required competences are left to roles.assigned.
 */
export const roleCompetenceEvidenced: ReadinessRule = {
  id: 'competence.roles-evidenced',
  title: 'Every role that requires competences has current evidence for its holder',
  clause: '7.2',
  severity: 'advice',
  why: 'Auditors pick a role, read the competences it requires and ask for the holder’s records; an expired or missing record leaves the question open.',
  check: (s) =>
    capFindings(
      s.roles
        .filter((role) => role.competences.length > 0)
        .filter((role) => !recordsForRole(role, s.trainingRecords).some((r) => trainingValidity(r, s.today) !== 'expired'))
        .map((role) => ({
          message: `No current training, awareness or qualification record evidences the role “${role.title}”: none is held by its holder${role.holder.trim() ? ` (${role.holder.trim()})` : ''} or filed under the role.`,
          link: COMPETENCE,
        })),
      COMPETENCE,
    ),
};
