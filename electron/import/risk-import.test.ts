import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/domain/exports';
import { AppError } from '../../shared/ipc/result';
import { assetInput, riskInput } from '../../test/fixtures/risk-records';
import { readRiskExportData } from '../export/risk-data';
import { buildRiskRegisterXlsx } from '../export/xlsx/risk-register-xlsx';
import { listRisks } from '../repositories/risk-repo';
import { createAsset } from '../services/asset-service';
import { createRisk } from '../services/risk-service';
import { listSoa, updateSoaEntry } from '../services/soa-service';
import type { WorkbookContext } from '../services/workbook-context';
import { WorkbookSession } from '../workbook-session';
import { assetListParser, importRisks, parseControls, parseStatus, parseTreatment, previewRiskImport } from './risk-import';

let dir: string;
let session: WorkbookSession;
let ctx: WorkbookContext;
let workbookPath: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isms-risk-import-'));
  workbookPath = path.join(dir, 'test.isms');
  session = new WorkbookSession({ actor: 'test', now: () => new Date('2026-04-01T09:00:00Z') });
  session.create(workbookPath, 'Test Org', false);
  ctx = session.context();
  createAsset(ctx, assetInput({ name: 'Customer database' })); // AS-001
  createAsset(ctx, assetInput({ name: 'Laptops, desktops' })); // AS-002
  createAsset(ctx, assetInput({ name: 'CRM' })); // AS-003
});
afterEach(() => {
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}
const csv = (name: string, lines: string[]) => write(name, lines.join('\r\n') + '\r\n');
const count = (sql: string) => (ctx.db.prepare(sql).get() as { n: number }).n;
const counts = () => ({
  risks: count('SELECT count(*) AS n FROM risk'),
  links: count('SELECT count(*) AS n FROM risk_asset'),
  controls: count('SELECT count(*) AS n FROM risk_control'),
  log: count('SELECT count(*) AS n FROM change_log'),
});

async function importFailure(promise: Promise<unknown>): Promise<ImportReport> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('IMPORT_FAILED');
  return (error as AppError).details as ImportReport;
}

describe('risk cell values', () => {
  const value = <T>(parsed: { ok: true; value: T } | { ok: false; message: string }) => (parsed.ok ? parsed.value : `! ${parsed.message}`);

  it('reads treatment options and their synonyms', () => {
    expect(['Modify (reduce)', 'reduce', 'Mitigate', 'Retain (accept)', 'Accept the risk', 'avoid', 'Terminate', 'Share (transfer)', 'Transfer'].map((t) => value(parseTreatment(t)))).toEqual([
      'modify', 'modify', 'modify', 'retain', 'retain', 'avoid', 'avoid', 'share', 'share',
    ]);
    expect(value(parseTreatment('Accept or transfer'))).toMatch(/not a treatment option: use Modify \(reduce\)/);
    expect(value(parseTreatment('Ignore'))).toMatch(/^! "Ignore"/);
  });

  it('reads statuses as labels and synonyms; "Open" means the default', () => {
    expect(['Identified', 'assessed', 'Treatment planned', 'In progress', 'treated', 'Mitigated', 'ACCEPTED', 'Closed', 'Open'].map((t) => value(parseStatus(t)))).toEqual([
      'identified', 'assessed', 'treatment-planned', 'treatment-planned', 'treated', 'treated', 'accepted', 'closed', null,
    ]);
    expect(value(parseStatus('Pending'))).toMatch(/not a risk status/);
  });

  it('reads controls in every form', () => {
    expect(value(parseControls('A.8.7, 8.8; A 5.1\nA5.2, a.05.03'))).toEqual(['8.7', '8.8', '5.1', '5.2', '5.3']);
    expect(value(parseControls('A.8.7; A.12.6.1; 9.1'))).toMatch(/"A.12.6.1", "9.1" are not Annex A controls/);
  });

  it('reads assets by reference or name, with names that contain commas', () => {
    const parse = assetListParser([
      { id: 1, ref: 'AS-001', name: 'Customer database' },
      { id: 2, ref: 'AS-002', name: 'Laptops, desktops' },
      { id: 3, ref: 'AS-003', name: 'CRM' },
      { id: 4, ref: 'AS-004', name: 'Twin' },
      { id: 5, ref: 'AS-005', name: 'twin' },
    ]);
    expect(value(parse('Laptops, desktops'))).toEqual([2]);
    expect(value(parse('as-1, CRM; laptops,  desktops\nAS-3'))).toEqual([1, 3, 2]);
    expect(value(parse('AS-001,crm'))).toEqual([1, 3]);
    expect(value(parse('AS-001; Printer, AS-099'))).toMatch(/"Printer", "AS-099" are not assets in this workbook/);
    expect(value(parse('Twin'))).toMatch(/More than one asset is named "Twin"/);
  });
});

