import type { RecordImportKind, RecordImportPreview, RecordImportReport } from '../../shared/domain/exports';
import type { WorkbookContext } from '../services/workbook-context';
import type { ImportOptions, ImportPreview } from './column-mapping';
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
    matches: preview.matches,
  };
}

/** The register imports by kind, as the app, the CLI and the tests call them. */
export async function previewRecordImport(
  ctx: WorkbookContext,
  kind: RecordImportKind,
  filePath: string,
  options: ImportOptions,
): Promise<RecordImportPreview> {
  if (kind === 'assets') return serialisable(await previewAssetImport(ctx, filePath, options));
  return serialisable(await previewRiskImport(ctx, filePath, options));
}

export function runRecordImport(
  ctx: WorkbookContext,
  kind: RecordImportKind,
  filePath: string,
  options: ImportOptions & { dryRun: boolean },
): Promise<RecordImportReport> {
  return kind === 'assets' ? importAssets(ctx, filePath, options) : importRisks(ctx, filePath, options);
}
