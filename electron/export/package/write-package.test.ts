import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PACKAGE_INDEX_FILE, PACKAGE_MANIFEST_FILE } from '../../../shared/domain/package';
import type { ProgressEvent } from '../../../shared/domain/progress';
import { useTempDir } from '../../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../../test/fixtures/workbook';
import { updateOrganisation } from '../../services/organisation-service';
import { listFiles, parseManifest, sha256, verifyPackageFolder } from './manifest';
import { readPackagePlan } from './package-plan';
import { buildPackage, writePackage, zipPackage } from './write-package';

const tempDir = useTempDir('isms-package-');

/** GNU coreutils' checker, to show the manifest is in the format it reads; the hashes are compared here regardless. */
const sha256sumAvailable = spawnSync('sha256sum', ['--version']).status === 0;

/** Every file under a folder with its bytes' hash, to show a refused package changed nothing. */
function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(listFiles(folder).map((file) => [file, sha256(fs.readFileSync(path.join(folder, file)))]));
}

afterEach(() => vi.restoreAllMocks());

describe('writing the Stage 1 package', () => {
  it('writes every document of the sample, the index and a manifest that matches them, with progress up to the total', async () => {
    const { ctx } = openTestWorkbook(tempDir(), { sample: true });
    const out = tempDir();
    fs.writeFileSync(path.join(out, 'notes.txt'), 'the user’s own file');
    const events: ProgressEvent[] = [];
    const result = await writePackage(ctx, { folder: out, zip: true, onProgress: (e) => events.push(e) });
    const plan = readPackagePlan(ctx);

    expect(result.folder).toBe(path.join(out, 'Northwind Ledger ISMS Stage 1 package 2026-11-20'));
    expect(fs.readdirSync(out).sort()).toEqual(['Northwind Ledger ISMS Stage 1 package 2026-11-20', 'Northwind Ledger ISMS Stage 1 package 2026-11-20.zip', 'notes.txt']);
    const onDisk = listFiles(result.folder);
    expect(onDisk).toEqual([...plan.entries.map((e) => e.path), PACKAGE_INDEX_FILE, PACKAGE_MANIFEST_FILE].sort());
    expect(result.files.map((f) => f.path)).toEqual([...plan.entries.map((e) => e.path), PACKAGE_INDEX_FILE, PACKAGE_MANIFEST_FILE]);
    expect(result.totalBytes).toBe(onDisk.reduce((sum, file) => sum + fs.statSync(path.join(result.folder, file)).size, 0));

    const manifest = fs.readFileSync(path.join(result.folder, PACKAGE_MANIFEST_FILE), 'utf8');
    expect(manifest).toMatch(/^[0-9a-f]{64} {2}00 Index\.docx\n/);
    const listed = parseManifest(manifest);
    expect(listed.map((l) => l.path)).toEqual(onDisk.filter((f) => f !== PACKAGE_MANIFEST_FILE));
    for (const line of listed) expect(sha256(fs.readFileSync(path.join(result.folder, line.path)))).toBe(line.sha256);
    expect(verifyPackageFolder(result.folder)).toEqual([]);
    if (sha256sumAvailable) {
      const checked = execFileSync('sha256sum', ['-c', PACKAGE_MANIFEST_FILE], { cwd: result.folder, encoding: 'utf8' });
      expect(checked.trim().split('\n')).toHaveLength(listed.length);
      expect(checked).not.toContain('FAILED');
    }
    fs.appendFileSync(path.join(result.folder, listed[1]!.path), 'x');
    expect(verifyPackageFolder(result.folder)).toEqual([`${listed[1]!.path}: changed since the package was made.`]);

    const zipped = unzipSync(fs.readFileSync(result.zipPath!));
    expect(Object.keys(zipped)).toEqual(listed.map((l) => `${plan.folderName}/${l.path}`).concat(`${plan.folderName}/${PACKAGE_MANIFEST_FILE}`).sort());
    expect(result.zipBytes).toBe(fs.statSync(result.zipPath!).size);

    const total = plan.fileCount + 1;
    expect(events.every((e) => e.task === 'package' && e.total === total)).toBe(true);
    expect(events.map((e) => e.done)).toEqual([...Array.from({ length: total }, (_, i) => i), total]);
    expect(events[0]!.label).toBe(plan.entries[0]!.fileName);
    expect(events.map((e) => e.label)).toEqual(expect.arrayContaining(plan.entries.map((e) => e.fileName)));
    expect(events.at(-1)!.label).toBe(`${plan.folderName}.zip`);
  }, 120_000);

  it('gives the same bytes for every file, and the same zip, from the same workbook', async () => {
    const { ctx } = openTestWorkbook(tempDir(), { sample: true });
    const first = await buildPackage(ctx, { zip: true });
    const second = await buildPackage(ctx, { zip: true });
    expect(second.files.map((f) => f.path)).toEqual(first.files.map((f) => f.path));
    for (const [index, file] of first.files.entries()) expect(sha256(second.files[index]!.data), file.path).toBe(sha256(file.data));
    expect(sha256(second.zip!)).toBe(sha256(first.zip!));
  }, 120_000);

  it('zips to the same bytes in every time zone, dated noon of the package day', () => {
    const files = [
      { path: 'MANIFEST.sha256', data: Buffer.from('manifest\n') },
      { path: '00 Index.docx', data: Buffer.from('index') },
    ];
    const plan = { organisation: 'Acme Ltd', asOf: '2026-03-01', folderName: 'Acme ISMS Stage 1 package 2026-03-01', entries: [], fileCount: 2 };
    const zone = process.env.TZ;
    try {
      const zips = ['America/Los_Angeles', 'Asia/Kolkata', 'UTC'].map((tz) => {
        process.env.TZ = tz;
        return zipPackage(plan, files);
      });
      expect(new Set(zips.map((zip) => sha256(zip))).size).toBe(1);
      // The DOS date and time of the first local header: 12:00:00 on 1 March 2026.
      const zip = zips[0]!;
      expect(zip.readUInt16LE(10)).toBe(12 << 11);
      expect(zip.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (3 << 5) | 1);
      expect(Object.keys(unzipSync(zip))).toEqual(['Acme ISMS Stage 1 package 2026-03-01/00 Index.docx', 'Acme ISMS Stage 1 package 2026-03-01/MANIFEST.sha256']);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('refuses, changing nothing, when the package or its zip already exists or the folder is itself a package', async () => {
    const { ctx } = openTestWorkbook(tempDir());
    const out = tempDir();
    const first = await writePackage(ctx, { folder: out, zip: false });
    const before = snapshot(out);
    await expect(writePackage(ctx, { folder: out, zip: false })).rejects.toMatchObject({ code: 'FILE_EXISTS', message: expect.stringMatching(/already exists.*nothing was written/) });
    await expect(writePackage(ctx, { folder: first.folder, zip: false })).rejects.toMatchObject({ code: 'FILE_EXISTS', message: expect.stringContaining('is itself a Stage 1 package') });
    expect(snapshot(out)).toEqual(before);

    const other = tempDir();
    const zipName = `${readPackagePlan(ctx).folderName}.zip`;
    fs.writeFileSync(path.join(other, zipName), 'an older zip');
    await expect(writePackage(ctx, { folder: other, zip: true })).rejects.toMatchObject({ code: 'FILE_EXISTS' });
    expect(fs.readdirSync(other)).toEqual([zipName]);
    expect(fs.readFileSync(path.join(other, zipName), 'utf8')).toBe('an older zip');

    await expect(writePackage(ctx, { folder: path.join(other, 'missing'), zip: false })).rejects.toMatchObject({ code: 'EXPORT_FAILED', message: expect.stringContaining('does not exist') });
    await expect(writePackage(ctx, { folder: path.join(other, zipName), zip: false })).rejects.toMatchObject({ message: expect.stringContaining('is a file, not a folder') });
  }, 60_000);

  it('writes nothing when the workbook changes while the package is made, or when the folder cannot be finished', async () => {
    const { ctx } = openTestWorkbook(tempDir());
    const out = tempDir();
    let edited = false;
    const editOnce = (event: ProgressEvent) => {
      if (event.done === 1 && !edited) {
        edited = true;
        updateOrganisation(ctx, { shortName: 'Renamed' });
      }
    };
    await expect(writePackage(ctx, { folder: out, zip: true, onProgress: editOnce })).rejects.toMatchObject({ code: 'EXPORT_FAILED', message: expect.stringContaining('changed while the package was being made') });
    expect(fs.readdirSync(out)).toEqual([]);

    const realRename = fs.renameSync.bind(fs);
    const denied = () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    // The folder cannot be renamed into place; then the folder is, but its zip cannot be.
    const rename = vi.spyOn(fs, 'renameSync').mockImplementationOnce(denied);
    await expect(writePackage(ctx, { folder: out, zip: true })).rejects.toMatchObject({ code: 'EXPORT_FAILED', message: expect.stringContaining('read-only') });
    expect(fs.readdirSync(out)).toEqual([]);
    rename.mockImplementationOnce(realRename).mockImplementationOnce(denied);
    await expect(writePackage(ctx, { folder: out, zip: true })).rejects.toMatchObject({ code: 'EXPORT_FAILED' });
    expect(rename).toHaveBeenCalledTimes(3);
    expect(fs.readdirSync(out)).toEqual([]);

    rename.mockRestore();
    const result = await writePackage(ctx, { folder: out, zip: true });
    expect(fs.readdirSync(out).sort()).toEqual([path.basename(result.folder), path.basename(result.zipPath!)]);
  }, 60_000);
});
