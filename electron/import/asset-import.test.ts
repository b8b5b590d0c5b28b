import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/domain/exports';
import { AppError } from '../../shared/ipc/result';
import { listAssets } from '../repositories/asset-repo';
import { createAsset } from '../services/asset-service';
import type { WorkbookContext } from '../services/workbook-context';
import { WorkbookSession } from '../workbook-session';
import { importAssets, parseAssetType, parseCia, previewAssetImport } from './asset-import';

let dir: string;
let session: WorkbookSession;
let ctx: WorkbookContext;
let workbookPath: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isms-asset-import-'));
  workbookPath = path.join(dir, 'test.isms');
  session = new WorkbookSession({ actor: 'test', now: () => new Date('2026-04-01T09:00:00Z') });
  session.create(workbookPath, 'Test Org', false);
  ctx = session.context();
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
const assetCount = () => count('SELECT count(*) AS n FROM asset');
const logCount = () => count('SELECT count(*) AS n FROM change_log');

async function importFailure(promise: Promise<unknown>): Promise<ImportReport> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('IMPORT_FAILED');
  return (error as AppError).details as ImportReport;
}

describe('asset cell values', () => {
  it('reads types as labels and sensible synonyms', () => {
    const type = (t: string) => {
      const parsed = parseAssetType(t);
      return parsed.ok ? parsed.value : null;
    };
    expect(['Information asset', 'DATA', 'SaaS', 'Cloud service', 'Laptop', 'Server', 'Application', 'Staff', 'Office', 'Vendor', 'Third-party', 'Hardware assets'].map(type)).toEqual([
      'information', 'information', 'service', 'service', 'hardware', 'hardware', 'software', 'people', 'site', 'supplier', 'supplier', 'hardware',
    ]);
    expect(parseAssetType('Spaceship')).toEqual({ ok: false, message: expect.stringMatching(/not an asset type: use Information, Software/) });
  });

  it('reads CIA values as 1-3, Low/Medium/High, L/M/H and "3 High"', () => {
    const cia = (t: string) => {
      const parsed = parseCia(t, 'confidentiality');
      return parsed.ok ? parsed.value : parsed.message;
    };
    expect(['1', '2', '3', 'low', 'Medium', 'HIGH', 'L', 'm', 'h', '3 High', 'Med'].map(cia)).toEqual([1, 2, 3, 1, 2, 3, 1, 2, 3, 3, 2]);
    expect(cia('4')).toMatch(/not on this workbook's confidentiality scale: use 1 to 3 or Low, Medium, High/);
    expect(cia('1 High')).toMatch(/two different/);
  });
});

describe('importAssets', () => {
  const HEADER = 'Asset ID,Asset name,Asset type,Owner,Classification,C,I,A,Location,Notes';

  it('imports a CSV with a BOM, quoted multi-line cells and header synonyms', async () => {
    const file = write(
      'bom.csv',
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(
          [
            HEADER,
            'X-1,Customer database,Information asset,CTO,confidential,3,H,Medium,AWS eu-west-1,"Orders, invoices\nand contacts"',
            'X-2,Zoë\'s laptop,Laptop,Zoë,Internal,M,2,L,Home office,',
            'X-3,Payroll,SaaS,HR lead,,,,,,',
          ].join('\r\n'),
        ),
      ]),
    );
    const report = await importAssets(ctx, file, { dryRun: false });
    expect(report).toEqual({ rows: 3, applied: 3, problems: [], dryRun: false, created: ['AS-001', 'AS-002', 'AS-003'], matches: [], skipped: 0 });
    const [db, laptop, payroll] = listAssets(ctx.db);
    expect(db).toMatchObject({
      ref: 'AS-001',
      name: 'Customer database',
      type: 'information',
      owner: 'CTO',
      classification: 'Confidential',
      confidentiality: 3,
      integrity: 3,
      availability: 2,
      location: 'AWS eu-west-1',
      description: 'Orders, invoices\nand contacts',
    });
    expect(laptop).toMatchObject({ name: "Zoë's laptop", type: 'hardware', classification: 'Internal', confidentiality: 2, integrity: 2, availability: 1 });
    // Blank CIA values read as Medium; blank classification stays blank.
    expect(payroll).toMatchObject({ type: 'service', classification: '', confidentiality: 2, integrity: 2, availability: 2 });
    // One "created" entry per asset in the change log.
    expect(count("SELECT count(*) AS n FROM change_log WHERE area = 'asset' AND field = 'created'")).toBe(3);
  });

  it('imports semicolon-separated UTF-8 without a BOM', async () => {
    const file = csv('semi.csv', ['Name;Type;Confidentiality;Integrity;Availability;Location', 'Łódź office;Site;1;1;3;Łódź, PL']);
    await importAssets(ctx, file, { dryRun: false });
    expect(listAssets(ctx.db)[0]).toMatchObject({ name: 'Łódź office', type: 'site', availability: 3, location: 'Łódź, PL' });
  });

  it('imports an Excel sheet, including its own export headers ("3 High", Related risks)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Inventory');
    sheet.addRow(['Ref', 'Name', 'Type', 'Owner', 'Classification', 'Confidentiality', 'Integrity', 'Availability', 'Location', 'Description', 'Related risks']);
    sheet.addRow(['AS-007', 'Source code', 'Software', 'CTO', 'Restricted', '3 High', '3 High', '2 Medium', 'GitHub', 'Monorepo', 'R-001; R-002']);
    sheet.addRow(['AS-008', 'Office', 'Site', 'COO', 'Internal', 1, 1, 2, 'Berlin', '', '']);
    const file = path.join(dir, 'assets.xlsx');
    await workbook.xlsx.writeFile(file);
    const report = await importAssets(ctx, file, { dryRun: false });
    expect(report.created).toEqual(['AS-001', 'AS-002']);
    expect(listAssets(ctx.db).map((a) => [a.name, a.type, a.confidentiality, a.availability])).toEqual([
      ['Source code', 'software', 3, 2],
      ['Office', 'site', 1, 2],
    ]);
  });

  it('uses an explicit mapping over the guess', async () => {
    const file = csv('mapped.csv', ['Asset,Kind,Steward,Owner', 'CRM,Service,Sales ops,Someone else']);
    await importAssets(ctx, file, { dryRun: false, mapping: { Steward: 'owner', Kind: 'type' } });
    expect(listAssets(ctx.db)[0]).toMatchObject({ name: 'CRM', type: 'service', owner: 'Sales ops' });
  });

  it('a dry run reports what would be added and changes nothing, down to the file bytes', async () => {
    session.close();
    const bytesBefore = fs.readFileSync(workbookPath);
    await session.open(workbookPath);
    ctx = session.context();
    const file = csv('dry.csv', ['Name,Type', 'CRM,Service', 'Laptops,Hardware']);
    expect(await importAssets(ctx, file, { dryRun: true })).toEqual({ rows: 2, applied: 2, problems: [], dryRun: true, created: [], matches: [], skipped: 0 });
    expect(assetCount()).toBe(0);
    session.close();
    expect(fs.readFileSync(workbookPath).equals(bytesBefore)).toBe(true);
  });

  it('reports every bad row by number and column and imports nothing', async () => {
    createAsset(ctx, { name: 'CRM', type: 'service', owner: '', classification: '', confidentiality: 2, integrity: 2, availability: 2, location: '', description: '' });
    const assetsBefore = listAssets(ctx.db);
    const logBefore = logCount();
    session.close();
    const bytesBefore = fs.readFileSync(workbookPath);
    await session.open(workbookPath);
    ctx = session.context();

    const file = csv('bad.csv', [
      'Name,Type,Classification,C,I,A',
      'Good one,Information,Public,1,1,1',
      ',Hardware,,,,',
      'Rocket,Spaceship,Top secret,4,2,X',
      '',
      'crm,Service,,,,',
      'Laptops,Hardware,,,,',
      'laptops,,,,,',
    ]);
    const details = await importFailure(importAssets(ctx, file, { dryRun: false }));
    expect(details).toMatchObject({ rows: 6, applied: 0, dryRun: false });
    expect(details.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'Name'],
      [4, 'Type'],
      [4, 'Classification'],
      [4, 'C'],
      [4, 'A'],
      [6, 'Name'],
      [8, 'Name'],
      [8, 'Type'],
    ]);
    const messages = details.problems.map((p) => p.message);
    expect(messages[0]).toMatch(/needs a name/);
    expect(messages[2]).toMatch(/"Top secret" is not one of the organisation's classification labels: Public, Internal, Confidential, Restricted/);
    expect(messages[5]).toMatch(/already has an asset named "crm" \(AS-001\)/);
    expect(messages[6]).toMatch(/also in row 7/);
    expect(messages[7]).toMatch(/type is empty/);
    const error = await importAssets(ctx, file, { dryRun: true }).catch((e: AppError) => e);
    expect((error as AppError).message).toBe('8 problems; nothing was imported.');

    expect(listAssets(ctx.db)).toEqual(assetsBefore);
    expect(logCount()).toBe(logBefore);
    session.close();
    expect(fs.readFileSync(workbookPath).equals(bytesBefore)).toBe(true);
  });

  it('refuses a file whose mapping lacks a required field', async () => {
    const details = await importFailure(importAssets(ctx, csv('noname.csv', ['Type,Owner', 'Service,Me']), { dryRun: false }));
    expect(details.problems).toEqual([{ row: 1, message: expect.stringMatching(/No column is read as Name/) }]);
  });
});

