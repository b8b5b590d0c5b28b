import fs from 'node:fs';
import path from 'node:path';
import type { ExportResult } from '../../shared/domain/exports';
import { AppError } from '../../shared/ipc/result';
import type { WorkbookContext } from '../services/workbook-context';
import { findExportKind } from './export-registry';

/** Renders an export and writes it beside its final name first, so a failure never leaves half a file. */
export async function runExport(ctx: WorkbookContext, kind: string, target: string): Promise<ExportResult> {
  const { kind: exportKind, argument } = findExportKind(kind);
  const absolute = path.resolve(target);
  if (!fs.existsSync(path.dirname(absolute))) {
    throw new AppError('EXPORT_FAILED', `The folder ${path.dirname(absolute)} does not exist.`);
  }
  const bytes = await exportKind.build(ctx, argument);
  const temporary = `${absolute}.${process.pid}.partial`;
  try {
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, absolute);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    const code = (error as { code?: string }).code;
    const reason =
      code === 'EBUSY' || code === 'EPERM' || code === 'EACCES'
        ? 'the file is open in another program or the folder is read-only'
        : (error as Error).message;
    throw new AppError('EXPORT_FAILED', `Could not write ${path.basename(absolute)}: ${reason}.`, { path: absolute });
  }
  return { kind, path: absolute, bytes: bytes.length };
}
