import { z } from 'zod';
import { organisationPatchSchema, type Organisation } from '../domain/organisation';
import { soaPatchSchema, type SoaEntry } from '../domain/soa';
import {
  documentControlPatchSchema,
  type ChangeLogEntry,
  type DocumentControlWithHistory,
  type RecentWorkbook,
  type WorkbookCounts,
  type WorkbookInfo,
} from '../domain/workbook';
import {
  RECORD_IMPORT_KINDS,
  type ExportKindInfo,
  type ExportResult,
  type ImportReport,
  type RecordImportPreview,
  type RecordImportReport,
} from '../domain/exports';
import { riskMethodSchema, type RiskMethod } from '../domain/risk-method';
import {
  assetInputSchema,
  riskInputSchema,
  treatmentActionInputSchema,
  type Asset,
  type Risk,
  type TreatmentAction,
} from '../domain/risk';
import type { RescoredRisk } from '../rules/risk-scoring';
import { channel, filePath, none, recordId } from './channel';
import { contextContract } from './contract-context';
import { objectivesContract } from './contract-objectives';
import { documentsContract } from './contract-documents';
import { auditContract } from './contract-audit';
import { reviewContract } from './contract-review';
import { dashboardContract } from './contract-dashboard';
import { advisorContract } from './contract-advisor';
import { soc2Contract } from './contract-soc2';
import { packageContract } from './contract-package';
import { readinessContract } from './contract-readiness';

const controlId = z.string().regex(/^[5-8]\.\d{1,2}$/, 'Use an Annex A control number such as 5.1');
const docKey = z.string().regex(/^[a-z0-9-]{1,40}$/);

export interface OrganisationView extends Organisation {
  hasLogo: boolean;
}

export interface MethodChangePreview {
  moved: RescoredRisk[];
  unchanged: number;
}

export interface ControlRiskLink {
  controlId: string;
  riskId: number;
  ref: string;
  title: string;
  residualLevel: string | null;
}

const columnMapping = z.record(z.string().max(200), z.string().max(80).nullable());

/**
 * The one contract between the window and the main process. The preload exposes exactly these channels,
 * main validates every input with the schema here, and the CLI and the tests call the same handlers.
 */
