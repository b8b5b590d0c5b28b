import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Risk } from '../../../shared/domain/risk';
import { assetInput, riskInput } from '../../../test/fixtures/risk-records';
import { createAsset } from '../../services/asset-service';
import { createRisk } from '../../services/risk-service';
import { WorkbookSession } from '../../workbook-session';
import { readRiskExportData, type RiskExportData } from '../risk-data';
import { argb } from './register-sheet';
import {
  INHERENT_MATRIX_SHEET,
  METHOD_SHEET,
  REGISTER_SHEET,
  RESIDUAL_MATRIX_SHEET,
  buildRiskRegisterXlsx,
} from './risk-register-xlsx';

let dir: string;
let session: WorkbookSession;
let data: RiskExportData;
let bytes: Buffer;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isms-risk-xlsx-'));
  session = new WorkbookSession({ actor: 'test', now: () => new Date('2026-05-20T08:30:00Z') });
  session.create(path.join(dir, 'test.isms'), 'Test Org', false);
  const ctx = session.context();
  const db = createAsset(ctx, assetInput({ name: 'Customer database' }));
  const laptops = createAsset(ctx, assetInput({ name: 'Laptops' }));
  createRisk(ctx, riskInput({
    title: 'Ransomware',
    description: 'Encrypts the file shares and demands payment.',
    assetIds: [db.id, laptops.id],
    threat: 'Criminal group',
    vulnerability: 'Unpatched VPN',
    owner: 'CISO',
    existingControls: 'EDR',
    inherentLikelihood: 4,
    inherentImpact: 5, // 20: critical
    treatment: 'modify',
    controlIds: ['8.7', '5.1'],
    residualLikelihood: 3,
    residualImpact: 4, // 12: high
    acceptedBy: 'CEO',
    acceptedOn: '2026-03-15',
    acceptanceRationale: 'Backups tested monthly.',
    status: 'accepted',
    nextReview: '2026-09-30',
  }));
  createRisk(ctx, riskInput({ title: 'Lost laptop', inherentLikelihood: 4, inherentImpact: 5, residualLikelihood: 1, residualImpact: 2, status: 'treated', treatment: 'modify' }));
  createRisk(ctx, riskInput({ title: 'Not yet rated' }));
  data = readRiskExportData(ctx, 'risk-report');
  bytes = await buildRiskRegisterXlsx(data);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
});

