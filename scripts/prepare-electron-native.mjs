// `npm start` runs Electron, whose Node ABI differs from the Node that runs the tests and the CLI.
// Build better-sqlite3 once for Electron into .electron-native/<version>/ and let the app load it from
// there (electron/db/native-binding.ts), so node_modules keeps the Node build.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// package.json's allowScripts keeps npm from running Electron's download at install time (CI and the test
// machines never need it); fetch the binary here, the first time someone actually starts the app.
const electronDir = path.dirname(require.resolve('electron/package.json'));
if (!fs.existsSync(path.join(electronDir, 'path.txt'))) {
  console.log('Downloading the Electron binary (first start only)…');
  execFileSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit' });
}

const electronVersion = require('electron/package.json').version;
const target = path.resolve('.electron-native', electronVersion);
const binary = path.join(target, 'better_sqlite3.node');

if (fs.existsSync(binary)) process.exit(0);

const work = path.join(target, 'build');
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
fs.cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), work, { recursive: true });
console.log(`Building better-sqlite3 for Electron ${electronVersion} (first start only)…`);
execFileSync(
  process.platform === 'win32' ? 'npx.cmd' : 'npx',
  ['--no-install', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'],
  // An npm `nodedir` setting would point node-gyp at Node's headers instead of Electron's.
  { cwd: work, stdio: 'inherit', env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k.toLowerCase() !== 'npm_config_nodedir')) },
);
fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), binary);
fs.rmSync(work, { recursive: true, force: true });