describe('importRisks', () => {
  const HEADER = 'Risk ID,Risk,Description,Affected assets,Threat,Vulnerability,Risk owner,Existing controls,Likelihood,Impact,Inherent risk,Treatment,Annex A controls,Residual likelihood,Residual impact,Residual risk,Status,Next review date';

  it('imports a CSV with a BOM and quoted multi-line cells; ratings as numbers or labels', async () => {
    const file = write(
      'bom.csv',
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(
          [
            HEADER,
            'X1,Ransomware,"Encrypts the file shares,\nthen demands payment","AS-001; Laptops, desktops",Criminals,Unpatched VPN,CISO,EDR,Likely,Major,High,Mitigate,"A.8.7, 8.8; A 5.1",2,Major,Medium,,2026-09-30',
            'X2,Lost laptop,,"Laptops, desktops",Loss,,IT,,3,2,9,Accept,,,,,,',
            'X3,Supplier outage,,crm,,,,,,,,,,,,,,',
          ].join('\r\n'),
        ),
      ]),
    );
    const report = await importRisks(ctx, file, { dryRun: false });
    expect(report).toEqual({ rows: 3, applied: 3, problems: [], dryRun: false, created: ['R-001', 'R-002', 'R-003'], matches: [], skipped: 0 });
    const [ransomware, laptop, outage] = listRisks(ctx.db);
    expect(ransomware).toMatchObject({
      ref: 'R-001',
      title: 'Ransomware',
      description: 'Encrypts the file shares,\nthen demands payment',
      assetIds: [1, 2],
      threat: 'Criminals',
      vulnerability: 'Unpatched VPN',
      owner: 'CISO',
      existingControls: 'EDR',
      inherentLikelihood: 4,
      inherentImpact: 4,
      inherentLevel: 'high',
      treatment: 'modify',
      controlIds: ['5.1', '8.7', '8.8'],
      residualLikelihood: 2,
      residualImpact: 4,
      residualLevel: 'medium',
      status: 'assessed',
      nextReview: '2026-09-30',
    });
    // The "Inherent risk" column ("9") is ignored: levels are computed.
    expect(laptop).toMatchObject({ assetIds: [2], inherentLikelihood: 3, inherentImpact: 2, inherentLevel: 'medium', treatment: 'retain', status: 'assessed' });
    expect(outage).toMatchObject({ assetIds: [3], inherentLevel: null, treatment: null, status: 'identified', controlIds: [] });
    // Controls chosen to treat a risk are marked "risk treatment" in the SoA, as when a risk is added in the app.
    expect(listSoa(ctx).find((e) => e.controlId === '8.7')?.reasons).toContain('risk-treatment');
  });

  it('imports semicolon-separated UTF-8 without a BOM', async () => {
    const file = csv('semi.csv', [
      'Title;Owner;Inherent likelihood;Inherent impact;Controls;Status',
      'Phishing, credential theft;Zoë;almost certain;MINOR;A.6.3, A.5.17;Treatment planned',
    ]);
    await importRisks(ctx, file, { dryRun: false });
    expect(listRisks(ctx.db)[0]).toMatchObject({
      title: 'Phishing, credential theft',
      owner: 'Zoë',
      inherentLikelihood: 5,
      inherentImpact: 2,
      controlIds: ['5.17', '6.3'],
      status: 'treatment-planned',
    });
  });

  it('imports an Excel sheet with date cells and numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Risks');
    sheet.addRow(['Title', 'Assets', 'L', 'I', 'Residual L', 'Residual I', 'Accepted by', 'Accepted on', 'Rationale', 'Status', 'Review date']);
    sheet.addRow(['Key person leaves', 'CRM\nCustomer database', 4, 4, 3, 4, 'CEO', new Date(Date.UTC(2026, 2, 15)), 'Hiring in Q3', 'Accepted', new Date(Date.UTC(2026, 8, 1))]);
    sheet.getCell('H2').numFmt = 'yyyy-mm-dd';
    sheet.getCell('K2').numFmt = 'yyyy-mm-dd';
    const file = path.join(dir, 'risks.xlsx');
    await workbook.xlsx.writeFile(file);
    await importRisks(ctx, file, { dryRun: false });
    expect(listRisks(ctx.db)[0]).toMatchObject({
      assetIds: [1, 3],
      residualLevel: 'high',
      acceptedBy: 'CEO',
      acceptedOn: '2026-03-15',
      acceptanceRationale: 'Hiring in Q3',
      status: 'accepted',
      nextReview: '2026-09-01',
    });
  });

  it('imports its own register export back', async () => {
    await importRisks(ctx, csv('seed.csv', [HEADER, 'X1,Ransomware,Desc,AS-001;AS-002,T,V,CISO,EDR,4,4,,Reduce,A.8.7,2,4,,Treated,2026-09-30']), { dryRun: false });
    const file = write('register.xlsx', await buildRiskRegisterXlsx(readRiskExportData(ctx, 'risk-report')));
    const report = await importRisks(ctx, file, { dryRun: false });
    expect(report.created).toEqual(['R-002']);
    const [original, copy] = listRisks(ctx.db);
    expect({ ...copy, id: 0, ref: '' }).toEqual({ ...original, id: 0, ref: '' });
  });

  it('writes exactly what adding the same risks in the app writes: rows, change log, SoA links', async () => {
    const inputs = [
      { title: 'Ransomware', assetIds: [1, 2], inherentLikelihood: 4, inherentImpact: 5, treatment: 'modify' as const, controlIds: ['8.7', '5.1', '7.4'], residualLikelihood: 2, residualImpact: 3, status: 'treatment-planned' as const },
      { title: 'Lost laptop', assetIds: [2], controlIds: ['8.7', '8.1'], nextReview: '2026-09-30' },
    ];
    const file = csv('same.csv', [
      'Title,Assets,Likelihood,Impact,Treatment,Controls,Residual likelihood,Residual impact,Status,Next review',
      'Ransomware,AS-001; AS-002,4,5,Modify,A.8.7; A.5.1; A.7.4,2,3,Treatment planned,',
      'Lost laptop,AS-002,,,,A.8.7; A.8.1,,,,2026-09-30',
    ]);
    const other = new WorkbookSession({ actor: 'test', now: () => new Date('2026-04-01T09:00:00Z') });
    other.create(path.join(dir, 'other.isms'), 'Test Org', false);
    try {
      const otherCtx = other.context();
      for (const name of ['Customer database', 'Laptops, desktops', 'CRM']) createAsset(otherCtx, assetInput({ name }));
      const excluded = { applicable: false, exclusionJustification: 'No premises' };
      updateSoaEntry(ctx, '7.4', excluded);
      updateSoaEntry(otherCtx, '7.4', excluded);
      const logMark = (c: WorkbookContext) => (c.db.prepare('SELECT max(id) AS n FROM change_log').get() as { n: number }).n;
      const logSince = (c: WorkbookContext, mark: number) =>
        c.db.prepare('SELECT at, actor, area, record_id, field, old_value, new_value FROM change_log WHERE id > ? ORDER BY area, record_id, field').all(mark);
      const [markHere, markThere] = [logMark(ctx), logMark(otherCtx)];

      await importRisks(ctx, file, { dryRun: false });
      for (const input of inputs) createRisk(otherCtx, riskInput(input));

      expect(listRisks(ctx.db)).toEqual(listRisks(otherCtx.db));
      expect(logSince(ctx, markHere)).toEqual(logSince(otherCtx, markThere));
      expect(listSoa(ctx)).toEqual(listSoa(otherCtx));
      expect(listSoa(ctx).find((e) => e.controlId === '7.4')).toMatchObject({ applicable: false });
      expect(listSoa(ctx).find((e) => e.controlId === '8.1')?.reasons).toContain('risk-treatment');
    } finally {
      other.close();
    }
  });

  it('uses an explicit mapping over the guess', async () => {
    const file = csv('mapped.csv', ['Risk,Short name,Likelihood,Probability %', 'Long text nobody wants as title,Ransomware,3,60']);
    await importRisks(ctx, file, { dryRun: false, mapping: { 'Short name': 'title', Risk: 'description', 'Probability %': null } });
    expect(listRisks(ctx.db)[0]).toMatchObject({ title: 'Ransomware', description: 'Long text nobody wants as title', inherentLikelihood: 3 });
  });

  it('a dry run reports what would be added and changes nothing, down to the file bytes', async () => {
    const before = counts();
    session.close();
    const bytesBefore = fs.readFileSync(workbookPath);
    await session.open(workbookPath);
    ctx = session.context();
    const report = await importRisks(ctx, csv('dry.csv', ['Title,Controls', 'A,A.8.7', 'B,']), { dryRun: true });
    expect(report).toEqual({ rows: 2, applied: 2, problems: [], dryRun: true, created: [], matches: [], skipped: 0 });
    expect(counts()).toEqual(before);
    session.close();
    expect(fs.readFileSync(workbookPath).equals(bytesBefore)).toBe(true);
  });

  it('reports every bad row by number and column and leaves the workbook unchanged', async () => {
    await importRisks(ctx, csv('seed.csv', ['Title', 'Existing']), { dryRun: false });
    const before = counts();
    const soaBefore = listSoa(ctx);
    session.close();
    const bytesBefore = fs.readFileSync(workbookPath);
    await session.open(workbookPath);
    ctx = session.context();

    const file = csv('bad.csv', [
      'Title,Assets,Likelihood,Impact,Treatment,Controls,Residual likelihood,Residual impact,Status,Accepted on,Next review',
      'Fine,AS-001,Likely,Major,Reduce,A.8.7,2,2,,,',
      ',,,,,,,,,,',
      'No title,,,,,,,,,,',
      'Unknown things,Printer,Often,9,Ignore,A.12.6.1,,,Pending,31/12/2026,2026-02-30',
      'Needs acceptance,,5,5,Accept,,4,4,Accepted,,',
      '"Multi-line\ntitle",AS-001,,,,,,,,,',
      'Not permitted,,5,5,,,5,5,accepted,2026-01-01,',
    ]);
    const details = await importFailure(importRisks(ctx, file, { dryRun: false }));
    expect(details).toMatchObject({ rows: 6, applied: 0, dryRun: false });
    expect(details.problems.map((p) => [p.row, p.column ?? null])).toEqual([
      [5, 'Assets'],
      [5, 'Likelihood'],
      [5, 'Impact'],
      [5, 'Treatment'],
      [5, 'Controls'],
      [5, 'Status'],
      [5, 'Accepted on'],
      [5, 'Next review'],
      [6, null],
      [8, null],
    ]);
    const messages = details.problems.map((p) => p.message);
    expect(messages[0]).toMatch(/"Printer" is not an asset/);
    expect(messages[1]).toMatch(/"Often" is not a likelihood rating: use 1 to 5 or Rare, Unlikely, Possible, Likely, Almost certain/);
    expect(messages[2]).toMatch(/"9" is not on this workbook's impact scale: use 1 to 5/);
    expect(messages[4]).toMatch(/A\.12\.6\.1/);
    expect(messages[8]).toMatch(/needs formal acceptance.*record who accepted it, when, why/);
    expect(messages[9]).toMatch(/may not be retained/);

    expect(counts()).toEqual(before);
    expect(listSoa(ctx)).toEqual(soaBefore);
    session.close();
    expect(fs.readFileSync(workbookPath).equals(bytesBefore)).toBe(true);
  });

  it('reports an empty title against the title column', async () => {
    // Row 3 of this file has a title-less row with other cells filled.
    const details = await importFailure(importRisks(ctx, csv('notitle.csv', ['Title,Owner', 'A,Me', ',Someone']), { dryRun: true }));
    expect(details.problems).toEqual([{ row: 3, column: 'Title', message: 'The risk needs a title' }]);
  });

  it('refuses a file with no title column', async () => {
    const details = await importFailure(importRisks(ctx, csv('none.csv', ['Owner,Threat', 'Me,Fire']), { dryRun: false }));
    expect(details.problems).toEqual([{ row: 1, message: expect.stringMatching(/No column is read as Title/) }]);
  });
});

