/**
 * Builds the Stage 1 package and writes it. Every file is rendered first, one after the other, reporting progress
 * after each; the folder is written under a temporary name beside its final one and renamed at the end, so a failure
 * leaves nothing half-written, and nothing that already exists is ever overwritten.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  PACKAGE_INDEX_FILE,
  PACKAGE_MANIFEST_FILE,
  type PackagePlan,
  type PackageResult,
} from '../../../shared/domain/package';
import type { ProgressEvent } from '../../../shared/domain/progress';
import { AppError } from '../../../shared/ipc/result';
import { getLogo } from '../../repositories/organisation-repo';
import { readOrganisation } from '../../services/organisation-service';
import type { WorkbookContext } from '../../services/workbook-context';
import { zipSync, type Zippable } from 'fflate';
import { fixedDateFrom, zipMtime } from '../deterministic-zip';
import { findExportKind } from '../export-registry';
import { buildPackageIndexDocx } from './index-docx';
import { manifestText, sha256, type PackageFileData } from './manifest';
import { readPackagePlan } from './package-plan';

export const PACKAGE_TASK = 'package';

type Progress = (event: ProgressEvent) => void;

/** The last change-log entry: if it moves while the package is rendered, the files would disagree with each other. */
function changeMark(ctx: WorkbookContext): number {
  return (ctx.db.prepare('SELECT coalesce(max(id), 0) AS id FROM change_log').get() as { id: number }).id;
}

export interface BuiltPackage {
  plan: PackagePlan;
  /** In index order, then the index and the manifest. */
  files: PackageFileData[];
  zip: Buffer | null;
}

/**
 * Renders every file of the package in memory, in index order, then the index, the manifest and, when asked, the zip.
 * Progress is reported before each step (steps done so far, and the file being made) and once at the end.
 */
export async function buildPackage(ctx: WorkbookContext, options: { zip: boolean; onProgress?: Progress }): Promise<BuiltPackage> {
  const { onProgress } = options;
  const mark = changeMark(ctx);
  const plan = readPackagePlan(ctx);
  const total = plan.fileCount + (options.zip ? 1 : 0);
  const report = (done: number, label: string) => onProgress?.({ task: PACKAGE_TASK, done, total, label });
  const files: PackageFileData[] = [];
  for (const entry of plan.entries) {
    report(files.length, entry.fileName);
    const { kind, argument } = findExportKind(entry.kind);
    files.push({ path: entry.path, data: await kind.build(ctx, argument) });
  }
  report(files.length, PACKAGE_INDEX_FILE);
  const { hasLogo: _hasLogo, ...organisation } = readOrganisation(ctx);
  files.push({ path: PACKAGE_INDEX_FILE, data: await buildPackageIndexDocx({ organisation, logo: getLogo(ctx.db), plan }) });
  if (changeMark(ctx) !== mark) {
    throw new AppError(
      'EXPORT_FAILED',
      'The workbook changed while the package was being made, so its documents would not agree with each other. Nothing was written; make the package again.',
    );
  }
  report(files.length, PACKAGE_MANIFEST_FILE);
  files.push({ path: PACKAGE_MANIFEST_FILE, data: Buffer.from(manifestText(files), 'utf8') });
  if (!options.zip) {
    report(total, plan.folderName);
    return { plan, files, zip: null };
  }
  const zipName = `${plan.folderName}.zip`;
  report(files.length, zipName);
  const zip = zipPackage(plan, files);
  report(total, zipName);
  return { plan, files, zip };
}

/**
 * The package as one zip: the package folder at its root, entries in manifest order, each dated the day the package
 * speaks for. Word and Excel files are already compressed, so they are stored as they are.
 */
export function zipPackage(plan: PackagePlan, files: readonly PackageFileData[]): Buffer {
  // The same in every time zone, as normaliseZip does for the documents themselves.
  const mtime = zipMtime(fixedDateFrom(plan.asOf));
  const entries: Zippable = {};
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    entries[`${plan.folderName}/${file.path}`] = [file.data, { level: /\.(docx|xlsx)$/.test(file.path) ? 0 : 6, mtime }];
  }
  return Buffer.from(zipSync(entries, { mtime }));
}

