// `npm run bench`: timings for the sample workbook. Goals from the issues live here, not in the tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeConnection, openWorkbookFile } from '../electron/db/open-workbook';
import { dispatch } from '../electron/handlers/dispatch';
import { buildSoaDocx } from '../electron/export/docx/soa-docx';
import { buildSoaXlsx } from '../electron/export/xlsx/soa-xlsx';
import { readSoaExportData } from '../electron/export/soa-data';
import { WorkbookSession } from '../electron/workbook-session';
import { measure, report, type Measurement } from './measure';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isms-bench-'));
const file = path.join(dir, 'sample.isms');
const results: Measurement[] = [];

try {
  const creator = new WorkbookSession({ actor: 'bench' });
  creator.create(file, 'Northwind Ledger Ltd', true);
  creator.close();

  results.push(
    await measure('workbook open (sample)', async () => closeConnection((await openWorkbookFile(file)).db), { runs: 20 }),
  );

  const session = new WorkbookSession({ actor: 'bench' });
  await session.open(file);
  const ctx = session.context();
  results.push(await measure('SoA load (93 controls, via handler)', () => dispatch({ session }, 'soa:list', {}), { runs: 50 }));
  results.push(await measure('SoA Word export', () => buildSoaDocx(readSoaExportData(ctx)), { runs: 15, goalMs: 300 }));
  results.push(await measure('SoA Excel export', () => buildSoaXlsx(readSoaExportData(ctx)), { runs: 15 }));
  session.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

const met = report(results);
console.log(`\nmachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
process.exitCode = met ? 0 : 1;