describe('previewRiskImport', () => {
  it('returns the guessed mapping, the fields and parsed rows with their problems, changing nothing', async () => {
    const file = csv('preview.csv', ['Ref,Risk,Likelihood,Impact,Inherent risk,Notes', 'R1,Fire,Possible,Severe,High,x', 'R2,Flood,Sometimes,2,,y']);
    const before = counts();
    const preview = await previewRiskImport(ctx, file);
    expect(preview.headers).toEqual(['Ref', 'Risk', 'Likelihood', 'Impact', 'Inherent risk', 'Notes']);
    expect(preview.mapping).toEqual({ Ref: 'ref', Risk: 'title', Likelihood: 'inherentLikelihood', Impact: 'inherentImpact', 'Inherent risk': 'inherentLevel', Notes: null });
    expect(preview.fields.map((f) => f.field)).toContain('residualImpact');
    expect(preview.totalRows).toBe(2);
    expect(preview.rows[0]).toMatchObject({ row: 2, cells: { title: 'Fire', inherentLikelihood: 'Possible' }, value: { title: 'Fire', inherentLikelihood: 3, inherentImpact: 5, status: 'assessed' }, problems: [] });
    expect(preview.rows[1]).toMatchObject({ row: 3, value: null, problems: [{ row: 3, column: 'Likelihood' }] });
    expect(preview.problems).toHaveLength(1);
    expect(counts()).toEqual(before);
  });
});
