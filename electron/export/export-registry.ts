import type { ExportKindInfo } from '../../shared/domain/exports';
import { AppError } from '../../shared/ipc/result';
import type { WorkbookContext } from '../services/workbook-context';
import { buildSoaDocx } from './docx/soa-docx';
import { buildWorkbookJson } from './json-export';
import { readSoaExportData } from './soa-data';
import { buildSoaXlsx } from './xlsx/soa-xlsx';

interface ExportKind extends ExportKindInfo {
  /** Reads the workbook synchronously (one consistent snapshot), then renders. */
  build(ctx: WorkbookContext): Promise<Buffer>;
}

const KINDS: readonly ExportKind[] = [
  {
    kind: 'soa',
    title: 'Statement of Applicability (Word)',
    format: 'docx',
    clause: '6.1.3',
    defaultFileName: 'Statement of Applicability.docx',
    build: (ctx) => buildSoaDocx(readSoaExportData(ctx)),
  },
  {
    kind: 'soa-xlsx',
    title: 'Statement of Applicability (Excel)',
    format: 'xlsx',
    clause: '6.1.3',
    defaultFileName: 'Statement of Applicability.xlsx',
    build: (ctx) => buildSoaXlsx(readSoaExportData(ctx)),
  },
  {
    kind: 'json',
    title: 'Whole workbook (JSON)',
    format: 'json',
    clause: '7.5',
    defaultFileName: 'workbook.json',
    build: (ctx) => Promise.resolve(buildWorkbookJson(ctx)),
  },
];

export function listExportKinds(): ExportKindInfo[] {
  return KINDS.map(({ build: _build, ...info }) => info);
}

export function findExportKind(kind: string): ExportKind {
  const found = KINDS.find((k) => k.kind === kind);
  if (!found) {
    throw new AppError(
      'INVALID_INPUT',
      `There is no export called "${kind}". Available: ${KINDS.map((k) => k.kind).join(', ')}.`,
    );
  }
  return found;
}
