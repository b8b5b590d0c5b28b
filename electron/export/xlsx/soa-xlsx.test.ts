import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateSoaEntry } from '../../services/soa-service';
import { WorkbookSession } from '../../workbook-session';
import { readSoaExportData, type SoaExportData } from '../soa-data';
import { SOA_SHEET_NAME, buildSoaXlsx, wrappedLineCount } from './soa-xlsx';

let dir: string;
let session: WorkbookSession;
let data: SoaExportData;
let bytes: Buffer;
let sheet: ExcelJS.Worksheet;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isms-soa-xlsx-'));
  session = new WorkbookSession({ actor: 'test', now: () => new Date('2026-05-20T08:30:00Z') });
  session.create(path.join(dir, 'test.isms'), 'Test Org & Partners', false);
  const ctx = session.context();
  updateSoaEntry(ctx, '7.4', {
    applicable: false,
    exclusionJustification: 'Fully remote: no premises of our own.',
    owner: 'Facilities',
    lastReviewed: '2026-03-31',
  });
  updateSoaEntry(ctx, '5.1', {
    reasons: ['risk-treatment', 'contractual'],
    status: 'partial',
    implementation: 'Policy set approved by the board.',
    evidence: ['POL-001 Information Security Policy', 'Board minutes 2026-01'],
  });
  data = readSoaExportData(ctx);
  bytes = await buildSoaXlsx(data);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  sheet = workbook.getWorksheet(SOA_SHEET_NAME)!;
});

afterAll(() => {
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const rowOf = (controlId: string) => {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === `A.${controlId}`) found = row;
  });
  if (!found) throw new Error(`no row for ${controlId}`);
  return found;
};

describe('buildSoaXlsx', () => {
  it('has one sheet: the header in row 1 and 93 controls under it', () => {
    expect(sheet.workbook.worksheets).toHaveLength(1);
    expect(sheet.rowCount).toBe(94);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Control ID',
      'Title',
      'Theme',
      'Applicable',
      'Reasons for inclusion',
      'Justification for exclusion',
      'Implementation status',
      'How implemented',
      'Owner',
      'Evidence',
      'Last reviewed',
    ]);
    expect(sheet.getCell('A2').value).toBe('A.5.1');
    expect(sheet.getCell('A94').value).toBe('A.8.34');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
  });

  it('sets an auto-filter over the header and freezes the header row', () => {
    expect(sheet.autoFilter).toBe('A1:K94');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes an excluded control with its justification and a real date cell', () => {
    const row = rowOf('7.4');
    expect(row.getCell(2).value).toBe('Physical security monitoring');
    expect(row.getCell(3).value).toBe('Physical');
    expect(row.getCell(4).value).toBe('No');
    expect(row.getCell(6).value).toBe('Fully remote: no premises of our own.');
    expect(row.getCell(7).value).toBe('Not started');
    expect(row.getCell(9).value).toBe('Facilities');
    const reviewed = row.getCell(11);
    expect(reviewed.value).toBeInstanceOf(Date);
    expect((reviewed.value as Date).toISOString()).toBe('2026-03-31T00:00:00.000Z');
    expect(reviewed.numFmt).toBe('yyyy-mm-dd');
  });

  it('joins reasons and evidence with "; " and leaves an unreviewed date empty', () => {
    const row = rowOf('5.1');
    expect(row.getCell(4).value).toBe('Yes');
    expect(row.getCell(5).value).toBe('Risk treatment; Contractual');
    expect(row.getCell(7).value).toBe('Partially implemented');
    expect(row.getCell(10).value).toBe('POL-001 Information Security Policy; Board minutes 2026-01');
    expect(row.getCell(11).value).toBeNull();
    expect(row.getCell(8).alignment?.wrapText).toBe(true);
  });

  it('offers dropdowns for Applicable and Implementation status, one range each', () => {
    expect(sheet.getCell('D50').dataValidation).toMatchObject({ type: 'list', formulae: ['"Yes,No"'] });
    expect(sheet.getCell('G2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Not started,Planned,Partially implemented,Implemented"'],
    });
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    expect(xml.match(/<dataValidation /g)).toHaveLength(2);
    expect(xml).toContain('sqref="D2:D94"');
    expect(xml).toContain('sqref="G2:G94"');
  });

  it('names the organisation as author and dates the file from the data, not the clock', () => {
    expect(sheet.workbook.creator).toBe('Test Org & Partners');
    const core = strFromU8(unzipSync(bytes)['docProps/core.xml']!);
    expect(data.asOf).toBe('2026-05-20');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-05-20T12:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-05-20T12:00:00Z</dcterms:modified>');
    const footer = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!).match(/<oddFooter>(.*)<\/oddFooter>/)?.[1];
    expect(footer).toContain('Test Org &amp;&amp; Partners');
  });

  it('gives the same bytes for the same data', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await buildSoaXlsx(data);
    expect(again.equals(bytes)).toBe(true);
    const fromFreshRead = await buildSoaXlsx(readSoaExportData(session.context()));
    expect(fromFreshRead.equals(bytes)).toBe(true);
  });

  it('estimates wrapped lines for row heights', () => {
    expect(wrappedLineCount('', 20)).toBe(1);
    expect(wrappedLineCount('short', 20)).toBe(1);
    expect(wrappedLineCount('one two three four five six seven eight nine ten', 20)).toBe(3);
    expect(wrappedLineCount('a\nb\nc', 20)).toBe(3);
    expect(wrappedLineCount('x'.repeat(45), 20)).toBe(3);
  });
});
