import zlib from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANNEX_A } from '../../../shared/catalog/annex-a';
import type { Organisation } from '../../../shared/domain/organisation';
import { IMPLEMENTATION_STATUSES, SOA_REASONS, type SoaEntry } from '../../../shared/domain/soa';
import type { DocumentControlWithHistory } from '../../../shared/domain/workbook';
import type { SoaExportData } from '../soa-data';
import { formatDateLong } from './dates';
import { readImageInfo } from './images';
import { buildSoaDocx, summariseSoa } from './soa-docx';

// ---------------------------------------------------------------------------------------------------------------
// Test data: a fictional organisation that is not the sample one, so nothing about the sample is baked in.

const EXCLUDED: Record<string, string> = {
  '7.4': 'Fully remote company: no premises of its own to monitor.',
  '7.6': 'No secure areas: all processing runs in the cloud provider\u2019s data centres.',
  '8.30': 'All development is done in-house by employees; none is outsourced.',
};

const organisation: Organisation = {
  legalName: 'Fjordline Analytics AS',
  shortName: 'Fjordline',
  address: 'Strandkaien 12, 5013 Bergen, Norway',
  industry: 'Data analytics',
  size: '11-50',
  ismsOwner: 'Ingrid Solberg, CISO',
  classificationLabels: ['Public', 'Internal', 'Confidential'],
  defaultClassification: 'Internal',
  defaultApprover: 'Lars Haugen, CEO',
  reviewCycleMonths: 12,
};

const documentControl: DocumentControlWithHistory = {
  docKey: 'soa',
  documentId: 'FJ-ISMS-04',
  title: 'Statement of Applicability',
  version: '2.1',
  status: 'approved',
  owner: 'Ingrid Solberg, CISO',
  approver: 'Lars Haugen, CEO',
  approvedOn: '2026-09-30',
  classification: 'Confidential',
  revisions: [
    { version: '1.0', date: '2026-02-01', author: 'Ingrid Solberg', summary: 'First issue.' },
    { version: '2.1', date: '2026-09-30', author: 'Ingrid Solberg', summary: 'Annual review after the risk update.' },
  ],
};

function entryFor(controlId: string, index: number): SoaEntry {
  const justification = EXCLUDED[controlId];
  return {
    controlId,
    applicable: justification === undefined,
    reasons: justification ? [] : [SOA_REASONS[index % SOA_REASONS.length]!],
    exclusionJustification: justification ?? '',
    status: IMPLEMENTATION_STATUSES[index % IMPLEMENTATION_STATUSES.length]!,
    implementation: justification ? '' : `Implementation note ${index} for control ${controlId}.`,
    owner: index % 2 === 0 ? 'CISO' : 'Head of IT',
    evidence: index % 3 === 0 ? [] : [`Record ${index}-a`, `Record ${index}-b`],
    lastReviewed: index % 5 === 0 ? null : '2026-08-15',
  };
}

function makeData(overrides: Partial<SoaExportData> = {}): SoaExportData {
  return {
    organisation,
    logo: null,
    documentControl,
    rows: ANNEX_A.map((control, index) => ({ control, entry: entryFor(control.id, index) })),
    asOf: '2026-10-14',
    ...overrides,
  };
}

/** A real PNG of the given size, drawn in one colour. */
function makePng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (buf: Buffer) => {
    let crc = 0xffffffff;
    for (const byte of buf) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x40)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

// ---------------------------------------------------------------------------------------------------------------

