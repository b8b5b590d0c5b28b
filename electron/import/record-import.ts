import type { RecordImportKind, RecordImportPreview, RecordImportReport } from '../../shared/domain/exports';
import type { WorkbookContext } from '../services/workbook-context';
import type { ImportPreview, MappingInput } from './column-mapping';
import { importAssets, previewAssetImport } from './asset-import';
import { importRisks, previewRiskImport } from './risk-import';

function serialisable<F extends string, T>(preview: ImportPreview<F, T>): RecordImportPreview {
  return {
    headers: preview.headers,
    mapping: preview.mapping,
    fields: preview.fields.map(({ field, label, required, ignored, hint }) => ({ field, label, required, ignored, hint })),
    rows: preview.rows.map(({ row, cells, problems }) => ({ row, cells: cells as Record<string, string>, problems })),
    problems: preview.problems,
    totalRows: preview.totalRows,
  };
}

/** The register imports by kind, as the app, the CLI and the tests call them. */
export async function previewRecordImport(
  ctx: WorkbookContext,
  kind: RecordImportKind,
  filePath: string,
  mapping: MappingInput | null,
): Promise<RecordImportPreview> {
  if (kind === 'assets') return serialisable(await previewAssetImport(ctx, filePath, mapping));
  return serialisable(await previewRiskImport(ctx, filePath, mapping));
}

export function runRecordImport(
  ctx: WorkbookContext,
  kind: RecordImportKind,
  filePath: string,
  options: { mapping: MappingInput | null; dryRun: boolean },
): Promise<RecordImportReport> {
  return kind === 'assets' ? importAssets(ctx, filePath, options) : importRisks(ctx, filePath, options);
}
