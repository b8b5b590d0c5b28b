/**
 * `isms package` on the sample, opened the way an auditor would: every Word document and Excel register converted by
 * LibreOffice (in one run) to a PDF with pages and text, and the manifest checked against the files on disk. Needs
 * soffice (libreoffice-writer, libreoffice-calc) and poppler-utils; skipped, saying why, without them.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_INDEX_FILE, PACKAGE_MANIFEST_FILE } from '../../../shared/domain/package';
import { hasSoffice, skipReason } from '../../../test/fixtures/libreoffice';
import { useTempDir } from '../../../test/fixtures/temp-dir';
import { runCli } from '../../cli/isms';
import { listFiles, parseManifest, sha256 } from './manifest';

const tempDir = useTempDir('isms-package-render-');

if (!hasSoffice) console.log(`package render test skipped: ${skipReason}`);

/** Converts every file to PDF in one LibreOffice run, under numbered names (a .docx and a .xlsx may share a name). */
function renderAll(files: readonly string[], workDir: string): { pages: number; text: string }[] {
  const profileDir = path.join(os.tmpdir(), `lo-${randomUUID()}`);
  const copies = files.map((file, index) => {
    const copy = path.join(workDir, `file-${String(index).padStart(3, '0')}${path.extname(file)}`);
    fs.copyFileSync(file, copy);
    return copy;
  });
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profileDir}`, '--convert-to', 'pdf', '--outdir', workDir, ...copies], {
      stdio: 'pipe',
      timeout: 600_000,
    });
  } finally {
    fs.rmSync(profileDir, { recursive: true, force: true });
  }
  return copies.map((copy, index) => {
    const pdf = copy.replace(/\.[a-z]+$/, '.pdf');
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice could not open ${files[index]}`);
    return {
      pages: Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0),
      text: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
    };
  });
}

describe.skipIf(!hasSoffice)('Stage 1 package of the sample, rendered', () => {
  it('opens every document and register in LibreOffice, and its manifest matches the files', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'sample.isms');
    expect(await runCli(['new', file, '--sample'], { out: () => undefined, err: () => undefined })).toBe(0);
    const out = path.join(dir, 'out');
    const errors: string[] = [];
    expect(await runCli(['package', file, '--out', out], { out: () => undefined, err: (t) => errors.push(t) }), errors.join('\n')).toBe(0);
    const [name] = fs.readdirSync(out);
    const folder = path.join(out, name!);

    const files = listFiles(folder);
    const manifest = parseManifest(fs.readFileSync(path.join(folder, PACKAGE_MANIFEST_FILE), 'utf8'));
    expect(manifest.map((line) => line.path)).toEqual(files.filter((f) => f !== PACKAGE_MANIFEST_FILE));
    for (const line of manifest) expect(sha256(fs.readFileSync(path.join(folder, line.path))), line.path).toBe(line.sha256);

    const documents = files.filter((f) => /\.(docx|xlsx)$/.test(f));
    expect(documents.length).toBe(files.length - 1);
    expect(documents.filter((f) => f.endsWith('.xlsx')).length).toBeGreaterThanOrEqual(4);
    const work = tempDir();
    const rendered = renderAll(documents.map((f) => path.join(folder, f)), work);
    for (const [index, document] of documents.entries()) {
      expect(rendered[index]!.pages, document).toBeGreaterThan(0);
      expect(rendered[index]!.text.trim().length, document).toBeGreaterThan(100);
    }
    const index = rendered[documents.indexOf(PACKAGE_INDEX_FILE)]!;
    expect(index.text).toContain('Stage 1 Documentation Package');
    expect(index.text).toContain('Northwind Ledger Ltd');
    expect(index.text).toContain('6.1.3 Statement of Applicability.xlsx');
    const soa = rendered[documents.indexOf('06 Planning/6.1.3 Statement of Applicability.docx')]!;
    expect(soa.text).toContain('Statement of Applicability');
  }, 900_000);
});
