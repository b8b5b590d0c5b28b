import { capFindings } from './findings';
import { controlLink, screenLink } from './links';
import type { ReadinessRule } from './rule';

/** Consistency of the Statement of Applicability (6.1.3 d) and ownership of its controls. */

const SOA_SCREEN = screenLink('soa', 'Open the Statement of Applicability');

export const soaJustified: ReadinessRule = {
  id: 'soa.justified',
  title: 'Every applicable control has a reason and every excluded control a justification',
  clause: '6.1.3 d',
  severity: 'blocker',
  why: 'The SoA must say why each control is included and justify each exclusion; an unexplained decision is a nonconformity.',
  check: (s) =>
    capFindings(
      s.soa.flatMap((entry) => {
        if (entry.applicable && entry.reasons.length === 0) {
          return [
            {
              message: `A.${entry.controlId} is applicable but no reason for including it is given.`,
              link: controlLink(entry.controlId),
            },
          ];
        }
        if (!entry.applicable && entry.exclusionJustification.trim() === '') {
          return [{ message: `A.${entry.controlId} is excluded without a justification.`, link: controlLink(entry.controlId) }];
        }
        return [];
      }),
      SOA_SCREEN,
    ),
};

export const soaOwners: ReadinessRule = {
  id: 'soa.owners',
  title: 'Every applicable control has an owner',
  clause: '5.3',
  severity: 'advice',
  why: 'A control nobody owns is rarely operated or reviewed; auditors ask who is responsible for each control they sample.',
  check: (s) =>
    capFindings(
      s.soa
        .filter((entry) => entry.applicable && entry.owner.trim() === '')
        .map((entry) => ({ message: `A.${entry.controlId} is applicable but has no owner.`, link: controlLink(entry.controlId) })),
      SOA_SCREEN,
    ),
};
