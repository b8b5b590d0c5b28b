import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/result';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { assetInput, riskInput } from '../../test/fixtures/risk-records';
import { listAssets } from '../repositories/asset-repo';
import { listRiskTitles } from '../repositories/risk-repo';
import { createAsset } from '../services/asset-service';
import { createRisk } from '../services/risk-service';
import { importAssets, previewAssetImport } from './asset-import';
import { matchKey } from './existing-matches';
import { importRisks, previewRiskImport } from './risk-import';

const tempDir = useTempDir();

function setUp() {
  const dir = tempDir();
  const { ctx, session } = openTestWorkbook(dir);
  const csv = (name: string, lines: string[]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, lines.join('\n') + '\n');
    return file;
  };
  return { ctx, session, csv };
}

describe('matchKey', () => {
  it('ignores case, runs of spaces, surrounding space and Unicode forms', () => {
    expect(matchKey('  Phishing\tof   STAFF ')).toBe('phishing of staff');
    expect(matchKey('Ｃｌｏｕｄ outage')).toBe('cloud outage');
    expect(matchKey('Ransomware')).not.toBe(matchKey('Ransomware attack'));
  });
});

describe('rows the workbook already holds', () => {
  it('finds risks by title; adds them unless asked to leave them out, and says how many were left out', async () => {
    const { ctx, session, csv } = setUp();
    createRisk(ctx, riskInput({ title: 'Phishing of staff' }));
    createRisk(ctx, riskInput({ title: 'Laptop theft' }));
    const file = csv('risks.csv', ['Title,Owner', 'PHISHING  of staff,CISO', 'Supplier breach,CISO', 'Laptop theft ,IT', 'Phishing of staff,HR']);

    const preview = await previewRiskImport(ctx, file);
    expect(preview.problems).toEqual([]);
    expect(preview.matches).toEqual([
      { row: 2, ref: 'R-001', text: 'PHISHING  of staff' },
      { row: 4, ref: 'R-002', text: 'Laptop theft' },
      { row: 5, ref: 'R-001', text: 'Phishing of staff' },
    ]);

    const dry = await importRisks(ctx, file, { dryRun: true, skipExisting: true });
    expect(dry).toMatchObject({ rows: 4, applied: 1, skipped: 3, created: [] });
    expect(listRiskTitles(ctx.db)).toHaveLength(2);

    const skipped = await importRisks(ctx, file, { dryRun: false, skipExisting: true });
    expect(skipped).toMatchObject({ rows: 4, applied: 1, skipped: 3, created: ['R-003'] });
    expect(listRiskTitles(ctx.db).map((r) => r.text)).toEqual(['Phishing of staff', 'Laptop theft', 'Supplier breach']);

    // Without the option every row is added: titles need not be unique. The earlier import's risk now matches too.
    const all = await importRisks(ctx, file, { dryRun: false });
    expect(all).toMatchObject({ applied: 4, skipped: 0, created: ['R-004', 'R-005', 'R-006', 'R-007'] });
    expect(all.matches.map((m) => m.ref)).toEqual(['R-001', 'R-003', 'R-002', 'R-001']);
    expect(listRiskTitles(ctx.db)).toHaveLength(7);
    session.close();
  });

  it('refuses an asset whose name is already in the inventory, unless such rows are left out', async () => {
    const { ctx, session, csv } = setUp();
    createAsset(ctx, assetInput({ name: 'CRM' })); // AS-001
    const file = csv('assets.csv', ['Name,Type', 'crm,Software', 'Payroll system,Software']);

    const preview = await previewAssetImport(ctx, file);
    expect(preview.matches).toEqual([{ row: 2, ref: 'AS-001', text: 'crm' }]);
    expect(preview.problems).toEqual([
      { row: 2, column: 'Name', message: expect.stringContaining('already has an asset named "crm" (AS-001)') },
    ]);
    const refused = await importAssets(ctx, file, { dryRun: false }).catch((e: AppError) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(listAssets(ctx.db)).toHaveLength(1);

    const leavingOut = await previewAssetImport(ctx, file, { skipExisting: true });
    expect(leavingOut.problems).toEqual([]);
    expect(leavingOut.matches).toHaveLength(1);
    const report = await importAssets(ctx, file, { dryRun: false, skipExisting: true });
    expect(report).toMatchObject({ applied: 1, skipped: 1, created: ['AS-002'] });
    expect(listAssets(ctx.db).map((a) => a.name)).toEqual(['CRM', 'Payroll system']);
    session.close();
  });

  it('finds nothing in an empty register, and ignores rows that did not parse', async () => {
    const { ctx, session, csv } = setUp();
    const file = csv('risks.csv', ['Title,Owner', 'Phishing of staff,CISO']);
    expect((await previewRiskImport(ctx, file)).matches).toEqual([]);
    createRisk(ctx, riskInput({ title: 'Phishing of staff' }));
    const broken = csv('broken.csv', ['Title,Likelihood', 'Phishing of staff,eleven']);
    const preview = await previewRiskImport(ctx, broken);
    expect(preview.problems).toHaveLength(1);
    expect(preview.matches).toEqual([]);
    session.close();
  });
});
