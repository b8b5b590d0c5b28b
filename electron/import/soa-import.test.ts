import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/domain/exports';
import type { SoaEntry } from '../../shared/domain/soa';
import { AppError } from '../../shared/ipc/result';
import { readSoaExportData } from '../export/soa-data';
import { buildSoaXlsx } from '../export/xlsx/soa-xlsx';
import { listSoa } from '../services/soa-service';
import type { WorkbookContext } from '../services/workbook-context';
import { WorkbookSession } from '../workbook-session';
import { importSoa } from './soa-import';

let dir: string;
let session: WorkbookSession;
let ctx: WorkbookContext;
let workbookPath: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isms-soa-import-'));
  workbookPath = path.join(dir, 'test.isms');
  session = new WorkbookSession({ actor: 'test', now: () => new Date('2026-04-01T09:00:00Z') });
  session.create(workbookPath, 'Test Org', false);
  ctx = session.context();
});
afterEach(() => {
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function csv(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
  return file;
}

const entry = (id: string): SoaEntry => {
  const found = listSoa(ctx).find((e) => e.controlId === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};
const soaChanges = () =>
  (ctx.db.prepare("SELECT count(*) AS n FROM change_log WHERE area = 'soa'").get() as { n: number }).n;

async function importFailure(promise: Promise<unknown>): Promise<ImportReport & { path: string }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('IMPORT_FAILED');
  return (error as AppError).details as ImportReport & { path: string };
}

describe('importSoa: reading the file', () => {
  it('reads control IDs in the forms people write them', async () => {
    const file = csv('ids.csv', ['Control ID,Owner', 'A.5.1,Alice', '5.2,Bob', 'A 5.3,Carol', 'a.05.04,Dan', 'A5.5,Eve']);
    const report = await importSoa(ctx, file, { dryRun: false });
    expect(report).toEqual({ rows: 5, applied: 5, problems: [], dryRun: false });
    expect(['5.1', '5.2', '5.3', '5.4', '5.5'].map((id) => entry(id).owner)).toEqual([
      'Alice',
      'Bob',
      'Carol',
      'Dan',
      'Eve',
    ]);
  });

  it('recognises header synonyms in any case, and semicolon-separated files', async () => {
    const file = csv('synonyms.csv', [
      'ANNEX A;Applicability;Justification for inclusion;Exclusion justification;Status;Control owner;Implementation;Evidence;Last reviewed',
      'A.5.7;yes;Risk treatment, Contractual;;In progress;SOC lead;MDR service;Threat feed log\nWeekly report;2026-03-31',
      'A.7.5;not applicable;;Fully remote company: no premises;Not implemented;;;;',
      'A.8.1;x;legal, best practice, business requirement;;partial;IT;;;2026-02-01T10:00:00Z',
    ]);
    const report = await importSoa(ctx, file, { dryRun: false });
    expect(report.applied).toBe(3);
    expect(entry('5.7')).toMatchObject({
      applicable: true,
      reasons: ['risk-treatment', 'contractual'],
      status: 'partial',
      owner: 'SOC lead',
      implementation: 'MDR service',
      evidence: ['Threat feed log', 'Weekly report'],
      lastReviewed: '2026-03-31',
    });
    expect(entry('7.5')).toMatchObject({
      applicable: false,
      exclusionJustification: 'Fully remote company: no premises',
      status: 'not-started',
    });
    expect(entry('8.1')).toMatchObject({
      reasons: ['legal-regulatory', 'business-best-practice'],
      status: 'partial',
      lastReviewed: '2026-02-01',
    });
  });

  it('accepts the other synonyms: ID, In scope, Reason for exclusion, Implementation status', async () => {
    const file = csv('more.csv', [
      'id,In Scope,Reason for exclusion,Implementation status,Reasons,How implemented',
      '7.1,N,No offices,Planned,,',
      '8.2,1,,Implemented,legal,Privileged access via PAM',
      '8.3,true,,implemented,Business requirement / best practice,',
    ]);
    await importSoa(ctx, file, { dryRun: false });
    expect(entry('7.1')).toMatchObject({ applicable: false, exclusionJustification: 'No offices', status: 'planned' });
    expect(entry('8.2')).toMatchObject({ status: 'implemented', reasons: ['legal-regulatory'] });
    expect(entry('8.2').implementation).toBe('Privileged access via PAM');
    expect(entry('8.3').reasons).toEqual(['business-best-practice']);
  });

  it('picks the ID column when a "Control" column holds the titles', async () => {
    const file = csv('ref.csv', ['Ref,Control,Applicable,Justification for exclusion', 'A.7.4,Physical security monitoring,No,Serviced office']);
    await importSoa(ctx, file, { dryRun: false });
    expect(entry('7.4')).toMatchObject({ applicable: false, exclusionJustification: 'Serviced office' });
  });

  it('imports an Excel sheet with real date cells and Excel serials', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('SoA');
    sheet.addRow(['Control ID', 'Title', 'Last reviewed', 'Evidence']);
    sheet.addRow(['A.5.15', 'Access control', new Date(Date.UTC(2026, 0, 15)), 'Access policy; IAM export']);
    sheet.addRow(['A.5.16', 'Identity management', 46_000, '']);
    sheet.getCell('C2').numFmt = 'yyyy-mm-dd';
    const file = path.join(dir, 'soa.xlsx');
    await workbook.xlsx.writeFile(file);
    await importSoa(ctx, file, { dryRun: false });
    expect(entry('5.15')).toMatchObject({ lastReviewed: '2026-01-15', evidence: ['Access policy', 'IAM export'] });
    expect(entry('5.16').lastReviewed).toBe('2025-12-09');
  });
});

describe('importSoa: writing', () => {
  it('changes the entries and logs every changed field to the change log', async () => {
    const before = soaChanges();
    const file = csv('good.csv', [
      'Control,Applicable,Justification for exclusion,Status,Owner',
      'A.7.1,No,Remote-only company,,',
      'A.5.1,,,Implemented,CISO',
    ]);
    const report = await importSoa(ctx, file, { dryRun: false });
    expect(report).toEqual({ rows: 2, applied: 2, problems: [], dryRun: false });
    const logged = ctx.db
      .prepare("SELECT record_id, field, old_value, new_value, actor FROM change_log WHERE area = 'soa' ORDER BY id")
      .all()
      .slice(-4);
    expect(soaChanges()).toBe(before + 4);
    expect(logged).toEqual([
      { record_id: '7.1', field: 'applicable', old_value: 'true', new_value: 'false', actor: 'test' },
      {
        record_id: '7.1',
        field: 'exclusionJustification',
        old_value: '',
        new_value: 'Remote-only company',
        actor: 'test',
      },
      { record_id: '5.1', field: 'status', old_value: 'not-started', new_value: 'implemented', actor: 'test' },
      { record_id: '5.1', field: 'owner', old_value: '', new_value: 'CISO', actor: 'test' },
    ]);
  });

  it('leaves fields alone for absent columns and empty cells, and skips rows that change nothing', async () => {
    await importSoa(ctx, csv('first.csv', ['Control,Owner,Status', 'A.5.1,CISO,Planned', 'A.5.2,CTO,Implemented']), {
      dryRun: false,
    });
    const before = soaChanges();
    const report = await importSoa(ctx, csv('second.csv', ['Control,Owner,Status', 'A.5.1,,Implemented', 'A.5.2,CTO,']), {
      dryRun: false,
    });
    expect(report.applied).toBe(1);
    expect(entry('5.1')).toMatchObject({ owner: 'CISO', status: 'implemented' });
    expect(entry('5.2')).toMatchObject({ owner: 'CTO', status: 'implemented' });
    expect(soaChanges()).toBe(before + 1);
  });

  it('accepts "not applicable" without a justification in the file when the workbook already has one', async () => {
    await importSoa(ctx, csv('a.csv', ['Control,Applicable,Justification for exclusion', 'A.7.2,Yes,Kept for later']), {
      dryRun: false,
    });
    await importSoa(ctx, csv('b.csv', ['Control,Applicable', 'A.7.2,No']), { dryRun: false });
    expect(entry('7.2')).toMatchObject({ applicable: false, exclusionJustification: 'Kept for later' });
  });

  it('a dry run reports what would change and changes nothing', async () => {
    const soaBefore = listSoa(ctx);
    const logBefore = soaChanges();
    session.close();
    const bytesBefore = fs.readFileSync(workbookPath);
    await session.open(workbookPath);
    ctx = session.context();

    const file = csv('dry.csv', ['Control,Owner', 'A.5.1,CISO', 'A.5.2,CTO', 'A.5.3,']);
    const report = await importSoa(ctx, file, { dryRun: true });
    expect(report).toEqual({ rows: 3, applied: 2, problems: [], dryRun: true });
    expect(listSoa(ctx)).toEqual(soaBefore);
    expect(soaChanges()).toBe(logBefore);
    session.close();
    expect(fs.readFileSync(workbookPath).equals(bytesBefore)).toBe(true);
  });

  it('round-trips its own Excel export', async () => {
    const sampleSession = new WorkbookSession({ actor: 'test' });
    sampleSession.create(path.join(dir, 'sample.isms'), 'Sample', true);
    try {
      const sampleCtx = sampleSession.context();
      const file = path.join(dir, 'export.xlsx');
      fs.writeFileSync(file, await buildSoaXlsx(readSoaExportData(sampleCtx)));

      // Into the workbook it came from: nothing to change.
      expect(await importSoa(sampleCtx, file, { dryRun: false })).toMatchObject({ rows: 93, applied: 0 });
      // Into a fresh workbook: every entry becomes the sample's.
      const report = await importSoa(ctx, file, { dryRun: false });
      expect(report.rows).toBe(93);
      const sample = listSoa(sampleCtx);
      const imported = listSoa(ctx);
      for (const [i, expected] of sample.entries()) {
        const got = imported[i]!;
        // An empty cell leaves a field unchanged, so compare where the sample has a value.
        expect(got.applicable).toBe(expected.applicable);
        expect(got.status).toBe(expected.status);
        if (expected.reasons.length > 0) expect([...got.reasons].sort()).toEqual([...expected.reasons].sort());
        if (expected.exclusionJustification) expect(got.exclusionJustification).toBe(expected.exclusionJustification);
        if (expected.implementation) expect(got.implementation).toBe(expected.implementation);
        if (expected.owner) expect(got.owner).toBe(expected.owner);
        if (expected.evidence.length > 0) expect(got.evidence).toEqual(expected.evidence);
        expect(got.lastReviewed).toBe(expected.lastReviewed);
      }
    } finally {
      sampleSession.close();
    }
  });
});

describe('importSoa: problems', () => {
  it('reports every bad row by number and column and leaves the workbook byte-for-byte unchanged', async () => {
    const file = csv('bad.csv', [
      'Control,Applicable,Status,Owner',
      'A.5.1,Yes,Implemented,CISO',
      'A.5.99,Yes,Implemented,CTO',
      'A.5.2,Yes,Implemented,CTO',
      'A.7.1,No,Implemented,Facilities',
    ]);
    const soaBefore = listSoa(ctx);
    const logBefore = soaChanges();
    session.close();
    const bytesBefore = fs.readFileSync(workbookPath);

    await session.open(workbookPath);
    ctx = session.context();
    const details = await importFailure(importSoa(ctx, file, { dryRun: false }));
    expect(details.problems.map((p) => p.row)).toEqual([3, 5]);
    expect(details.problems[0]).toMatchObject({ row: 3, column: 'Control', message: expect.stringMatching(/A\.5\.99/) });
    expect(details.problems[1]).toMatchObject({
      row: 5,
      column: 'Applicable',
      message: expect.stringMatching(/A\.7\.1 is marked not applicable.*Justification for exclusion/),
    });
    expect(details).toMatchObject({ rows: 4, applied: 0, dryRun: false });
    expect(listSoa(ctx)).toEqual(soaBefore);
    expect(soaChanges()).toBe(logBefore);

    session.close();
    expect(fs.readFileSync(workbookPath).equals(bytesBefore)).toBe(true);
  });

  it('the error message counts the problems', async () => {
    const file = csv('two.csv', ['Control,Status', 'A.5.1,Maybe', 'A.5.2,Sometimes']);
    const error = await importSoa(ctx, file, { dryRun: false }).catch((e: AppError) => e);
    expect((error as AppError).message).toBe('2 problems; nothing was imported.');
  });

  it('collects all kinds of problem in one pass', async () => {
    const file = csv('many.csv', [
      'Control,Applicable,Reasons,Status,Last reviewed',
      ',Yes,,,',
      'A.12.1.1,Yes,,,',
      'A.5.1,perhaps,Risk treatment; Marketing,Sort of,31/03/2026',
      'A.5.2,Yes,,,2026-02-30',
      'A.5.2,Yes,,,',
    ]);
    const details = await importFailure(importSoa(ctx, file, { dryRun: true }));
    expect(details.dryRun).toBe(true);
    expect(details.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'Control'],
      [3, 'Control'],
      [4, 'Applicable'],
      [4, 'Reasons'],
      [4, 'Status'],
      [4, 'Last reviewed'],
      [5, 'Last reviewed'],
      [6, 'Control'],
    ]);
    const messages = details.problems.map((p) => p.message);
    expect(messages[1]).toMatch(/2013 edition/);
    expect(messages[3]).toMatch(/"Marketing" is not a reason/);
    expect(messages[7]).toMatch(/also in row 5/);
  });

  it('refuses a file without a control column, or with nothing but the control', async () => {
    const noControl = await importFailure(importSoa(ctx, csv('nc.csv', ['Title,Owner', 'x,y']), { dryRun: false }));
    expect(noControl.problems).toEqual([{ row: 1, message: expect.stringMatching(/no column naming the control/) }]);
    const onlyControl = await importFailure(
      importSoa(ctx, csv('oc.csv', ['Control ID,Title,Notes', 'A.5.1,Policies,x']), { dryRun: false }),
    );
    expect(onlyControl.problems).toEqual([{ row: 1, message: expect.stringMatching(/no column to import/) }]);
    const twice = await importFailure(
      importSoa(ctx, csv('tw.csv', ['Control,Status,Implementation status', 'A.5.1,Planned,Planned']), { dryRun: false }),
    );
    expect(twice.problems).toEqual([{ row: 1, column: 'Implementation status', message: expect.stringMatching(/same thing/) }]);
  });

  it('passes on reading failures from the file reader', async () => {
    const file = csv('empty-rows.csv', ['Control,Owner']);
    await expect(importSoa(ctx, file, { dryRun: false })).rejects.toMatchObject({ code: 'IMPORT_FAILED' });
  });
});
