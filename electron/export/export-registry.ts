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
import type { ExportKind } from './export-kind';
import { contextExports } from './kinds/context-exports';
import { objectivesExports } from './kinds/objectives-exports';
import { documentsExports } from './kinds/documents-exports';
import { auditExports } from './kinds/audit-exports';
import { reviewExports } from './kinds/review-exports';
import { advisorExports } from './kinds/advisor-exports';
import { soc2Exports } from './kinds/soc2-exports';

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
    documentControl: 'soa',
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
    documentControl: 'risk-report',
    title: 'Risk register with method and heat maps (Excel)',
    format: 'xlsx',
    clause: '8.2',
    defaultFileName: 'Risk Register.xlsx',
    build: (ctx) => buildRiskRegisterXlsx(readRiskExportData(ctx, 'risk-report')),
  },
  {
    kind: 'assets-xlsx',
    documentControl: 'assets',
    title: 'Asset inventory (Excel)',
    format: 'xlsx',
    clause: '8.2',
    defaultFileName: 'Asset Inventory.xlsx',
    build: (ctx) => buildAssetsXlsx(readRiskExportData(ctx, 'assets')),
  },
  ...contextExports,
  ...objectivesExports,
  ...documentsExports,
  ...auditExports,
  ...reviewExports,
  ...advisorExports,
  ...soc2Exports,
  {
    kind: 'json',
    title: 'Whole workbook (JSON)',
    format: 'json',
    clause: '7.5',
    defaultFileName: 'workbook.json',
    inPackage: false,
    build: (ctx) => Promise.resolve(buildWorkbookJson(ctx)),
  },
];

/** Every kind; with a workbook open, per-record kinds are listed once per record ("document:POL-001"). */
export function listExportKinds(ctx?: WorkbookContext): ExportKindInfo[] {
  return KINDS.flatMap(({ build: _build, parameter, inPackage: _inPackage, documentControl: _documentControl, ...info }) => {
    if (!parameter || !ctx) return [info];
    return parameter.instances(ctx).map((instance) => ({
      ...info,
      kind: `${info.kind}:${instance.value}`,
      title: `${info.title}: ${instance.title}`,
      defaultFileName: `${instance.value} ${instance.title}.${info.format}`.replace(/[\\/:*?"<>|]+/g, ' '),
    }));
  });
}

/** The kinds the Stage 1 package carries: every kind not marked `inPackage: false`, in the order above. */
export function listPackageKinds(): readonly ExportKind[] {
  return KINDS.filter((k) => k.inPackage !== false);
}

/** The kind and, for per-record kinds, the record it names ("document:POL-001" → document, POL-001). */
export function findExportKind(kind: string): { kind: ExportKind; argument: string | null } {
  const colon = kind.indexOf(':');
  const name = colon === -1 ? kind : kind.slice(0, colon);
  const argument = colon === -1 ? null : kind.slice(colon + 1).trim();
  const found = KINDS.find((k) => k.kind === name);
  if (!found) {
    const names = KINDS.map((k) => (k.parameter ? `${k.kind}:<${k.parameter.name}>` : k.kind));
    throw new AppError('INVALID_INPUT', `There is no export called "${kind}". Available: ${names.join(', ')}.`);
  }
  if (found.parameter && !argument) {
    throw new AppError('INVALID_INPUT', `Name the ${found.parameter.name}: ${found.kind}:<${found.parameter.name}>.`);
  }
  if (!found.parameter && argument !== null) {
    throw new AppError('INVALID_INPUT', `"${found.kind}" is exported for the whole workbook; drop ":${argument}".`);
  }
  return { kind: found, argument };
}
