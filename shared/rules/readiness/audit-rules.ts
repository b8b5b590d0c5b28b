import { isNonconformityFinding, type AuditFinding } from '../../domain/audit';
import type { ReadinessFinding } from '../../domain/readiness';
import { auditCoverage } from '../audit-coverage';
import { independenceWarnings } from '../auditor-independence';
import { capFindings, count, listOf } from './findings';
import { auditLink, nonconformityLink, screenLink } from './links';
import type { ReadinessRule } from './rule';
import type { ReadinessSnapshot } from './snapshot';

/** The internal audit programme (9.2) and what happens to its nonconformities (10.2). */

const AUDIT = screenLink('audit', 'Open Internal audit');

function coverageOf(s: ReadinessSnapshot) {
  return auditCoverage(
    s.audits,
    s.soa.filter((e) => e.applicable).map((e) => e.controlId),
    s.auditCycle,
  );
}

export const auditProgrammeCoversClauses: ReadinessRule = {
  id: 'audit.clause-coverage',
  title: 'The audit programme covers every clause 4 to 10 within the certification cycle',
  clause: '9.2.2',
  severity: 'warning',
  why: 'Over the certification cycle every requirement of the management system must be audited at least once; auditors check the plan adds up.',
  check: (s) => {
    const coverage = coverageOf(s);
    const findings: ReadinessFinding[] = [];
    if (s.auditCycle.start === null || s.auditCycle.end === null) {
      findings.push({ message: 'The certification cycle has no start or end date, so coverage cannot be judged over it.', link: AUDIT });
    }
    for (const clause of coverage.clauses.filter((c) => c.auditRefs.length === 0)) {
      findings.push({ message: `No audit in the cycle covers clause ${clause.id} (${clause.title}).`, link: AUDIT });
    }
    return findings;
  },
};

export const auditProgrammeCoversControls: ReadinessRule = {
  id: 'audit.control-coverage',
  title: 'The audit programme covers every applicable Annex A control within the cycle',
  clause: '9.2.2',
  severity: 'advice',
  why: 'Controls never audited over the cycle are controls whose operation nobody has checked independently.',
  check: (s) => {
    const { unplannedControls, clauses } = coverageOf(s);
    // With no clause covered at all the programme is missing, which the clause coverage rule already says.
    if (unplannedControls.length === 0 || clauses.every((c) => c.auditRefs.length === 0)) return [];
    return [
      {
        message: `No audit in the cycle covers ${count(unplannedControls.length, 'applicable control')}: ${listOf(unplannedControls.map((id) => `A.${id}`), 12)}.`,
        link: AUDIT,
      },
    ];
  },
};

export const auditorsIndependent: ReadinessRule = {
  id: 'audit.independence',
  title: 'No auditor audits their own work',
  clause: '9.2.2',
  severity: 'warning',
  why: 'Auditors must be chosen so the audit is objective and impartial; auditing one’s own controls or management system is the classic failure.',
  check: (s) => {
    const context = {
      controlOwners: new Map(s.soa.map((e) => [e.controlId, e.owner])),
      roles: s.roles,
      ismsOwner: s.organisation.ismsOwner,
    };
    return capFindings(
      s.audits
        .filter((a) => a.status !== 'cancelled')
        .flatMap((a) => independenceWarnings(a, context).map((w) => ({ message: w.message, link: auditLink(a.ref) }))),
      AUDIT,
    );
  },
};

function uncorrected(s: ReadinessSnapshot, type: AuditFinding['type']): ReadinessFinding[] {
  const ncById = new Map(s.nonconformities.map((nc) => [nc.id, nc]));
  return s.findings
    .filter((f) => f.type === type && isNonconformityFinding(f.type))
    .flatMap((f) => {
      const nc = f.nonconformityId === null ? undefined : ncById.get(f.nonconformityId);
      if (!nc) {
        return [{ message: `${f.ref} is a ${type} nonconformity with no nonconformity record raised for it.`, link: auditLink(f.ref) }];
      }
      if (nc.correctiveAction.trim() === '') {
        return [{ message: `${f.ref} is recorded as ${nc.ref}, which has no corrective action yet.`, link: nonconformityLink(nc.ref) }];
      }
      return [];
    });
}

export const majorFindingsCorrected: ReadinessRule = {
  id: 'audit.major-findings',
  title: 'Every major audit nonconformity has a nonconformity record with a corrective action',
  clause: '10.2',
  severity: 'blocker',
  why: 'A major nonconformity left without a planned corrective action would stop certification at Stage 2; it must be dealt with first.',
  check: (s) => capFindings(uncorrected(s, 'major'), AUDIT),
};

export const minorFindingsCorrected: ReadinessRule = {
  id: 'audit.minor-findings',
  title: 'Every minor audit nonconformity has a nonconformity record with a corrective action',
  clause: '10.2',
  severity: 'warning',
  why: 'Minor nonconformities may still be open at Stage 1, but each needs a record and a corrective action the auditor can follow up.',
  check: (s) => capFindings(uncorrected(s, 'minor'), AUDIT),
};
