import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { BLANK_AUDIT, type AuditInput, type FindingInput } from '../../shared/domain/audit';
import { listChanges } from '../repositories/change-log-repo';
import { createAudit, createFinding, deleteAudit, readAuditOverview, setAuditCycle, updateAudit, updateFinding } from './audit-service';
import { createNonconformity, listNonconformityRegister } from './nonconformity-service';
import { updateSoaEntry } from './soa-service';

const tempDir = useTempDir();

const audit = (over: Partial<AuditInput> = {}): AuditInput => ({
  ...BLANK_AUDIT,
  title: 'ISMS internal audit',
  clauses: ['9.2', '4'],
  controls: ['8.7', '5.10', '8.7'],
  auditors: ['Priya Natarajan, Halden Assurance', ' '],
  plannedStart: '2026-09-14',
  plannedEnd: '2026-09-18',
  ...over,
});

const finding = (auditId: number, over: Partial<FindingInput> = {}): FindingInput => ({
  auditId,
  type: 'conformity',
  clause: null,
  control: '8.7',
  description: 'Malware protection is deployed on every laptop.',
  evidence: 'Kandji compliance report',
  nonconformityId: null,
  ...over,
});

describe('audits', () => {
  it('numbers audits by the year they start and tidies the lists it stores', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const first = createAudit(ctx, audit());
    const second = createAudit(ctx, audit({ plannedStart: '2026-11-02', plannedEnd: null }));
    const undated = createAudit(ctx, audit({ plannedStart: null, plannedEnd: null }));
    const next = createAudit(ctx, audit({ plannedStart: '2027-03-01', plannedEnd: '2027-03-02' }));
    expect([first.ref, second.ref, undated.ref, next.ref]).toEqual(['IA-2026-01', 'IA-2026-02', 'IA-2026-03', 'IA-2027-01']);
    // Clauses in the standard's order, controls in Annex A order, no duplicates or blanks.
    expect(first).toMatchObject({ clauses: ['4', '9.2'], controls: ['5.10', '8.7'], auditors: ['Priya Natarajan, Halden Assurance'] });
    session.close();
  });

  it('refuses unknown clauses and controls, back-to-front dates, and a completed audit without an auditor', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    expect(() => createAudit(ctx, audit({ clauses: ['4.9'] }))).toThrow('Clause 4.9 is not a clause');
    expect(() => createAudit(ctx, audit({ controls: ['5.38'] }))).toThrow('5.38 is not an Annex A control');
    expect(() => createAudit(ctx, audit({ plannedEnd: '2026-09-01' }))).toThrow('cannot end before it starts');
    const created = createAudit(ctx, audit({ auditors: [] }));
    expect(() => updateAudit(ctx, created.id, { status: 'completed' })).toThrow('at least one auditor');
    expect(updateAudit(ctx, created.id, { status: 'completed', auditors: ['Priya'] }).status).toBe('completed');
    const changes = listChanges(ctx.db, { area: 'audit', recordId: created.ref, limit: 20 }).map((c) => c.field);
    expect(changes).toEqual(expect.arrayContaining(['created', 'status', 'auditors']));
    session.close();
  });

  it('keeps the certification cycle in the settings, and counts only audits within it', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    expect(readAuditOverview(ctx).cycle).toEqual({ start: null, end: null });
    expect(() => setAuditCycle(ctx, { start: '2028-12-31', end: '2026-01-01' })).toThrow('must end after it starts');
    setAuditCycle(ctx, { start: '2026-01-01', end: '2028-12-31' });
    const settings = ctx.db.prepare("SELECT key, value FROM isms_setting WHERE key LIKE 'cycle.%' ORDER BY key").all();
    expect(settings).toEqual([
      { key: 'cycle.end', value: '2028-12-31' },
      { key: 'cycle.start', value: '2026-01-01' },
    ]);
    createAudit(ctx, audit({ plannedStart: '2029-02-01', plannedEnd: null }));
    createAudit(ctx, audit({ clauses: ['5'], controls: ['5.1'] }));
    const overview = readAuditOverview(ctx);
    expect(overview.coverage.notCounted).toEqual([{ ref: 'IA-2029-01', reason: 'outside-cycle' }]);
    expect(overview.coverage.unplannedClauses).toEqual(['4', '6', '7', '8', '9', '10']);
    expect(overview.coverage.unplannedControls).toHaveLength(92);
    setAuditCycle(ctx, { start: null, end: null });
    expect(readAuditOverview(ctx).cycle).toEqual({ start: null, end: null });
    session.close();
  });

  it('leaves controls the SoA excludes out of the coverage, and warns about auditors auditing their own controls', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    updateSoaEntry(ctx, '7.6', { applicable: false, exclusionJustification: 'No secure areas: fully remote.' });
    updateSoaEntry(ctx, '8.7', { owner: 'IT Lead' });
    expect(readAuditOverview(ctx).coverage.controls).toHaveLength(92);
    createAudit(ctx, audit({ auditors: ['Callum Fraser, IT Lead'], auditees: ['Callum Fraser'] }));
    createAudit(ctx, audit({ auditors: ['Callum Fraser, IT Lead'], status: 'cancelled' }));
    const warnings = readAuditOverview(ctx).independence;
    expect(warnings.map((w) => [w.auditRef, w.concern, w.items])).toEqual([
      ['IA-2026-01', 'auditee', []],
      ['IA-2026-01', 'control-owner', ['8.7']],
    ]);
    session.close();
  });
});