export const contract = {
  'workbook:current': channel<WorkbookInfo | null>()(none),
  'workbook:create': channel<WorkbookInfo>()(
    z.object({ path: filePath, organisationName: z.string().trim().min(1).max(200), sample: z.boolean() }).strict(),
  ),
  'workbook:open': channel<WorkbookInfo>()(z.object({ path: filePath }).strict()),
  'workbook:saveAs': channel<WorkbookInfo>()(z.object({ path: filePath }).strict()),
  'workbook:close': channel<null>()(none),
  'workbook:recent': channel<RecentWorkbook[]>()(none),
  'workbook:counts': channel<WorkbookCounts>()(none),

  'organisation:get': channel<OrganisationView>()(none),
  'organisation:update': channel<OrganisationView>()(z.object({ patch: organisationPatchSchema }).strict()),
  'organisation:setLogo': channel<OrganisationView>()(
    z
      .object({
        mime: z.enum(['image/png', 'image/jpeg']),
        base64: z.string().max(2_800_000, 'The logo must be smaller than 2 MB'),
      })
      .strict()
      .nullable(),
  ),
  'organisation:getLogo': channel<string | null>()(none),

  'soa:list': channel<SoaEntry[]>()(none),
  'soa:update': channel<SoaEntry>()(z.object({ controlId, patch: soaPatchSchema }).strict()),
  'soa:bulkUpdate': channel<SoaEntry[]>()(
    z.object({ controlIds: z.array(controlId).min(1).max(93), patch: soaPatchSchema }).strict(),
  ),

  'soa:riskLinks': channel<ControlRiskLink[]>()(none),

  'riskMethod:get': channel<RiskMethod>()(none),
  'riskMethod:preview': channel<MethodChangePreview>()(z.object({ method: riskMethodSchema }).strict()),
  'riskMethod:apply': channel<{ method: RiskMethod; moved: number }>()(z.object({ method: riskMethodSchema }).strict()),

  'asset:list': channel<Asset[]>()(none),
  'asset:create': channel<Asset>()(z.object({ asset: assetInputSchema }).strict()),
  'asset:update': channel<Asset>()(z.object({ id: recordId, patch: assetInputSchema.partial().strict() }).strict()),
  'asset:delete': channel<null>()(z.object({ id: recordId }).strict()),

  'risk:list': channel<Risk[]>()(none),
  'risk:create': channel<Risk>()(z.object({ risk: riskInputSchema }).strict()),
  'risk:update': channel<Risk>()(z.object({ id: recordId, patch: riskInputSchema.partial().strict() }).strict()),
  'risk:delete': channel<null>()(z.object({ id: recordId }).strict()),

  'action:list': channel<TreatmentAction[]>()(none),
  'action:create': channel<TreatmentAction>()(z.object({ action: treatmentActionInputSchema }).strict()),
  'action:update': channel<TreatmentAction>()(
    z.object({ id: recordId, patch: treatmentActionInputSchema.partial().strict() }).strict(),
  ),
  'action:delete': channel<null>()(z.object({ id: recordId }).strict()),

  'documentControl:get': channel<DocumentControlWithHistory>()(z.object({ docKey }).strict()),
  'documentControl:update': channel<DocumentControlWithHistory>()(
    z.object({ docKey, patch: documentControlPatchSchema }).strict(),
  ),
  'documentControl:addRevision': channel<DocumentControlWithHistory>()(
    z
      .object({
        docKey,
        version: z.string().regex(/^\d+\.\d+$/, 'Use a version like 1.0 or 2.3'),
        summary: z.string().trim().min(1, 'Describe what changed').max(500),
      })
      .strict(),
  ),

  'changeLog:list': channel<ChangeLogEntry[]>()(
    z
      .object({ area: z.string().max(40).optional(), recordId: z.string().max(80).optional(), limit: z.number().int().min(1).max(1000) })
      .strict(),
  ),

  'export:list': channel<ExportKindInfo[]>()(none),
  'export:run': channel<ExportResult>()(z.object({ kind: z.string().max(80), path: filePath }).strict()),
  'import:soa': channel<ImportReport>()(z.object({ path: filePath, dryRun: z.boolean() }).strict()),
  'import:preview': channel<RecordImportPreview>()(
    z.object({ kind: z.enum(RECORD_IMPORT_KINDS), path: filePath, mapping: columnMapping.nullable(), skipExisting: z.boolean().optional() }).strict(),
  ),
  'import:records': channel<RecordImportReport>()(
    z
      .object({ kind: z.enum(RECORD_IMPORT_KINDS), path: filePath, mapping: columnMapping.nullable(), dryRun: z.boolean(), skipExisting: z.boolean().optional() })
      .strict(),
  ),

  /* Native dialogs: implemented by the app shell (and by fakes in end-to-end tests). */
  'dialog:openWorkbook': channel<string | null>()(none),
  'dialog:saveWorkbook': channel<string | null>()(z.object({ suggestedName: z.string().max(200) }).strict()),
  'dialog:exportPath': channel<string | null>()(z.object({ kind: z.string().max(80) }).strict()),
  'dialog:importFile': channel<string | null>()(z.object({ title: z.string().max(200) }).strict()),
  /** A folder to write the Stage 1 package into. */
  'dialog:packageFolder': channel<string | null>()(none),
  'shell:showItem': channel<null>()(z.object({ path: filePath }).strict()),

  ...contextContract,
  ...objectivesContract,
  ...documentsContract,
  ...auditContract,
  ...reviewContract,
  ...dashboardContract,
  ...advisorContract,
  ...soc2Contract,
  ...packageContract,
  ...readinessContract,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type InputOf<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends ChannelName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends ChannelName> = NonNullable<Contract[K]['output']> extends never
  ? null
  : Exclude<Contract[K]['output'], undefined>;

/** Channels the app shell implements itself, because they need native UI. */
export const SHELL_CHANNELS = [
  'dialog:openWorkbook',
  'dialog:saveWorkbook',
  'dialog:exportPath',
  'dialog:importFile',
  'dialog:packageFolder',
  'shell:showItem',
] as const satisfies readonly ChannelName[];
export type ShellChannel = (typeof SHELL_CHANNELS)[number];
export type CoreChannel = Exclude<ChannelName, ShellChannel>;
