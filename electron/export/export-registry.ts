import type { ExportKindInfo } from '../../shared/domain/exports';
import { AppError } from '../../shared/ipc/result';
import type { WorkbookContext } from '../services/workbook-context';
import { buildSoaDocx } from './docx/soa-docx';
import { buildWorkbookJson } from './json-export';
import { readSoaExportData } from './soa-data';
import { buildSoaXlsx } from './xlsx/soa-xlsx';
import { readRiskExportData } from './risk-data';
import { buildRiskMethodDocx } from './docx/risk-method-docx';
import { buildRiskReportDocx } from './docx/risk-report-docx';
import { buildRiskTreatmentPlanDocx } from './docx/risk-treatment-plan-docx';
import { buildRiskRegisterXlsx } from './xlsx/risk-register-xlsx';
import { buildAssetsXlsx } from './xlsx/assets-xlsx';

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
    kind: 'risk-method',
    title: 'Risk assessment and treatment methodology (Word)',
    format: 'docx',
    clause: '6.1.2',
    defaultFileName: 'Risk Assessment and Treatment Methodology.docx',
    build: (ctx) => buildRiskMethodDocx(readRiskExportData(ctx, 'risk-method')),
  },
  {
    kind: 'risk-report',
    title: 'Risk assessment report (Word)',
    format: 'docx',
    clause: '8.2',
    defaultFileName: 'Risk Assessment Report.docx',
    build: (ctx) => buildRiskReportDocx(readRiskExportData(ctx, 'risk-report')),
  },
  {
    kind: 'risk-treatment-plan',
    title: 'Risk treatment plan (Word)',
    format: 'docx',
    clause: '6.1.3',
    defaultFileName: 'Risk Treatment Plan.docx',
    build: (ctx) => buildRiskTreatmentPlanDocx(readRiskExportData(ctx, 'risk-treatment-plan')),
  },
  {
    kind: 'risk-register-xlsx',
    title: 'Risk register with method and heat maps (Excel)',
    format: 'xlsx',
    clause: '8.2',
    defaultFileName: 'Risk Register.xlsx',
    build: (ctx) => buildRiskRegisterXlsx(readRiskExportData(ctx, 'risk-report')),
  },
  {
    kind: 'assets-xlsx',
    title: 'Asset inventory (Excel)',
    format: 'xlsx',
    clause: '8.2',
    defaultFileName: 'Asset Inventory.xlsx',
    build: (ctx) => buildAssetsXlsx(readRiskExportData(ctx, 'risk-report')),
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
