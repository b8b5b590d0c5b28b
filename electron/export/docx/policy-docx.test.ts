import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsmsDocument } from '../../../shared/domain/documents';
import type { Organisation } from '../../../shared/domain/organisation';
import { convertToPdf, hasSoffice, skipReason } from '../../../test/fixtures/libreoffice';
import { bodyBlocks, buildPolicyDocx, markdownTableWidths, type PolicyExportData } from './policy-docx';

const organisation: Organisation = {
  legalName: 'Quayside Freight Systems Ltd',
  shortName: 'Quayside',
  address: '4 Dock Road, Hull HU1 2AA',
  industry: 'Logistics software',
  size: '11-50',
  ismsOwner: 'Mina Patel, Security Lead',
  classificationLabels: ['Public', 'Internal', 'Confidential'],
  defaultClassification: 'Internal',
  defaultApprover: 'Joe Hart, Managing Director',
  reviewCycleMonths: 12,
};

const BODY = `# Clear Desk Policy

## 1. Purpose

Quayside keeps **confidential** papers *out of sight*.

## 2. Rules

1. Lock screens when away.
   - Use the shortcut.
2. File papers at night.

- Shred waste paper.

### 2.1 Retention

| Record | Keep for | Owner |
|:---|:---:|---:|
| Visitor log | 1 year | **Reception** |
`;

const doc: IsmsDocument = {
  id: 1,
  documentId: 'POL-020',
  title: 'Clear Desk Policy',
  type: 'policy',
  version: '1.1',
  status: 'approved',
  owner: 'Mina Patel, Security Lead',
  approver: 'Joe Hart, Managing Director',
  approvedOn: '2026-05-04',
  nextReview: '2027-05-04',
  classification: '',
  clauses: ['7.5.3'],
  controls: ['7.7'],
  templateId: null,
  body: BODY,
  revisions: [
    { id: 1, version: '1.0', revisedOn: '2026-01-10', author: 'Mina Patel', summary: 'First issue.' },
    { id: 2, version: '1.1', revisedOn: '2026-05-01', author: 'Mina Patel', summary: 'Shredding rule added.' },
  ],
  unissuedChanges: false,
};

const data = (over: Partial<PolicyExportData> = {}): PolicyExportData => ({ organisation, logo: null, document: doc, body: BODY, asOf: '2026-05-04', ...over });
const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name]!);

describe('buildPolicyDocx', () => {
  let bytes: Buffer;
  let xml: string;
  beforeAll(async () => {
    bytes = await buildPolicyDocx(data());
    xml = part(bytes, 'word/document.xml');
  });

  it('gives identical bytes for the same data, stamped with the as-of date', async () => {
    expect(Buffer.compare(bytes, await buildPolicyDocx(data()))).toBe(0);
    expect(part(bytes, 'docProps/core.xml')).toContain('>2026-05-04T12:00:00Z</dcterms:modified>');
  });

  it('has a cover, the document-control block from the document itself and its revision history', () => {
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    for (const text of ['Quayside Freight Systems Ltd', 'POL-020', 'Policy · ISO/IEC 27001:2022', '4 May 2026', '4 May 2027', 'Joe Hart, Managing Director']) {
      expect(xml).toContain(text);
    }
    expect(xml).toContain('A.7.7 Clear desk and clear screen');
    expect(xml).toContain('7.5.3 Control of documented information');
    // The document has no classification of its own: the organisation's default is printed.
    expect(xml).toContain('>Internal<');
    expect(xml).toContain('Shredding rule added.');
    expect(xml).not.toContain('working draft');
  });

  it('renders the body with Heading styles, shifting ## to Heading 1 once the repeated title is dropped', () => {
    const headings = [...xml.matchAll(/<w:pStyle w:val="(Heading\d)"\/>(?:(?!<\/w:p>)[\s\S])*?<w:t[^>]*>([^<]*)</g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual(expect.arrayContaining(['Heading1 1. Purpose', 'Heading1 2. Rules', 'Heading2 2.1 Retention']));
    expect(headings.filter((h) => h.endsWith('Clear Desk Policy'))).toEqual([]);
    expect(part(bytes, 'word/styles.xml')).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);
  });

  it('keeps bold and italic, and makes lists real Word lists with nested levels', () => {
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>)[\s\S])*<w:t[^>]*>confidential</);
    expect(xml).toMatch(/<w:i\/>(?:(?!<\/w:r>)[\s\S])*<w:t[^>]*>out of sight</);
    const levels = [...xml.matchAll(/<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/g)].map((m) => Number(m[1]));
    expect(levels).toEqual([0, 1, 0, 0]);
    const numbering = part(bytes, 'word/numbering.xml');
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="bullet"');
  });

  it('turns a pipe table into a Word table with a repeating header and the cell alignments', () => {
    expect(xml).toContain('<w:tblStyle w:val="IsmsTable"/>');
    expect(xml).toMatch(/<w:tblHeader\/>(?:(?!<\/w:tr>)[\s\S])*>Record</);
    expect(xml).toMatch(/<w:jc w:val="center"\/>(?:(?!<\/w:p>)[\s\S])*>1 year</);
    expect(xml).toMatch(/<w:jc w:val="right"\/>(?:(?!<\/w:p>)[\s\S])*<w:b\/>(?:(?!<\/w:p>)[\s\S])*>Reception</);
  });

  it('marks a draft as not in force and says so when it has no content or revisions yet', async () => {
    const draft = { ...doc, status: 'draft' as const, version: '0.1', approvedOn: null, nextReview: null, revisions: [] };
    const draftXml = part(await buildPolicyDocx(data({ document: draft, body: '' })), 'word/document.xml');
    expect(draftXml).toContain('This is a working draft. It has not been issued for review and is not in force.');
    expect(draftXml).toContain('No revisions issued yet');
    expect(draftXml).toContain('This document has no content yet.');
    expect(draftXml).toContain('Not yet approved');
  });
});

describe('body layout helpers', () => {
  it('keeps headings as they are when the body has no repeated title, and adds nothing to an empty body', () => {
    expect(bodyBlocks('# Scope\n\n## Detail', 'Policy').headingShift).toBe(0);
    expect(bodyBlocks('### Only level three', 'Policy').headingShift).toBe(2);
    expect(bodyBlocks('', 'Policy')).toEqual({ blocks: [], headingShift: 0 });
  });

  it('sizes table columns to the text width, never narrower than their longest word', () => {
    const widths = markdownTableWidths(
      [
        ['Tier', 'Meaning'],
        ['Tier 1 (confidential)', 'A long explanation of what the tier means for the people who handle information at this level'],
      ],
      9000,
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9000);
    expect(widths[0]).toBeGreaterThanOrEqual('(confidential)'.length * 100);
    expect(widths[1]).toBeGreaterThan(widths[0]!);
  });
});

describe.skipIf(!hasSoffice)(`policy rendered by LibreOffice${hasSoffice ? '' : ` (skipped: ${skipReason})`}`, () => {
  it('shows the cover, control pages and body text in order', async () => {
    const { policy } = convertToPdf({ policy: await buildPolicyDocx(data()) }, { prefix: 'policy-docx-', timeout: 120_000 });
    const text = policy.text.replace(/\s+/g, ' ');
    expect(policy.pages).toBeGreaterThanOrEqual(3);
    const order = ['Clear Desk Policy', 'Document control', 'Revision history', '1. Purpose', 'out of sight', '2.1 Retention', 'Visitor log'].map((t) => text.indexOf(t));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toMatch(/1\. Lock screens when away\./);
    expect(text).toContain('Page 2 of');
  }, 150_000);
});