function writeFailure(error: unknown, what: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code;
  const reason =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? 'the folder is read-only or you may not write there'
      : code === 'ENOSPC'
        ? 'the disk is full'
        : (error as Error).message;
  return new AppError('EXPORT_FAILED', `Could not write ${what}: ${reason}. Nothing was left behind.`);
}

/** The chosen folder must exist, be a folder, and not be a package itself. */
function checkParent(parent: string): void {
  const stat = fs.statSync(parent, { throwIfNoEntry: false });
  if (!stat) throw new AppError('EXPORT_FAILED', `The folder ${parent} does not exist.`);
  if (!stat.isDirectory()) throw new AppError('EXPORT_FAILED', `${parent} is a file, not a folder. Choose the folder to create the package in.`);
  if (fs.existsSync(path.join(parent, PACKAGE_MANIFEST_FILE))) {
    throw new AppError('FILE_EXISTS', `${parent} is itself a Stage 1 package. Choose the folder to create the new package in, not an existing one.`);
  }
}

function refuseExisting(target: string, zipPath: string | null): void {
  for (const existing of [target, zipPath]) {
    if (existing && fs.existsSync(existing)) {
      throw new AppError(
        'FILE_EXISTS',
        `${path.basename(existing)} already exists in ${path.dirname(existing)}. Move or delete it, or choose another folder; nothing was written.`,
        { path: existing },
      );
    }
  }
}

export interface WritePackageOptions {
  /** The folder to create the package folder in. */
  folder: string;
  zip: boolean;
  onProgress?: Progress;
}

/**
 * Creates "<organisation> ISMS Stage 1 package <date>" inside `folder`, with a zip of it beside it when asked. Refuses,
 * writing nothing, when either already exists or the folder is itself a package.
 */
export async function writePackage(ctx: WorkbookContext, options: WritePackageOptions): Promise<PackageResult> {
  const parent = path.resolve(options.folder);
  checkParent(parent);
  const targets = (name: string) => ({ target: path.join(parent, name), zipPath: options.zip ? `${path.join(parent, name)}.zip` : null });
  const planned = targets(readPackagePlan(ctx).folderName);
  refuseExisting(planned.target, planned.zipPath);

  const { plan, files, zip: zipBytes } = await buildPackage(ctx, { zip: options.zip, onProgress: options.onProgress });
  const { folderName } = plan;
  const { target, zipPath } = targets(folderName);

  const temporary = path.join(parent, `.${folderName}.${process.pid}.partial`);
  const temporaryZip = zipPath ? `${zipPath}.${process.pid}.partial` : null;
  let renamed = false;
  try {
    fs.mkdirSync(temporary);
    for (const file of files) {
      const destination = path.join(temporary, ...file.path.split('/'));
      fs.mkdirSync(path.dirname(destination), { recursive: true });
      fs.writeFileSync(destination, file.data, { flag: 'wx' });
    }
    if (temporaryZip && zipBytes) fs.writeFileSync(temporaryZip, zipBytes, { flag: 'wx' });
    // Checked again: another program may have made either in the meantime, and a rename would replace an empty folder.
    refuseExisting(target, zipPath);
    fs.renameSync(temporary, target);
    renamed = true;
    if (temporaryZip && zipPath) fs.renameSync(temporaryZip, zipPath);
  } catch (error) {
    fs.rmSync(temporary, { recursive: true, force: true });
    if (temporaryZip) fs.rmSync(temporaryZip, { force: true });
    if (renamed) fs.rmSync(target, { recursive: true, force: true });
    throw writeFailure(error, folderName);
  }
  const listed = files.map((file) => ({ path: file.path, bytes: file.data.length, sha256: sha256(file.data) }));
  return {
    folder: target,
    files: listed,
    totalBytes: listed.reduce((sum, file) => sum + file.bytes, 0),
    zipPath,
    zipBytes: zipBytes?.length ?? null,
  };
}
