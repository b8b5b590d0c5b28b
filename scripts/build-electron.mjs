// Bundles the main process and the preload to CommonJS: a sandboxed preload cannot require local files,
// and one file each keeps app.asar small. better-sqlite3 stays external (native module, unpacked from asar).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
};

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' });
console.log('electron: dist/electron/main.cjs, dist/electron/preload.cjs');
