import path from 'node:path';
import ExcelJS from 'exceljs';
import { ANNEX_A } from '../shared/catalog/annex-a';
import { ASSET_TYPES, type AssetInput } from '../shared/domain/risk';
import { insertAssets } from '../electron/services/asset-service';
import { inTransaction } from '../electron/services/workbook-context';
import { WorkbookSession } from '../electron/workbook-session';

/** A deterministic pseudo-random sequence, so every bench run builds the same workbook. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** A blank workbook with `count` assets, for the register benchmarks. */
export function workbookWithAssets(dir: string, count: number): string {
  const file = path.join(dir, 'large.isms');
  const session = new WorkbookSession({ actor: 'bench' });
  session.create(file, 'Large Bench Ltd', false);
  const ctx = session.context();
  const random = sequence(7);
  const assets: AssetInput[] = Array.from({ length: count }, (_, i) => ({
    name: `Asset ${i + 1} ${['database', 'laptop', 'SaaS tenant', 'supplier', 'repository'][i % 5]}`,
    type: ASSET_TYPES[i % ASSET_TYPES.length]!,
    owner: `Owner ${(i % 25) + 1}`,
    classification: ['Public', 'Internal', 'Confidential', 'Restricted'][i % 4]!,
    confidentiality: 1 + Math.floor(random() * 3),
    integrity: 1 + Math.floor(random() * 3),
    availability: 1 + Math.floor(random() * 3),
    location: 'eu-west-2',
    description: '',
  }));
  inTransaction(ctx, () => insertAssets(ctx, assets));
  session.close();
  return file;
}

/** An XLSX register of `count` risks, as a client might hand it over, naming assets by reference. */
export async function riskRegisterXlsx(dir: string, count: number, assetCount: number): Promise<string> {
  const random = sequence(11);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Risks');
  sheet.addRow(['Risk', 'Description', 'Assets', 'Threat', 'Vulnerability', 'Owner', 'Likelihood', 'Impact', 'Treatment', 'Controls', 'Residual likelihood', 'Residual impact']);
  const labels = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'];
  for (let i = 0; i < count; i += 1) {
    const l = 1 + Math.floor(random() * 5);
    const impact = 1 + Math.floor(random() * 5);
    const asset = (n: number) => `AS-${String(n).padStart(3, '0')}`;
    const controls = [0, 1, 2].map(() => `A.${ANNEX_A[Math.floor(random() * ANNEX_A.length)]!.id}`).join('; ');
    sheet.addRow([
      `Risk scenario ${i + 1}`,
      `Generated scenario ${i + 1} for the benchmark.`,
      `${asset(1 + Math.floor(random() * assetCount))}, ${asset(1 + Math.floor(random() * assetCount))}`,
      'Threat actor',
      'Weakness',
      `Owner ${(i % 25) + 1}`,
      i % 2 === 0 ? l : labels[l - 1],
      impact,
      ['Mitigate', 'Accept', 'Transfer', 'Avoid'][i % 4],
      controls,
      Math.max(1, l - 2),
      Math.max(1, impact - 1),
    ]);
  }
  const file = path.join(dir, 'register.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}
