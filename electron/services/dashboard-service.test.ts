import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { riskInput } from '../../test/fixtures/risk-records';
import { EMPTY_CERTIFICATION_PLAN } from '../../shared/domain/certification';
import { certificationCycle } from '../../shared/rules/certification-cycle';
import { listChanges } from '../repositories/change-log-repo';
import { listOverdue, readCertification, updateCertification } from './dashboard-service';
import { insertRisks } from './risk-service';
import { seedSampleCertification } from './sample/certification-sample';
import { inTransaction } from './workbook-context';

const tempDir = useTempDir();
/** The sample's "today": mid-morning on 23 November 2026. */
const NOV_23 = () => new Date(2026, 10, 23, 10, 0, 0);

const sample = () => openTestWorkbook(tempDir(), { sample: true, now: NOV_23 });
const blank = () => openTestWorkbook(tempDir(), { now: NOV_23 });

describe('overdue items', () => {
  it('lists the sample’s late treatment actions and its document past review, most overdue first, with links', () => {
    const { ctx, session } = sample();
    const report = listOverdue(ctx);
    expect(report.asOf).toBe('2026-11-23');
    expect(report.items.map((i) => [i.ref, i.daysOverdue])).toEqual([
      ['A-041', 54],
      ['POL-003', 44],
      ['A-006', 24],
      ['A-047', 10],
      ['A-044', 6],
      ['A-014', 3],
    ]);
    expect(report.total).toBe(6);
    expect(report.byKind).toMatchObject({ 'treatment-action': 5, 'document-review': 1, 'risk-review': 0, 'management-review': 0 });
    expect(report.items[0]).toEqual({
      kind: 'treatment-action',
      ref: 'A-041',
      title: expect.stringContaining('clear desk'),
      dueOn: '2026-09-30',
      daysOverdue: 54,
      owner: 'IT Lead',
      link: { screen: 'treatment-plan', record: 'A-041', label: 'Open A-041 in the treatment plan' },
    });
    expect(report.items[1]).toMatchObject({ kind: 'document-review', owner: 'Callum Fraser, IT Lead', link: { screen: 'documents', record: 'POL-003' } });
    session.close();
  });

  it('covers every register, leaving out records that are finished, closed, retired or cancelled', () => {
    const { ctx, session } = sample();
    const db = ctx.db;
    db.prepare(`UPDATE treatment_action SET status = 'done' WHERE ref = 'A-041'`).run();
    db.prepare(`UPDATE treatment_action SET status = 'cancelled' WHERE ref = 'A-006'`).run();
    db.prepare(`UPDATE nonconformity SET due_date = '2026-11-01'`).run(); // NC-001 is closed, NC-002 is not
    db.prepare(`UPDATE isms_document SET status = 'retired' WHERE document_id = 'POL-003'`).run();
    db.prepare(`UPDATE isms_document SET next_review = '2026-11-20' WHERE document_id = 'POL-016'`).run(); // a draft is not in force: no review is due
    db.prepare(`UPDATE risk SET next_review = '2026-11-13' WHERE ref IN ('R-001', 'R-002')`).run();
    db.prepare(`UPDATE risk SET status = 'closed' WHERE ref = 'R-002'`).run();
    db.prepare(`UPDATE objective SET due_date = '2026-11-01' WHERE ref IN ('OBJ-001', 'OBJ-003', 'OBJ-008')`).run(); // OBJ-003 is achieved
    db.prepare(`UPDATE objective SET status = 'retired' WHERE ref = 'OBJ-008'`).run();
    db.prepare(`UPDATE audit SET planned_end = '2026-11-20', planned_start = '2026-11-18' WHERE ref = 'IA-2027-01'`).run();
    db.prepare(`UPDATE audit SET status = 'cancelled', planned_end = '2026-11-20', planned_start = '2026-11-18' WHERE ref = 'IA-2027-02'`).run();
    db.prepare(`UPDATE management_review SET held_on = '2025-10-22'`).run();

    const report = listOverdue(ctx);
    const byRef = new Map(report.items.map((i) => [i.ref, i]));
    expect([...byRef.keys()].sort()).toEqual(['A-014', 'A-044', 'A-047', 'IA-2027-01', 'MR-2026-01', 'NC-002', 'OBJ-001', 'R-001']);
    expect(byRef.get('NC-002')).toMatchObject({ kind: 'nonconformity', daysOverdue: 22, owner: 'Head of People', link: { screen: 'nonconformities', record: 'NC-002' } });
    expect(byRef.get('R-001')).toMatchObject({ kind: 'risk-review', daysOverdue: 10, link: { screen: 'risks', record: 'R-001' } });
    expect(byRef.get('OBJ-001')).toMatchObject({ kind: 'objective', daysOverdue: 22, link: { screen: 'objectives', record: 'OBJ-001' } });
    expect(byRef.get('IA-2027-01')).toMatchObject({
      kind: 'internal-audit',
      daysOverdue: 3,
      owner: 'Priya Natarajan, Halden Assurance (contract internal auditor)',
      link: { screen: 'audit', record: 'IA-2027-01' },
    });
    expect(byRef.get('MR-2026-01')).toMatchObject({
      kind: 'management-review',
      dueOn: '2026-10-22',
      daysOverdue: 32,
      owner: 'Siobhan Kerr, Head of Security & Compliance',
      link: { screen: 'management-review', record: 'MR-2026-01' },
    });
    expect(report.total).toBe(8);
    const days = report.items.map((i) => i.daysOverdue ?? Infinity);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    session.close();
  });

  it('counts a workbook without any management review held, ahead of everything dated', () => {
    const { ctx, session } = blank();
    const report = listOverdue(ctx);
    expect(report.items).toEqual([
      {
        kind: 'management-review',
        ref: null,
        title: 'No management review has been held yet',
        dueOn: null,
        daysOverdue: null,
        owner: '',
        link: { screen: 'management-review', label: 'Open the management reviews' },
      },
    ]);
    expect(report.total).toBe(1);
    session.close();
  });

  it('stays quick on 5,000 risks and returns only the most overdue, with the full count', () => {
    const { ctx, session } = sample();
    const inputs = Array.from({ length: 5000 }, (_, i) =>
      riskInput({ title: `Risk ${i + 1}`, owner: `Owner ${i % 25}`, nextReview: i % 2 === 0 ? `2026-${String((i % 10) + 1).padStart(2, '0')}-15` : '2027-06-01' }),
    );
    inTransaction(ctx, () => insertRisks(ctx, inputs));
    listOverdue(ctx); // prepares the statements once, as the app does on its first dashboard
    const started = performance.now();
    const report = listOverdue(ctx, 50);
    const elapsed = performance.now() - started;
    expect(report.byKind['risk-review']).toBe(2500);
    expect(report.total).toBe(2506);
    expect(report.items).toHaveLength(50);
    expect(report.items[0]).toMatchObject({ kind: 'risk-review', dueOn: '2026-01-15', daysOverdue: 312 });
    expect(elapsed).toBeLessThan(250);
    session.close();
  });
});

