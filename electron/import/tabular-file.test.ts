import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/result';
import { cellText, detectDelimiter, readDelimitedTable, readTable } from './tabular-file';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isms-table-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

async function importError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('IMPORT_FAILED');
  return error as AppError;
}

describe('readTable: CSV', () => {
  it('reads UTF-8 with a byte order mark, without letting the BOM into the first header', async () => {
    const file = write('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Control,Owner\r\nA.5.1,Zoë\r\n')]));
    const table = await readTable(file);
    expect(table.headers).toEqual(['Control', 'Owner']);
    expect(table.rows).toEqual([['A.5.1', 'Zoë']]);
    expect(table.rowNumbers).toEqual([2]);
  });

  it('reads UTF-8 without a BOM', async () => {
    const file = write('plain.csv', 'Control,Owner\nA.5.1,Zoë Müller\nA.5.2,Łukasz\n');
    const table = await readTable(file);
    expect(table.headers).toEqual(['Control', 'Owner']);
    expect(table.rows).toEqual([
      ['A.5.1', 'Zoë Müller'],
      ['A.5.2', 'Łukasz'],
    ]);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', async () => {
    const file = write('ansi.csv', Buffer.from([...Buffer.from('Control;Owner\r\nA.5.1;Zo'), 0xeb, 0x0d, 0x0a]));
    expect((await readTable(file)).rows).toEqual([['A.5.1', 'Zoë']]);
  });

  it('detects semicolons from the header line, with commas inside the values', async () => {
    const file = write('semi.csv', 'Control;Reasons;Owner\nA.5.1;Risk treatment, Contractual;CISO\n');
    const table = await readTable(file);
    expect(table.headers).toEqual(['Control', 'Reasons', 'Owner']);
    expect(table.rows).toEqual([['A.5.1', 'Risk treatment, Contractual', 'CISO']]);
  });

  it('detects the delimiter', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('"a,b";c;d\n')).toBe(';');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('single\n')).toBe(',');
  });

  it('keeps quoted fields with line breaks and doubled quotes as one cell, and one row', async () => {
    const csv =
      'Control,How implemented,Owner\r\n' +
      'A.5.1,"Policy set ""v2""\r\napproved by the CEO, reviewed yearly",CISO\r\n' +
      '\r\n' +
      'A.5.2,"Line one\nLine two",CTO\r\n';
    const table = await readTable(write('quoted.csv', csv));
    expect(table.rows).toEqual([
      ['A.5.1', 'Policy set "v2"\napproved by the CEO, reviewed yearly', 'CISO'],
      ['A.5.2', 'Line one\nLine two', 'CTO'],
    ]);
    // A record with a line break is still one spreadsheet row; the blank line is row 3.
    expect(table.rowNumbers).toEqual([2, 4]);
    expect(table.headerRow).toBe(1);
  });

  it('pads short rows, drops cells beyond the last header, trims cells', async () => {
    const table = await readTable(write('ragged.csv', ' Control , Owner ,\nA.5.1\nA.5.2, CTO ,extra,more\n'));
    expect(table.headers).toEqual(['Control', 'Owner']);
    expect(table.rows).toEqual([
      ['A.5.1', ''],
      ['A.5.2', 'CTO'],
    ]);
  });

  it('has a synchronous variant for delimited text', () => {
    expect(readDelimitedTable(write('sync.csv', 'a,b\n1,2\n')).rows).toEqual([['1', '2']]);
  });

  it('refuses an empty file, a blank file and a header without data', async () => {
    expect((await importError(readTable(write('empty.csv', '')))).message).toMatch(/empty/);
    expect((await importError(readTable(write('blank.csv', '\uFEFF \r\n\r\n')))).message).toMatch(/empty/);
    const headerOnly = await importError(readTable(write('header.csv', 'Control,Owner\n,\n')));
    expect(headerOnly.message).toMatch(/no data rows/);
  });

  it('refuses an unclosed quote, naming the row', async () => {
    const error = await importError(readTable(write('open.csv', 'Control,Owner\nA.5.1,"CISO\n')));
    expect(error.message).toMatch(/row 2 .*never closed/);
  });
});

