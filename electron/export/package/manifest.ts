/**
 * MANIFEST.sha256: the SHA-256 of every other file of the package, in the format `sha256sum` writes and checks
 * (`<hex>  <path>`, two spaces, forward slashes), so `sha256sum -c MANIFEST.sha256` in the package folder verifies it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_MANIFEST_FILE } from '../../../shared/domain/package';

export interface PackageFileData {
  /** Relative to the package folder, with forward slashes. */
  path: string;
  data: Buffer;
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Code-unit order, the same on every machine whatever its locale. */
const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The manifest of `files` (which must not include the manifest), one line per file in path order. */
export function manifestText(files: readonly PackageFileData[]): string {
  return [...files]
    .sort(byPath)
    .map((file) => {
      // sha256sum escapes a name holding a backslash or a line break; package names never do.
      if (/[\\\n\r]/.test(file.path) || file.path.startsWith('/')) throw new Error(`Not a manifest path: ${JSON.stringify(file.path)}`);
      if (file.path === PACKAGE_MANIFEST_FILE) throw new Error('The manifest does not list itself.');
      return `${sha256(file.data)}  ${file.path}\n`;
    })
    .join('');
}

/** The lines of a manifest as path and hash. */
export function parseManifest(text: string): { path: string; sha256: string }[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
      if (!match) throw new Error(`Not a manifest line: ${JSON.stringify(line)}`);
      return { sha256: match[1]!, path: match[2]! };
    });
}

/** Every file under `folder`, relative, with forward slashes, in path order. */
export function listFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relative);
      else out.push(relative);
    }
  };
  walk(folder, '');
  return out.sort();
}

/**
 * What does not match between a package folder and its manifest: files changed, missing, or not listed. Empty when
 * the package is intact.
 */
export function verifyPackageFolder(folder: string): string[] {
  const manifestPath = path.join(folder, PACKAGE_MANIFEST_FILE);
  if (!fs.existsSync(manifestPath)) return [`${PACKAGE_MANIFEST_FILE} is missing.`];
  const listed = parseManifest(fs.readFileSync(manifestPath, 'utf8'));
  const problems: string[] = [];
  const onDisk = new Set(listFiles(folder).filter((file) => file !== PACKAGE_MANIFEST_FILE));
  for (const line of listed) {
    const file = path.join(folder, ...line.path.split('/'));
    if (!onDisk.delete(line.path)) problems.push(`${line.path}: listed but missing.`);
    else if (sha256(fs.readFileSync(file)) !== line.sha256) problems.push(`${line.path}: changed since the package was made.`);
  }
  for (const extra of onDisk) problems.push(`${extra}: not in the manifest.`);
  return problems;
}
