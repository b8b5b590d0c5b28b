import { describe, expect, it } from 'vitest';
import type { AuditFinding } from '../../shared/domain/audit';
import { findingSummary, flaggedAuditors, parseClause, parseControl, requirementLabel } from './audit-view';

const finding = (type: AuditFinding['type']): AuditFinding =>
  ({ id: 1, auditId: 1, ref: 'IA-2026-01-F01', type, clause: null, control: '5.1', description: 'x', evidence: '', nonconformityId: null }) as AuditFinding;

describe('audit view helpers', () => {
  it('reads clause numbers as people type them, and only real clauses', () => {
    expect(parseClause('9.2')).toBe('9.2');
    expect(parseClause('Clause 6.1.3')).toBe('6.1.3');
    expect(parseClause('9.2 Internal audit')).toBe('9.2');
    expect(parseClause('10')).toBe('10');
    expect(parseClause('9.4')).toBeNull();
    expect(parseClause('11')).toBeNull();
    expect(parseClause('A.5.1')).toBeNull();
  });

  it('reads control numbers, with or without their title', () => {
    expect(parseControl('A.5.15')).toBe('5.15');
    expect(parseControl('8.13')).toBe('8.13');
    expect(parseControl('A.8.9 Configuration management')).toBe('8.9');
    expect(parseControl('5.38')).toBeNull();
  });

  it('summarises findings in type order with plurals', () => {
    expect(findingSummary([finding('minor'), finding('conformity'), finding('conformity'), finding('minor'), finding('improvement')])).toBe(
      '2 conformities · 2 minor NCs · 1 improvement',
    );
    expect(findingSummary([])).toBe('');
  });

  it('labels requirements and gathers each auditor’s concerns', () => {
    expect(requirementLabel({ clause: '7.2', control: '6.3' })).toBe('7.2 · A.6.3');
    expect(requirementLabel({ clause: null, control: null })).toBe('—');
    const flagged = flaggedAuditors([
      { auditRef: 'IA-1', auditor: 'Sam', concern: 'auditee', items: [], message: 'Sam is also an auditee of IA-1.' },
      { auditRef: 'IA-1', auditor: 'Sam', concern: 'control-owner', items: ['5.1'], message: 'Sam owns control A.5.1.' },
    ]);
    expect(flagged.get('Sam')).toBe('Sam is also an auditee of IA-1.\nSam owns control A.5.1.');
  });
});