describe('previewAssetImport', () => {
  it('shows the headers, the guessed mapping, the fields and the first rows with their problems', async () => {
    const lines = ['Asset,Category,Owner,Remarks'];
    for (let i = 1; i <= 60; i += 1) lines.push(`Asset ${i},${i === 3 ? 'Nonsense' : 'Service'},Owner ${i},x`);
    const preview = await previewAssetImport(ctx, csv('many.csv', lines));
    expect(preview.headers).toEqual(['Asset', 'Category', 'Owner', 'Remarks']);
    expect(preview.mapping).toEqual({ Asset: 'name', Category: 'type', Owner: 'owner', Remarks: null });
    expect(preview.fields.find((f) => f.field === 'name')).toMatchObject({ label: 'Name', required: true });
    expect(preview.totalRows).toBe(60);
    expect(preview.rows).toHaveLength(50);
    expect(preview.rows[0]).toMatchObject({
      row: 2,
      cells: { name: 'Asset 1', type: 'Service', owner: 'Owner 1' },
      value: { name: 'Asset 1', type: 'service', owner: 'Owner 1', confidentiality: 2 },
      problems: [],
    });
    expect(preview.rows[2]).toMatchObject({ row: 4, value: null, problems: [{ row: 4, column: 'Category' }] });
    expect(preview.problems).toHaveLength(1);
    expect(assetCount()).toBe(0);
  });

  it('reports mapping problems without parsing rows, and follows a given mapping', async () => {
    const file = csv('unmapped.csv', ['Thing,Kind', 'CRM,Service']);
    const guessed = await previewAssetImport(ctx, file);
    expect(guessed.mapping).toEqual({ Thing: null, Kind: 'type' });
    expect(guessed.problems).toEqual([{ row: 1, message: expect.stringMatching(/No column is read as Name/) }]);
    expect(guessed.rows[0]).toEqual({ row: 2, cells: { type: 'Service' }, value: null, problems: [] });
    const mapped = await previewAssetImport(ctx, file, { mapping: { Thing: 'name' } });
    expect(mapped.problems).toEqual([]);
    expect(mapped.rows[0]?.value).toMatchObject({ name: 'CRM', type: 'service' });
  });
});
