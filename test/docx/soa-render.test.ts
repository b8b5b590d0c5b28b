/**
 * Renders the Statement of Applicability with LibreOffice, as a reader would see it, and reads the PDF back.
 * Needs soffice (libreoffice-writer) and poppler-utils (pdftotext, pdfinfo); skipped, saying why, without them.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSoaDocx } from '../../electron/export/docx/soa-docx';
import type { SoaExportData } from '../../electron/export/soa-data';
import { ANNEX_A } from '../../shared/catalog/annex-a';
import type { Organisation } from '../../shared/domain/organisation';
import type { SoaEntry } from '../../shared/domain/soa';
import type { DocumentControlWithHistory, DocumentRevision } from '../../shared/domain/workbook';

function onPath(command: string): boolean {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => dir !== '')
    .some((dir) => {
      try {
        fs.accessSync(path.join(dir, command), fs.constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

const missing = ['soffice', 'pdftotext', 'pdfinfo'].filter((command) => !onPath(command));
const hasSoffice = missing.length === 0;
const skipReason = `not on PATH: ${missing.join(', ')} (install libreoffice-writer and poppler-utils)`;

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

/** Folders made by the test, removed afterwards; made only when the test runs, so a skipped run leaves nothing. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('Statement of Applicability rendered by LibreOffice', () => {
  if (!hasSoffice) it.skip(`skipped: ${skipReason}`, () => {});

  it.skipIf(!hasSoffice)(
    'shows every Annex A control and the organisation on at least three pages',
    async () => {
      const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isms-soa-render-'));
      // LibreOffice needs a profile folder of its own per run (DESIGN.md, "Known traps").
      const profileDir = path.join(os.tmpdir(), `lo-${randomUUID()}`);
      made.push(workDir, profileDir);
      const data = sampleData();
      const docx = path.join(workDir, 'soa.docx');
      fs.writeFileSync(docx, await buildSoaDocx(data));

      execFileSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${profileDir}`,
          '--convert-to',
          'pdf',
          '--outdir',
          workDir,
          docx,
        ],
        { stdio: 'pipe', timeout: 110_000 },
      );
      const pdf = path.join(workDir, 'soa.pdf');
      expect(fs.existsSync(pdf), 'LibreOffice wrote no PDF').toBe(true);

      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const missingIds = ANNEX_A.map((control) => `A.${control.id}`).filter(
        (id) => !new RegExp(`(^|[^\\w.])${id.replace(/\./g, '\\.')}(?!\\d)`, 'm').test(text),
      );
      expect(missingIds).toEqual([]);
      expect(text).toContain(data.organisation.legalName);
      expect(text).toContain('Statement of Applicability');
      expect(text).toMatch(/Page 2 of \d+/);

      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
      expect(pages).toBeGreaterThanOrEqual(3);
    },
    120_000,
  );
});