describe('certification plan', () => {
  const PLAN = {
    certificationBody: 'Brightwater Certification Ltd',
    stage1: '2027-02-16',
    stage2: '2027-04-20',
    surveillance1: null,
    surveillance2: null,
    recertification: null,
  };

  it('starts empty, saves dates in order and logs each change', () => {
    const { ctx, session } = blank();
    expect(readCertification(ctx)).toEqual(EMPTY_CERTIFICATION_PLAN);
    expect(updateCertification(ctx, PLAN)).toEqual(PLAN);
    expect(readCertification(ctx)).toEqual(PLAN);
    const changes = listChanges(ctx.db, { area: 'certification', limit: 20 });
    expect(changes.map((c) => [c.field, c.oldValue, c.newValue]).sort()).toEqual([
      ['certificationBody', '', 'Brightwater Certification Ltd'],
      ['stage1', null, '2027-02-16'],
      ['stage2', null, '2027-04-20'],
    ]);

    updateCertification(ctx, { ...PLAN, certificationBody: '', stage1: null });
    expect(readCertification(ctx)).toEqual({ ...PLAN, certificationBody: '', stage1: null });
    const settings = ctx.db.prepare(`SELECT key FROM isms_setting WHERE key LIKE 'certification.%' ORDER BY key`).pluck().all();
    expect(settings).toEqual(['certification.stage2']);
    session.close();
  });

  it('refuses audits out of order with a message that names them, and saves nothing', () => {
    const { ctx, session } = blank();
    updateCertification(ctx, PLAN);
    const logged = listChanges(ctx.db, { limit: 1000 }).length;
    expect(() => updateCertification(ctx, { ...PLAN, stage2: '2027-01-10' })).toThrow('The Stage 2 audit must come after the Stage 1 audit');
    expect(readCertification(ctx)).toEqual(PLAN);
    expect(listChanges(ctx.db, { limit: 1000 })).toHaveLength(logged);
    session.close();
  });

  it('gives the sample a plan in step with its story: Stage 1 next, in the first quarter of 2027', () => {
    const { ctx, session } = sample();
    inTransaction(ctx, () => seedSampleCertification(ctx));
    const plan = readCertification(ctx);
    expect(plan.certificationBody).toBe('Brightwater Certification Ltd');
    const cycle = certificationCycle(plan, '2026-11-23');
    expect(cycle.next).toMatchObject({ milestone: 'stage1', date: '2027-02-16' });
    expect(cycle.notes).toEqual([]);
    // Certified by 30 June 2027 (objective OBJ-008) needs Stage 2 well before then.
    expect(plan.stage2! < '2027-06-30').toBe(true);
    session.close();
  });
});
