import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { riskInput } from '../../../test/fixtures/risk-records';
import { importAssets } from '../../import/asset-import';
import { listAssets } from '../../repositories/asset-repo';
import { createAsset } from '../../services/asset-service';
import { createRisk } from '../../services/risk-service';
import { WorkbookSession } from '../../workbook-session';
import { readRiskExportData, type RiskExportData } from '../risk-data';
import { ASSETS_SHEET_NAME, buildAssetsXlsx } from './assets-xlsx';

let dir: string;
let session: WorkbookSession;
let data: RiskExportData;
let bytes: Buffer;
let sheet: ExcelJS.Worksheet;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isms-assets-xlsx-'));
  session = new WorkbookSession({ actor: 'test', now: () => new Date('2026-05-20T08:30:00Z') });
  session.create(path.join(dir, 'test.isms'), 'Test Org & Partners', false);
  const ctx = session.context();
  const db = createAsset(ctx, {
    name: 'Customer database',
    type: 'information',
    owner: 'CTO',
    classification: 'Confidential',
    confidentiality: 3,
    integrity: 2,
    availability: 1,
    location: 'AWS eu-west-1',
    description: 'Orders, invoices and contacts of every customer since 2019, with payment references.',
  });
  createAsset(ctx, { ...db, name: 'Office', type: 'site', classification: 'Internal', description: '' });
  createRisk(ctx, riskInput({ title: 'Ransomware', assetIds: [db.id] }));
  createRisk(ctx, riskInput({ title: 'Insider', assetIds: [db.id] }));
  data = readRiskExportData(ctx, 'assets');
  bytes = await buildAssetsXlsx(data);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  sheet = workbook.getWorksheet(ASSETS_SHEET_NAME)!;
});

afterAll(() => {
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('buildAssetsXlsx', () => {
  it('has the header in row 1 and one row per asset', () => {
    expect(sheet.workbook.worksheets).toHaveLength(1);
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Ref',
      'Name',
      'Type',
      'Owner',
      'Classification',
      'Confidentiality',
      'Integrity',
      'Availability',
      'Location',
      'Description',
      'Related risks',
    ]);
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'AS-001',
      'Customer database',
      'Information',
      'CTO',
      'Confidential',
      '3 High',
      '2 Medium',
      '1 Low',
      'AWS eu-west-1',
      'Orders, invoices and contacts of every customer since 2019, with payment references.',
      'R-001; R-002',
    ]);
    expect(sheet.getRow(3).getCell(3).value).toBe('Site');
    expect(sheet.getRow(3).getCell(11).value).toBeNull();
  });

  it('freezes and filters the header, prints landscape with the header on every page', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:K3');
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' });
    expect(sheet.headerFooter.oddFooter).toContain('Test Org && Partners');
    expect(sheet.getRow(1).getCell(1).font).toMatchObject({ bold: true });
    // Wrapped descriptions get a row tall enough for them.
    expect(sheet.getRow(2).height).toBeGreaterThan(15);
  });

  it('gives the same bytes for the same data', async () => {
    expect((await buildAssetsXlsx(data)).equals(bytes)).toBe(true);
  });

  it('imports back into another workbook', async () => {
    const file = path.join(dir, 'assets.xlsx');
    fs.writeFileSync(file, bytes);
    const other = new WorkbookSession({ actor: 'test' });
    other.create(path.join(dir, 'other.isms'), 'Other', false);
    try {
      const report = await importAssets(other.context(), file, { dryRun: false });
      expect(report.created).toEqual(['AS-001', 'AS-002']);
      const strip = ({ id: _id, riskIds: _r, ...rest }: (typeof data.assets)[number]) => rest;
      expect(listAssets(other.context().db).map(strip)).toEqual(data.assets.map(strip));
    } finally {
      other.close();
    }
  });
});
