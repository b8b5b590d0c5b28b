import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../electron/handlers/dispatch';
import type { WorkbookSession } from '../electron/workbook-session';
import { measure, type Measurement } from './measure';

/**
 * The Stage 1 package as the window asks for it: through the handler, every document rendered, the index and manifest
 * made and the folder written to disk. Each run writes into a fresh folder, since a package is never overwritten.
 */
export async function measurePackage(name: string, session: WorkbookSession, dir: string, options: { runs: number; goalMs: number }): Promise<Measurement> {
  const out = fs.mkdtempSync(path.join(dir, 'package-'));
  let run = 0;
  try {
    return await measure(
      name,
      async () => {
        const folder = path.join(out, String((run += 1)));
        fs.mkdirSync(folder);
        const result = await dispatch({ session }, 'package:build', { folder, zip: false });
        if (!result.ok) throw new Error(`package export failed: ${result.error.message}`);
      },
      { runs: options.runs, warmup: 1, goalMs: options.goalMs },
    );
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
