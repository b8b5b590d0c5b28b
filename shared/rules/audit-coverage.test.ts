import { describe, expect, it } from 'vitest';
import { ANNEX_A } from '../catalog/annex-a';
import { auditCoverage, notCountedReason, type CoverageAudit } from './audit-coverage';

const CYCLE = { start: '2026-01-01', end: '2028-12-31' };
const ALL_CONTROLS = ANNEX_A.map((c) => c.id);

const audit = (ref: string, over: Partial<CoverageAudit> = {}): CoverageAudit => ({
  ref,
  status: 'planned',
  clauses: [],
  controls: [],
  plannedStart: '2026-09-14',
  plannedEnd: '2026-09-18',
  ...over,
});

describe('notCountedReason', () => {
  it('counts a dated, live audit that starts within the cycle', () => {
    expect(notCountedReason(audit('IA-1'), CYCLE)).toBeNull();
    expect(notCountedReason(audit('IA-1', { status: 'completed' }), CYCLE)).toBeNull();
  });

  it('leaves out cancelled, undated and out-of-cycle audits', () => {
    expect(notCountedReason(audit('IA-1', { status: 'cancelled' }), CYCLE)).toBe('cancelled');
    expect(notCountedReason(audit('IA-1', { plannedStart: null, plannedEnd: null }), CYCLE)).toBe('undated');
    expect(notCountedReason(audit('IA-1', { plannedStart: '2029-01-10', plannedEnd: null }), CYCLE)).toBe('outside-cycle');
    expect(notCountedReason(audit('IA-1', { plannedStart: '2025-12-31' }), CYCLE)).toBe('outside-cycle');
  });

  it('uses the end date when only that is known, and counts every dated audit when no cycle is set', () => {
    expect(notCountedReason(audit('IA-1', { plannedStart: null, plannedEnd: '2027-03-01' }), CYCLE)).toBeNull();
    expect(notCountedReason(audit('IA-1', { plannedStart: '2031-01-01' }), { start: null, end: null })).toBeNull();
  });
});

describe('auditCoverage', () => {
  it('lists every clause and applicable control as unplanned when nothing is planned', () => {
    const coverage = auditCoverage([], ['5.1', '8.7'], CYCLE);
    expect(coverage.unplannedClauses).toEqual(['4', '5', '6', '7', '8', '9', '10']);
    expect(coverage.unplannedControls).toEqual(['5.1', '8.7']);
    expect(coverage.complete).toBe(false);
  });

  it('covers a clause named directly or through any of its sub-clauses', () => {
    const coverage = auditCoverage([audit('IA-1', { clauses: ['4', '6.1.2', '9.2', '10'] })], [], CYCLE);
    expect(coverage.unplannedClauses).toEqual(['5', '7', '8']);
    const nine = coverage.clauses.find((c) => c.id === '9')!;
    expect(nine.auditRefs).toEqual(['IA-1']);
    // Naming 9.2 reaches 9.2 only: 9.1 and 9.3 are reported as not yet reached.
    expect(nine.subClauses.map((s) => [s.id, s.auditRefs.length])).toEqual([
      ['9.1', 0],
      ['9.2', 1],
      ['9.3', 0],
    ]);
    expect(coverage.unplannedSubClauses).toEqual(expect.arrayContaining(['9.1', '9.3', '6.2', '6.3']));
    // Naming a whole clause reaches all its sub-clauses.
    expect(coverage.unplannedSubClauses.some((id) => id.startsWith('4.') || id.startsWith('10.'))).toBe(false);
    // 6.1.2 reaches its parent 6.1.
    expect(coverage.unplannedSubClauses).not.toContain('6.1');
  });

  it('covers only the applicable controls, across several audits, in Annex A order', () => {
    const coverage = auditCoverage(
      [audit('IA-2', { plannedStart: '2027-09-13', controls: ['8.7', '5.10'] }), audit('IA-1', { controls: ['5.2', '8.7', '7.6'] })],
      ['5.2', '5.10', '8.7', '8.8'],
      CYCLE,
    );
    expect(coverage.controls.map((c) => c.id)).toEqual(['5.2', '5.10', '8.7', '8.8']);
    expect(coverage.controls.find((c) => c.id === '8.7')!.auditRefs).toEqual(['IA-1', 'IA-2']);
    expect(coverage.unplannedControls).toEqual(['8.8']);
    // 7.6 is excluded in the SoA: auditing it does no harm and it is not listed.
    expect(coverage.controls.some((c) => c.id === '7.6')).toBe(false);
  });

  it('ignores cancelled, undated and out-of-cycle audits, and says why', () => {
    const everything = { clauses: ['4', '5', '6', '7', '8', '9', '10'], controls: ALL_CONTROLS };
    const coverage = auditCoverage(
      [
        audit('IA-C', { ...everything, status: 'cancelled' }),
        audit('IA-U', { ...everything, plannedStart: null, plannedEnd: null }),
        audit('IA-O', { ...everything, plannedStart: '2030-02-01' }),
      ],
      ALL_CONTROLS,
      CYCLE,
    );
    expect(coverage.unplannedClauses).toHaveLength(7);
    expect(coverage.unplannedControls).toHaveLength(93);
    expect(coverage.notCounted).toEqual([
      { ref: 'IA-U', reason: 'undated' },
      { ref: 'IA-C', reason: 'cancelled' },
      { ref: 'IA-O', reason: 'outside-cycle' },
    ]);
  });

  it('is complete when every clause and applicable control is reached within the cycle', () => {
    const half = ALL_CONTROLS.slice(0, 50);
    const rest = ALL_CONTROLS.slice(50);
    const coverage = auditCoverage(
      [
        audit('IA-2026-01', { status: 'completed', clauses: ['4', '5', '6', '7'], controls: half }),
        audit('IA-2027-01', { plannedStart: '2027-09-13', clauses: ['8', '9', '10'], controls: rest }),
      ],
      ALL_CONTROLS,
      CYCLE,
    );
    expect(coverage.complete).toBe(true);
    expect(coverage.unplannedClauses).toEqual([]);
    expect(coverage.unplannedControls).toEqual([]);
  });
});
