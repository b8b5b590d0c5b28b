import { ASSET_TYPE_LABELS, CIA_LABELS, type Asset } from '../../../shared/domain/risk';
import type { RiskExportData } from '../risk-data';
import { addRegisterSheet, newWorkbook, writeDeterministic, type RegisterColumn } from './register-sheet';

/* The asset inventory as an Excel register, laid out like every register sheet (see register-sheet.ts). */

export const ASSETS_SHEET_NAME = 'Assets';

/** "3 High": the number sorts and filters, the word reads; the import reads it back either way. */
export const ciaText = (value: number) => `${value} ${CIA_LABELS[value] ?? ''}`.trim();

/** The columns, in order; their headers are the ones the asset import recognises, so the sheet imports back. */
export function assetColumns(riskRefs: ReadonlyMap<number, string>): RegisterColumn<Asset>[] {
  return [
    { header: 'Ref', width: 9, value: (a) => a.ref },
    { header: 'Name', width: 30, wrap: true, value: (a) => a.name },
    { header: 'Type', width: 13, value: (a) => ASSET_TYPE_LABELS[a.type] },
    { header: 'Owner', width: 20, wrap: true, value: (a) => a.owner },
    { header: 'Classification', width: 15, value: (a) => a.classification },
    { header: 'Confidentiality', width: 15, value: (a) => ciaText(a.confidentiality) },
    { header: 'Integrity', width: 11, value: (a) => ciaText(a.integrity) },
    { header: 'Availability', width: 13, value: (a) => ciaText(a.availability) },
    { header: 'Location', width: 22, wrap: true, value: (a) => a.location },
    { header: 'Description', width: 45, wrap: true, value: (a) => a.description },
    {
      header: 'Related risks',
      width: 20,
      wrap: true,
      value: (a) => a.riskIds.map((id) => riskRefs.get(id) ?? '').filter(Boolean).join('; '),
    },
  ];
}

/** The asset inventory (A.5.9) as an Excel register: one row per asset, with the risks that concern it. */
export async function buildAssetsXlsx(data: RiskExportData): Promise<Buffer> {
  const workbook = newWorkbook(data, 'Asset inventory', 'Inventory of information and other associated assets (A.5.9)');
  const riskRefs = new Map(data.risks.map((r) => [r.id, r.ref]));
  addRegisterSheet(workbook, ASSETS_SHEET_NAME, data, assetColumns(riskRefs), data.assets);
  return writeDeterministic(workbook, data.asOf);
}
