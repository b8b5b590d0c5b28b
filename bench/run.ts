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
import { workbookWithAssets, riskRegisterXlsx } from './large-workbook';
import { measureRegisterRender } from './register-render';
import { measurePackage } from './package-bench';
import { importRisks } from '../electron/import/risk-import';
import { readRiskExportData } from '../electron/export/risk-data';
import { buildRiskReportDocx } from '../electron/export/docx/risk-report-docx';
import { buildRiskRegisterXlsx } from '../electron/export/xlsx/risk-register-xlsx';

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
  // Issue 5: the Stage 1 package, every document and register written to disk with its index and manifest.
  results.push(await measurePackage('Stage 1 package export (sample)', session, dir, { runs: 3, goalMs: 10_000 }));
  session.close();

  // Issue 3: a workbook of 5,000 risks and 2,000 assets.
  const large = workbookWithAssets(dir, 2000);
  const registerFile = await riskRegisterXlsx(dir, 5000, 2000);
  const big = new WorkbookSession({ actor: 'bench' });
  await big.open(large);
  const bigCtx = big.context();
  results.push(
    await measure('import of a 5,000-row XLSX of risks', () => importRisks(bigCtx, registerFile, { dryRun: false }), { runs: 1, warmup: 0, goalMs: 3000 }),
  );
  results.push(await measure('risk register load (5,000 risks)', () => dispatch({ session: big }, 'risk:list', {}), { runs: 20, goalMs: 100 }));
  results.push(await measure('Stage 1 readiness check (5,000 risks)', () => dispatch({ session: big }, 'readiness:check', {}), { runs: 10 }));
  results.push(
    await measure('risk assessment report export (5,000)', () => buildRiskReportDocx(readRiskExportData(bigCtx, 'risk-report')), { runs: 3, warmup: 1, goalMs: 5000 }),
  );
  results.push(
    await measure('risk register Excel export (5,000)', () => buildRiskRegisterXlsx(readRiskExportData(bigCtx, 'risk-report')), { runs: 3, warmup: 1 }),
  );
  results.push(await measurePackage('Stage 1 package export (5,000 risks)', big, dir, { runs: 3, goalMs: 10_000 }));
  if (fs.existsSync('dist/renderer/index.html') && fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    const renders = (await measureRegisterRender(big, 6)).slice(1).sort((a, b) => a - b);
    results.push({ name: 'register first render in Chromium (5,000)', runs: renders.length, medianMs: renders[Math.floor(renders.length / 2)]!, p95Ms: renders.at(-1)!, goalMs: 500 });
  } else {
    console.log('register first render: skipped (run `npm run build` and install chromium first)');
  }
  big.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

const met = report(results);
console.log(`\nmachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
process.exitCode = met ? 0 : 1;