describe('buildSoaDocx', () => {
  let bytes: Buffer;
  let xml: Record<string, string>;
  let documentXml: string;

  beforeAll(async () => {
    bytes = await buildSoaDocx(makeData());
    xml = parts(bytes);
    documentXml = xml['word/document.xml']!;
  });

  it('gives identical bytes for the same input', async () => {
    const again = await buildSoaDocx(makeData());
    expect(Buffer.compare(bytes, again)).toBe(0);
  });

  it('gives identical bytes with a logo too (no random image names or drawing ids)', async () => {
    const logo = { data: makePng(300, 100), mime: 'image/png' };
    const first = await buildSoaDocx(makeData({ logo }));
    const second = await buildSoaDocx(makeData({ logo }));
    expect(Buffer.compare(first, second)).toBe(0);
  });

  it('stamps the document with the as-of date, not the clock', () => {
    const core = xml['docProps/core.xml']!;
    expect(core).toContain('>2026-10-14T12:00:00Z</dcterms:created>');
    expect(core).toContain('>2026-10-14T12:00:00Z</dcterms:modified>');
  });

  it('lists all 93 Annex A controls by id, in order', () => {
    expect(ANNEX_A).toHaveLength(93);
    let last = -1;
    for (const control of ANNEX_A) {
      const at = documentXml.indexOf(`>A.${control.id}</w:t>`);
      expect(at, `A.${control.id}`).toBeGreaterThan(-1);
      expect(at, `A.${control.id} in order`).toBeGreaterThan(last);
      last = at;
    }
  });

  it('names the organisation and carries the document control details', () => {
    expect(documentXml).toContain(organisation.legalName);
    expect(documentXml).toContain('FJ-ISMS-04');
    expect(documentXml).toContain('>2.1<');
    expect(documentXml).toContain('Annual review after the risk update.');
    expect(documentXml).toContain(formatDateLong('2026-09-30'));
    expect(documentXml).toContain('14 October 2026');
    expect(documentXml).toContain('ISO/IEC 27001:2022, Annex A');
  });

  it('is landscape A4', () => {
    expect(documentXml).toMatch(/<w:pgSz [^>]*w:w="16838"[^>]*w:h="11906"[^>]*w:orient="landscape"/);
  });

  it('repeats the header row of the tables on every page and keeps rows whole', () => {
    expect(documentXml).toContain('<w:tblHeader/>');
    expect(documentXml).toContain('<w:cantSplit/>');
  });

  it('uses real Word styles: Title, Heading 1-3 with outline levels, fonts named', () => {
    expect(documentXml).toContain('<w:pStyle w:val="Title"/>');
    expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(documentXml).toContain('<w:pStyle w:val="Heading2"/>');
    const styles = xml['word/styles.xml']!;
    for (const [id, level] of [
      ['Heading1', 0],
      ['Heading2', 1],
      ['Heading3', 2],
    ] as const) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toContain(`<w:outlineLvl w:val="${level}"/>`);
      expect(style, id).toContain('w:ascii="Calibri"');
    }
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Calibri"/);
    expect(styles).toContain('w:styleId="IsmsTable"');
    expect(documentXml).toContain('<w:tblStyle w:val="IsmsTable"/>');
  });

  it('prints the exclusion justification of every excluded control', () => {
    for (const justification of Object.values(EXCLUDED)) {
      expect(documentXml).toContain(escapeXml(justification));
    }
    expect(documentXml).toContain('Excluded: ');
  });

  it('prints the section headings and the approval block', () => {
    for (const text of ['Document control', 'Revision history', 'Purpose and basis', 'Summary', 'Approval', 'Signature']) {
      expect(documentXml, text).toContain(`>${text}<`);
    }
    expect(documentXml).toContain('5 Organizational controls');
    expect(documentXml).toContain('8 Technological controls');
  });

  it('has a header with the organisation and title, and a footer with ID, version, classification and page numbers', () => {
    const headers = Object.entries(xml)
      .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
      .map(([, text]) => text)
      .join('');
    const footers = Object.entries(xml)
      .filter(([name]) => /^word\/footer\d+\.xml$/.test(name))
      .map(([, text]) => text)
      .join('');
    expect(headers).toContain('Fjordline');
    expect(headers).toContain('Statement of Applicability');
    expect(footers).toContain('FJ-ISMS-04');
    expect(footers).toContain('Version 2.1');
    expect(footers).toContain('Confidential');
    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
  });

  it('says so when no revision has been issued yet', async () => {
    const noRevisions = await buildSoaDocx(
      makeData({ documentControl: { ...documentControl, revisions: [], approvedOn: null, status: 'draft' } }),
    );
    const text = parts(noRevisions)['word/document.xml']!;
    expect(text).toContain('No revisions issued yet');
    expect(text).toContain('Not yet approved');
  });

  it('embeds a logo no wider than 4 cm, keeping its aspect ratio', async () => {
    const logo = { data: makePng(900, 300), mime: 'image/png' };
    const withLogo = await buildSoaDocx(makeData({ logo }));
    const files = unzipSync(withLogo);
    expect(Object.keys(files).some((name) => name.startsWith('word/media/') && name.endsWith('.png'))).toBe(true);
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(strFromU8(files['word/document.xml']!));
    expect(extent).not.toBeNull();
    const [cx, cy] = [Number(extent![1]), Number(extent![2])];
    expect(cx).toBeLessThanOrEqual(1_440_000 + 10_000); // 4 cm in EMU, with rounding to whole pixels
    expect(cx / cy).toBeCloseTo(3, 1);
  });

  it('ignores a logo that is not a PNG or JPEG', async () => {
    const result = await buildSoaDocx(makeData({ logo: { data: Buffer.from('GIF89a-not-really'), mime: 'image/gif' } }));
    expect(Object.keys(unzipSync(result)).some((name) => name.startsWith('word/media/'))).toBe(false);
  });
});

describe('summariseSoa', () => {
  it('counts applicable and excluded controls, statuses over applicable ones, and per theme', () => {
    const { total, byTheme } = summariseSoa(makeData().rows);
    expect(total.controls).toBe(93);
    expect(total.excluded).toBe(3);
    expect(total.applicable).toBe(90);
    expect(Object.values(total.byStatus).reduce((a, b) => a + b, 0)).toBe(90);
    expect(byTheme.get('physical')).toMatchObject({ controls: 14, excluded: 2, applicable: 12 });
    expect(byTheme.get('technological')).toMatchObject({ controls: 34, excluded: 1 });
    expect(byTheme.get('people')).toMatchObject({ controls: 8, excluded: 0 });
  });
});

describe('readImageInfo', () => {
  it('reads a PNG', () => {
    expect(readImageInfo(makePng(120, 45))).toEqual({ type: 'png', width: 120, height: 45 });
  });

  it('reads a JPEG from its start-of-frame segment', () => {
    const jpeg = Buffer.from([
      0xff, 0xd8, // SOI
      0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, // APP0
      0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x64, 0x01, 0x2c, 0x03, // SOF0: 100 high, 300 wide
      0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
      0xff, 0xd9,
    ]);
    expect(readImageInfo(jpeg)).toEqual({ type: 'jpg', width: 300, height: 100 });
  });

  it('returns null for anything else', () => {
    expect(readImageInfo(Buffer.from('<svg/>'))).toBeNull();
    expect(readImageInfo(new Uint8Array(0))).toBeNull();
  });
});