describe('readTable: XLSX', () => {
  it('reads the first sheet: dates, rich text, formulas, hyperlinks, numbers, booleans', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('SoA');
    workbook.addWorksheet('Other').addRow(['Not', 'read']);
    sheet.addRow([]); // a blank first row: the header is the first non-empty row
    sheet.addRow(['Control', 'Last reviewed', 'Owner', 'Score', 'Applicable', 'Link', 'Notes']);
    sheet.addRow([
      'A.5.1',
      new Date(Date.UTC(2026, 2, 31)),
      { richText: [{ text: 'Head of ', font: { bold: true } }, { text: 'Security' }] },
      { formula: '2+3', result: 5 },
      true,
      { text: 'Policy', hyperlink: 'https://example.com/policy' },
      'Line 1\r\nLine 2',
    ]);
    sheet.addRow([]);
    sheet.addRow(['5.2', null, 'CTO', 1.5, false, null, { formula: 'A1', result: { error: '#REF!' } }]);
    sheet.getCell('B3').numFmt = 'dd/mm/yyyy';
    const file = path.join(dir, 'soa.xlsx');
    await workbook.xlsx.writeFile(file);

    const table = await readTable(file);
    expect(table.headerRow).toBe(2);
    expect(table.headers).toEqual(['Control', 'Last reviewed', 'Owner', 'Score', 'Applicable', 'Link', 'Notes']);
    expect(table.rows).toEqual([
      ['A.5.1', '2026-03-31', 'Head of Security', '5', 'TRUE', 'Policy', 'Line 1\nLine 2'],
      ['5.2', '', 'CTO', '1.5', 'FALSE', '', '#REF!'],
    ]);
    expect(table.rowNumbers).toEqual([3, 5]);
  });

  it('converts cell values to text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(new Date('2025-12-01T00:00:00Z'))).toBe('2025-12-01');
    expect(cellText({ formula: 'TODAY()', result: new Date('2025-01-02T00:00:00Z') })).toBe('2025-01-02');
    expect(cellText({ sharedFormula: 'B2', result: 'x' } as unknown as ExcelJS.CellValue)).toBe('x');
    expect(cellText({ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'h' } as unknown as ExcelJS.CellValue)).toBe('ab');
  });

  it('refuses a sheet with a header and no data, and a file that is not a workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Empty').addRow(['Control', 'Owner']);
    const file = path.join(dir, 'header-only.xlsx');
    await workbook.xlsx.writeFile(file);
    expect((await importError(readTable(file))).message).toMatch(/no data rows/);

    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Nothing');
    const emptyFile = path.join(dir, 'empty.xlsx');
    await empty.xlsx.writeFile(emptyFile);
    expect((await importError(readTable(emptyFile))).message).toMatch(/empty/);

    expect((await importError(readTable(write('fake.xlsx', 'Control,Owner\nA.5.1,CISO\n')))).message).toMatch(
      /not an Excel workbook/,
    );
    expect((await importError(readTable(write('broken.xlsx', Buffer.from('PK\x03\x04garbage'))))).message).toMatch(
      /not a readable Excel workbook/,
    );
  });
});

describe('readTable: refusals', () => {
  it('refuses unknown extensions, the old .xls format, a missing file and a folder', async () => {
    expect((await importError(readTable(write('data.json', '{}')))).message).toMatch(/"\.json" are not supported/);
    expect((await importError(readTable(write('old.xls', 'x')))).message).toMatch(/97-2003/);
    expect((await importError(readTable(path.join(dir, 'missing.csv')))).message).toMatch(/no such file/);
    fs.mkdirSync(path.join(dir, 'folder.csv'));
    expect((await importError(readTable(path.join(dir, 'folder.csv')))).message).toMatch(/folder/);
  });

  it('recognises an Excel workbook saved with a .csv name', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('S').addRow(['a']);
    const file = path.join(dir, 'wrong.csv');
    await workbook.xlsx.writeFile(file);
    expect((await importError(readTable(file))).message).toMatch(/\.xlsx extension/);
  });
});