describe('findings', () => {
  it('numbers findings within their audit, and flags nonconformity findings with no record', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const a = createAudit(ctx, audit());
    const f1 = createFinding(ctx, finding(a.id));
    const f2 = createFinding(ctx, finding(a.id, { type: 'minor', clause: '7.2', control: null, description: 'Training late.' }));
    expect([f1.ref, f2.ref]).toEqual(['IA-2026-01-F01', 'IA-2026-01-F02']);
    expect(readAuditOverview(ctx).unlinkedFindings).toEqual(['IA-2026-01-F02']);
    const nc = createNonconformity(ctx, {
      source: 'audit', sourceRef: f2.ref, raisedOn: '2026-09-18', description: 'Training late.', correction: '', rootCause: '',
      correctiveAction: '', owner: '', dueDate: null, status: 'open', effectivenessReviewedOn: null, effectivenessResult: null, effectivenessNote: '',
    });
    updateFinding(ctx, f2.id, { nonconformityId: nc.id });
    expect(readAuditOverview(ctx).unlinkedFindings).toEqual([]);
    expect(listNonconformityRegister(ctx)[0]!.findingRefs).toEqual(['IA-2026-01-F02']);
    session.close();
  });

  it('ties every finding to a clause or a control that exists', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const a = createAudit(ctx, audit());
    expect(() => createFinding(ctx, finding(a.id, { control: null }))).toThrow('Tie the finding to a clause');
    expect(() => createFinding(ctx, finding(a.id, { clause: '11' }))).toThrow();
    expect(() => createFinding(ctx, finding(a.id, { clause: '9.4' }))).toThrow('Clause 9.4 is not a clause');
    expect(() => createFinding(ctx, finding(a.id, { nonconformityId: 99 }))).toThrow('does not exist');
    expect(() => createFinding(ctx, finding(a.id, { description: '  ' }))).toThrow('Describe the finding');
    session.close();
  });

  it('deletes an audit with its findings and keeps the nonconformities they raised', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const a = createAudit(ctx, audit());
    const f = createFinding(ctx, finding(a.id, { type: 'minor' }));
    const nc = createNonconformity(ctx, {
      source: 'audit', sourceRef: f.ref, raisedOn: '2026-09-18', description: 'x', correction: '', rootCause: '', correctiveAction: '',
      owner: '', dueDate: null, status: 'open', effectivenessReviewedOn: null, effectivenessResult: null, effectivenessNote: '',
    });
    updateFinding(ctx, f.id, { nonconformityId: nc.id });
    deleteAudit(ctx, a.id);
    expect(readAuditOverview(ctx).findings).toEqual([]);
    expect(listNonconformityRegister(ctx)).toMatchObject([{ ref: 'NC-001', sourceRef: 'IA-2026-01-F01', findingRefs: [] }]);
    session.close();
  });
});

describe('the sample programme', () => {
  it('covers every clause and applicable control over the cycle, with independent auditors and every NC finding linked', () => {
    const { ctx, session } = openTestWorkbook(tempDir(), { sample: true });
    const overview = readAuditOverview(ctx);
    expect(overview.cycle).toEqual({ start: '2026-01-01', end: '2028-12-31' });
    expect(overview.audits.map((a) => `${a.ref} ${a.status}`)).toEqual([
      'IA-2026-01 completed',
      'IA-2027-01 planned',
      'IA-2027-02 planned',
      'IA-2028-01 planned',
    ]);
    expect(overview.coverage.complete).toBe(true);
    expect(overview.coverage.controls).toHaveLength(90);
    expect(overview.independence).toEqual([]);
    expect(overview.unlinkedFindings).toEqual([]);
    const types = overview.findings.map((f) => f.type);
    expect(types.filter((t) => t === 'conformity').length).toBeGreaterThan(types.length / 2);
    expect(types.filter((t) => t === 'minor')).toHaveLength(2);
    expect(listNonconformityRegister(ctx).map((nc) => [nc.ref, nc.status, nc.findingRefs])).toEqual([
      ['NC-001', 'closed', ['IA-2026-01-F03']],
      ['NC-002', 'action-planned', ['IA-2026-01-F04']],
    ]);
    session.close();
  });
});
