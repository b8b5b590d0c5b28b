import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../../test/fixtures/workbook';
import { BLANK_NONCONFORMITY } from '../../../shared/domain/nonconformity';
import { createNonconformity } from '../../services/nonconformity-service';
import { readAuditExportData } from '../kinds/audit-exports';
import { NONCONFORMITIES_SHEET_NAME, buildNonconformitiesXlsx } from './nonconformities-xlsx';

const tempDir = useTempDir();

async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.getWorksheet(NONCONFORMITIES_SHEET_NAME)!;
}

describe('buildNonconformitiesXlsx', () => {
  it('writes one row per nonconformity under a frozen, filtered header, with real date cells', async () => {
    const { ctx, session } = openTestWorkbook(tempDir(), { sample: true });
    const data = readAuditExportData(ctx, 'nonconformities');
    const bytes = await buildNonconformitiesXlsx(data);
    const sheet = await sheetOf(bytes);
    expect(sheet.rowCount).toBe(3);
    expect((sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual(['Ref', 'Raised on', 'Source', 'Source reference', 'Requirement']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe('NC-001');
    expect(first.getCell(2).value).toEqual(new Date(Date.UTC(2026, 8, 18)));
    expect(first.getCell(5).value).toBe('Clause 6.1.3 Information security risk treatment');
    expect(first.getCell(12).value).toBe('Closed');
    expect(first.getCell(15).value).toBe('Effective');
    expect(sheet.getRow(3).getCell(17).value).toBe('IA-2026-01-F04');
    expect(sheet.headerFooter.oddFooter).toContain('ISMS-NCR v1.1');
    expect(Buffer.compare(bytes, await buildNonconformitiesXlsx(data))).toBe(0);
    session.close();
  });

  it('flags overdue corrective actions and leaves empty text as empty cells', async () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    createNonconformity(ctx, { ...BLANK_NONCONFORMITY, raisedOn: '2026-10-01', description: 'Late', dueDate: '2026-10-15', status: 'open' });
    const sheet = await sheetOf(await buildNonconformitiesXlsx(readAuditExportData(ctx, 'nonconformities')));
    const row = sheet.getRow(2);
    expect(row.getCell(13).value).toBe('Yes');
    expect(row.getCell(7).value).toBeNull();
    session.close();
  });
});