afterAll(() => {
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const colour = (id: string) => argb(data.method.bands.find((b) => b.id === id)!.colour);
const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const headerIndex = (sheet: ExcelJS.Worksheet, header: string) => (sheet.getRow(1).values as unknown[]).indexOf(header);

describe('buildRiskRegisterXlsx', () => {
  it('has the register first (so it imports back), then the matrices and the method', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([REGISTER_SHEET, INHERENT_MATRIX_SHEET, RESIDUAL_MATRIX_SHEET, METHOD_SHEET]);
  });

  it('writes every risk field in the register, with a frozen, filtered header', () => {
    const sheet = workbook.getWorksheet(REGISTER_SHEET)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Ref', 'Title', 'Description', 'Assets', 'Threat', 'Vulnerability', 'Owner', 'Existing controls',
      'Inherent L', 'Inherent I', 'Inherent level', 'Treatment', 'Controls', 'Residual L', 'Residual I',
      'Residual level', 'Accepted by', 'Accepted on', 'Acceptance rationale', 'Status', 'Next review',
    ]);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:U4');
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:1' });

    const row = sheet.getRow(2);
    expect((row.values as unknown[]).slice(1)).toEqual([
      'R-001', 'Ransomware', 'Encrypts the file shares and demands payment.', 'AS-001; AS-002', 'Criminal group',
      'Unpatched VPN', 'CISO', 'EDR', 4, 5, 'Critical', 'Modify (reduce)', 'A.5.1; A.8.7', 3, 4, 'High', 'CEO',
      new Date(Date.UTC(2026, 2, 15)), 'Backups tested monthly.', 'Accepted', new Date(Date.UTC(2026, 8, 30)),
    ]);
    expect(row.getCell(headerIndex(sheet, 'Accepted on')).numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(headerIndex(sheet, 'Next review')).numFmt).toBe('yyyy-mm-dd');
  });

  it('fills level cells with their band colour, and leaves unrated levels plain', () => {
    const sheet = workbook.getWorksheet(REGISTER_SHEET)!;
    const inherent = headerIndex(sheet, 'Inherent level');
    const residual = headerIndex(sheet, 'Residual level');
    expect(fillOf(sheet.getRow(2).getCell(inherent))).toBe(colour('critical'));
    expect(fillOf(sheet.getRow(2).getCell(residual))).toBe(colour('high'));
    expect(fillOf(sheet.getRow(3).getCell(residual))).toBe(colour('low'));
    expect(sheet.getRow(2).getCell(inherent).font?.color?.argb).toBe('FFFFFFFF');
    expect(sheet.getRow(4).getCell(inherent).value).toBeNull();
    expect(fillOf(sheet.getRow(4).getCell(inherent))).toBeUndefined();
  });

  it('draws each matrix with likelihood from high to low, band colours and the count per cell', () => {
    const inherent = workbook.getWorksheet(INHERENT_MATRIX_SHEET)!;
    expect((inherent.getRow(1).values as unknown[]).slice(1)).toEqual(['Likelihood \\ Impact', '1 Negligible', '2 Minor', '3 Moderate', '4 Major', '5 Severe']);
    expect([2, 3, 4, 5, 6].map((r) => inherent.getRow(r).getCell(1).value)).toEqual(['5 Almost certain', '4 Likely', '3 Possible', '2 Unlikely', '1 Rare']);
    // Likelihood 4 is the second row; impact 5 the sixth column.
    expect(inherent.getRow(3).getCell(6).value).toBe(2);
    expect(fillOf(inherent.getRow(3).getCell(6))).toBe(colour('critical'));
    expect(inherent.getRow(6).getCell(2).value).toBe(0);
    expect(fillOf(inherent.getRow(6).getCell(2))).toBe(colour('low'));
    const total = [2, 3, 4, 5, 6].flatMap((r) => [2, 3, 4, 5, 6].map((c) => inherent.getRow(r).getCell(c).value as number));
    expect(total.reduce((a, b) => a + b, 0)).toBe(2);
    expect(inherent.getRow(8).values).toEqual([undefined, 'Risks in the matrix', 2]);
    expect(inherent.getRow(9).values).toEqual([undefined, 'Not yet rated', 1]);

    const residual = workbook.getWorksheet(RESIDUAL_MATRIX_SHEET)!;
    expect(residual.getRow(4).getCell(5).value).toBe(1); // likelihood 3 × impact 4
    expect(fillOf(residual.getRow(4).getCell(5))).toBe(colour('high'));
    expect(residual.getRow(6).getCell(3).value).toBe(1); // likelihood 1 × impact 2
  });

  it('gives the method as a legend: scales, bands filled with their colours, retention and authority', () => {
    const sheet = workbook.getWorksheet(METHOD_SHEET)!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['Likelihood']);
    expect(rows[1]).toEqual(['Value', 'Label', 'Criteria']);
    expect(rows[2]).toEqual([1, 'Rare', data.method.likelihood[0]!.criteria]);
    const bandRows: ExcelJS.Row[] = [];
    sheet.eachRow((row) => {
      if (data.method.bands.some((b) => b.label === row.getCell(2).value) && typeof row.getCell(1).value === 'number' && row.getCell(3).value !== null && String(row.getCell(3).value).startsWith('May')) bandRows.push(row);
    });
    expect(bandRows.map((r) => [r.getCell(2).value, fillOf(r.getCell(2)), r.getCell(3).value, r.getCell(4).value ?? ''])).toEqual(
      data.method.bands.map((b) => [
        b.label,
        argb(b.colour),
        { 'within-appetite': 'May be retained by the risk owner', 'requires-approval': 'May be retained only with formal acceptance', 'not-permitted': 'May not be retained: must be treated' }[b.retention],
        b.acceptanceAuthority,
      ]),
    );
    expect(rows.some((r) => r[1] === 'Review cadence' && r[2] === `Every ${data.method.reviewCadenceMonths} months`)).toBe(true);
  });

  it('gives the same bytes for the same data', async () => {
    expect((await buildRiskRegisterXlsx(data)).equals(bytes)).toBe(true);
  });

  it('writes 5,000 risks quickly', async () => {
    const template = data.risks[0] as Risk;
    const risks: Risk[] = Array.from({ length: 5000 }, (_, i) => ({
      ...template,
      id: i + 1,
      ref: `R-${String(i + 1).padStart(4, '0')}`,
      title: `${template.title} ${i + 1}`,
      inherentLikelihood: (i % 5) + 1,
      inherentImpact: ((i >> 2) % 5) + 1,
      inherentLevel: data.method.matrix[i % 5]![(i >> 2) % 5]!,
    }));
    const started = process.cpuUsage();
    const big = await buildRiskRegisterXlsx({ ...data, risks });
    const cpu = process.cpuUsage(started);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(big as unknown as ExcelJS.Buffer);
    expect(read.getWorksheet(REGISTER_SHEET)!.rowCount).toBe(5001);
    const inherent = read.getWorksheet(INHERENT_MATRIX_SHEET)!;
    expect(inherent.getRow(8).getCell(2).value).toBe(5000);
    // About 0.9 s of CPU time once warm (processor time, so a busy machine does not fail it); the bound leaves room.
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(3000);
  });
});
