import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedDateFrom, isoSeconds, normaliseZip } from './deterministic-zip';

const CORE = (created: string, modified: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<dc:title>Report</dc:title>' +
  `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
  `<dcterms:modified xsi:type="dcterms:W3CDTF">${modified}</dcterms:modified>` +
  '</cp:coreProperties>';

/** A small package like the ones docx and exceljs write, stamped with a given time. */
function samplePackage(now: Date): Uint8Array {
  return zipSync({
    '[Content_Types].xml': [strToU8('<Types/>'), { mtime: now }],
    'word/document.xml': [strToU8('<w:document>hello</w:document>'), { mtime: now }],
    'docProps/core.xml': [strToU8(CORE(now.toISOString(), now.toISOString())), { mtime: now }],
    'word/media/a.png': [new Uint8Array([1, 2, 3, 4]), { mtime: now }],
  });
}

/** Reads the DOS time and date fields of every local file header. */
function dosStamps(zip: Uint8Array): { time: number; date: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: { time: number; date: number }[] = [];
  let offset = 0;
  while (offset + 30 <= zip.length && view.getUint32(offset, true) === 0x04034b50) {
    const compressed = view.getUint32(offset + 18, true);
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    out.push({ time: view.getUint16(offset + 10, true), date: view.getUint16(offset + 12, true) });
    offset += 30 + nameLength + extraLength + compressed;
  }
  return out;
}

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('fixedDateFrom', () => {
  it('is noon UTC on the given day', () => {
    expect(fixedDateFrom('2026-10-14').toISOString()).toBe('2026-10-14T12:00:00.000Z');
    expect(fixedDateFrom('2026-10-14T23:59:59Z').toISOString()).toBe('2026-10-14T12:00:00.000Z');
    expect(isoSeconds(fixedDateFrom('2026-01-02'))).toBe('2026-01-02T12:00:00Z');
  });

  it('refuses something that is not a date', () => {
    expect(() => fixedDateFrom('yesterday')).toThrow(/YYYY-MM-DD/);
  });
});

describe('normaliseZip', () => {
  const fixed = fixedDateFrom('2026-10-14');

  it('gives the same bytes for packages made at different times', () => {
    const a = normaliseZip(samplePackage(new Date('2025-01-01T08:00:00Z')), fixed);
    const b = normaliseZip(samplePackage(new Date('2027-06-30T23:17:41Z')), fixed);
    expect(Buffer.compare(a, b)).toBe(0);
  });

  it('keeps the entries, their content and their order', () => {
    const input = samplePackage(new Date('2025-01-01T08:00:00Z'));
    const output = unzipSync(normaliseZip(input, fixed));
    expect(Object.keys(output)).toEqual(Object.keys(unzipSync(input)));
    expect(strFromU8(output['word/document.xml']!)).toBe('<w:document>hello</w:document>');
    expect([...output['word/media/a.png']!]).toEqual([1, 2, 3, 4]);
  });

  it('stamps the created and modified properties with the fixed date', () => {
    const output = unzipSync(normaliseZip(samplePackage(new Date('2025-01-01T08:00:00Z')), fixed));
    const core = strFromU8(output['docProps/core.xml']!);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-14T12:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-10-14T12:00:00Z</dcterms:modified>');
    expect(core).toContain('<dc:title>Report</dc:title>');
  });

  it('writes 2026-10-14 12:00 as every entry time, whatever the time zone', () => {
    process.env.TZ = 'UTC';
    const utc = normaliseZip(samplePackage(new Date()), fixed);
    process.env.TZ = 'Asia/Tokyo';
    const tokyo = normaliseZip(samplePackage(new Date()), fixed);
    process.env.TZ = 'America/Los_Angeles';
    const losAngeles = normaliseZip(samplePackage(new Date()), fixed);
    expect(Buffer.compare(utc, tokyo)).toBe(0);
    expect(Buffer.compare(utc, losAngeles)).toBe(0);

    const stamps = dosStamps(utc);
    expect(stamps).toHaveLength(4);
    for (const { time, date } of stamps) {
      expect({ year: (date >> 9) + 1980, month: (date >> 5) & 15, day: date & 31 }).toEqual({
        year: 2026,
        month: 10,
        day: 14,
      });
      expect({ hour: time >> 11, minute: (time >> 5) & 63 }).toEqual({ hour: 12, minute: 0 });
    }
  });

  it('leaves a package without core properties otherwise as it was', () => {
    const input = zipSync({ 'a.txt': strToU8('a'), 'b/c.txt': strToU8('c') });
    const output = unzipSync(normaliseZip(input, fixed));
    expect(Object.keys(output)).toEqual(['a.txt', 'b/c.txt']);
    expect(strFromU8(output['b/c.txt']!)).toBe('c');
  });
});
