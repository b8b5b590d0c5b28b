/**
 * Renders the Statement of Applicability with LibreOffice, as a reader would see it, and reads the PDF back.
 * Needs soffice (libreoffice-writer) and poppler-utils (pdftotext, pdfinfo); skipped, saying why, without them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSoaDocx } from '../../electron/export/docx/soa-docx';
import type { SoaExportData } from '../../electron/export/soa-data';
import { ANNEX_A } from '../../shared/catalog/annex-a';
import type { Organisation } from '../../shared/domain/organisation';
import type { SoaEntry } from '../../shared/domain/soa';
import type { DocumentControlWithHistory, DocumentRevision } from '../../shared/domain/workbook';
import { convertToPdf, hasSoffice, skipReason } from '../fixtures/libreoffice';

const SAMPLE = fileURLToPath(new URL('../../resources/sample', import.meta.url));
const readJson = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(SAMPLE, name), 'utf8')) as T;

/** The sample organisation's SoA, as the export reads it from a workbook. */
function sampleData(): SoaExportData {
  const organisation = readJson<Organisation>('organisation.json');
  const entries = new Map(readJson<SoaEntry[]>('soa.json').map((entry) => [entry.controlId, entry]));
  const [soaControl] = readJson<{ control: Omit<DocumentControlWithHistory, 'revisions'>; revisions: DocumentRevision[] }[]>(
    'document-control.json',
  ).filter((doc) => doc.control.docKey === 'soa');
  if (!soaControl) throw new Error('The sample has no document control for the SoA.');
  return {
    organisation,
    logo: null,
    documentControl: { ...soaControl.control, revisions: soaControl.revisions },
    rows: ANNEX_A.map((control) => {
      const entry = entries.get(control.id);
      if (!entry) throw new Error(`The sample SoA has no row for A.${control.id}.`);
      return { control, entry };
    }),
    asOf: '2026-10-14',
  };
}

describe('Statement of Applicability rendered by LibreOffice', () => {
  if (!hasSoffice) it.skip(`skipped: ${skipReason}`, () => {});

  it.skipIf(!hasSoffice)(
    'shows every Annex A control and the organisation on at least three pages',
    async () => {
      const data = sampleData();
      const { text, pages } = convertToPdf({ soa: await buildSoaDocx(data) }, { prefix: 'isms-soa-render-', timeout: 110_000 }).soa;

      const missingIds = ANNEX_A.map((control) => `A.${control.id}`).filter(
        (id) => !new RegExp(`(^|[^\\w.])${id.replace(/\./g, '\\.')}(?!\\d)`, 'm').test(text),
      );
      expect(missingIds).toEqual([]);
      expect(text).toContain(data.organisation.legalName);
      expect(text).toContain('Statement of Applicability');
      expect(text).toMatch(/Page 2 of \d+/);
      expect(pages).toBeGreaterThanOrEqual(3);
    },
    120_000,
  );
});
