import fs from 'node:fs';
import path from 'node:path';

/**
 * Under `npm start`, Electron loads a better-sqlite3 build made for its own ABI from .electron-native/,
 * leaving node_modules with the Node build that the CLI and tests use. Packaged apps are rebuilt in place
 * by electron-builder and need nothing here.
 */
export function nativeBindingOption(): { nativeBinding?: string } {
  const electronVersion = process.versions.electron;
  if (!electronVersion) return {};
  const candidate = path.resolve(process.cwd(), '.electron-native', electronVersion, 'better_sqlite3.node');
  return fs.existsSync(candidate) ? { nativeBinding: candidate } : {};
}
