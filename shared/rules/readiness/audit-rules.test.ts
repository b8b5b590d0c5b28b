import { describe, expect, it } from 'vitest';
import { auditorsIndependent, auditProgrammeCoversClauses, auditProgrammeCoversControls, majorFindingsCorrected, minorFindingsCorrected } from './audit-rules';
import { audit, checkWith, finding } from './test-snapshot';

const AUDIT = { screen: 'audit', label: 'Open Internal audit' };

describe('audit.clause-coverage (9.2.2)', () => {
  it('passes when audits in the cycle reach every clause 4 to 10', () => expect(checkWith(auditProgrammeCoversClauses)).toEqual([]));

  it('fails for each clause no counted audit reaches; cancelled and out-of-cycle audits do not count', () => {
    const findings = checkWith(auditProgrammeCoversClauses, (s) => {
      s.audits = [
        audit(1, { clauses: ['4', '5', '6', '7', '8', '9.2'] }),
        audit(2, { status: 'cancelled', clauses: ['10'] }),
        audit(3, { status: 'planned', plannedStart: '2029-02-01', plannedEnd: null, clauses: ['10'] }),
      ];
    });
    expect(findings).toEqual([{ message: 'No audit in the cycle covers clause 10 (Improvement).', link: AUDIT }]);
  });

  it('fails when the certification cycle has no dates', () => {
    expect(checkWith(auditProgrammeCoversClauses, (s) => (s.auditCycle = { start: '2026-01-01', end: null }))).toEqual([
      { message: 'The certification cycle has no start or end date, so coverage cannot be judged over it.', link: AUDIT },
    ]);
  });
});

describe('audit.control-coverage (9.2.2)', () => {
  it('passes when every applicable control is audited; excluded ones need not be', () => {
    expect(checkWith(auditProgrammeCoversControls, (s) => (s.audits[0]!.controls = s.audits[0]!.controls.filter((id) => id !== '7.6')))).toEqual([]);
  });

  it('fails listing the applicable controls no audit covers', () => {
    const findings = checkWith(auditProgrammeCoversControls, (s) => (s.audits[0]!.controls = s.audits[0]!.controls.filter((id) => id !== '5.23' && id !== '8.16')));
    expect(findings).toEqual([{ message: 'No audit in the cycle covers 2 applicable controls: A.5.23 and A.8.16.', link: AUDIT }]);
  });

  it('stays quiet when there is no programme at all, which the clause coverage reports', () => {
    expect(checkWith(auditProgrammeCoversControls, (s) => (s.audits = []))).toEqual([]);
  });
});

describe('audit.independence (9.2.2)', () => {
  it('passes with an outside auditor', () => expect(checkWith(auditorsIndependent)).toEqual([]));

  it('fails when the ISMS owner audits management-system clauses, linking to the audit; cancelled audits are ignored', () => {
    const findings = checkWith(auditorsIndependent, (s) => {
      s.audits.push(audit(2, { status: 'planned', auditors: ['Sam Lead'], controls: [], clauses: ['9.3'] }));
      s.audits.push(audit(3, { status: 'cancelled', auditors: ['Sam Lead'], controls: [], clauses: ['9.3'] }));
    });
    expect(findings).toEqual([
      { message: 'Sam Lead runs the ISMS and would audit management-system clauses 9.3.', link: { screen: 'audit', record: 'IA-2026-02', label: 'Open IA-2026-02 in Internal audit' } },
    ]);
  });
});

describe('audit.major-findings (10.2)', () => {
  it('passes with a major finding whose nonconformity has a corrective action', () => {
    expect(checkWith(majorFindingsCorrected, (s) => (s.findings[1]!.type = 'major'))).toEqual([]);
  });

  it('fails on a major finding with no nonconformity record, linking to the finding in its audit', () => {
    const findings = checkWith(majorFindingsCorrected, (s) => s.findings.push(finding(3, 1, { type: 'major' })));
    expect(findings).toEqual([
      { message: 'IA-2026-01-F03 is a major nonconformity with no nonconformity record raised for it.', link: { screen: 'audit', record: 'IA-2026-01-F03', label: 'Open IA-2026-01-F03 in Internal audit' } },
    ]);
  });

  it('fails on a major finding whose nonconformity has no corrective action yet, linking to it', () => {
    const findings = checkWith(majorFindingsCorrected, (s) => {
      s.findings[1]!.type = 'major';
      s.nonconformities[0]!.correctiveAction = '';
    });
    expect(findings).toEqual([
      { message: 'IA-2026-01-F02 is recorded as NC-001, which has no corrective action yet.', link: { screen: 'nonconformities', record: 'NC-001', label: 'Open NC-001 in Nonconformities' } },
    ]);
  });
});

describe('audit.minor-findings (10.2)', () => {
  it('passes with the minor finding linked to a nonconformity with a corrective action; majors are not its concern', () => {
    expect(checkWith(minorFindingsCorrected, (s) => s.findings.push(finding(3, 1, { type: 'major' })))).toEqual([]);
  });

  it('fails on a minor finding left without a nonconformity', () => {
    const findings = checkWith(minorFindingsCorrected, (s) => (s.findings[1]!.nonconformityId = null));
    expect(findings.map((f) => f.message)).toEqual(['IA-2026-01-F02 is a minor nonconformity with no nonconformity record raised for it.']);
    expect(minorFindingsCorrected.severity).toBe('warning');
    expect(majorFindingsCorrected.severity).toBe('blocker');
  });
});
