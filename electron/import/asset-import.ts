import type { RecordImportReport } from '../../shared/domain/exports';
import {
  ASSET_TYPES,
  ASSET_TYPE_LABELS,
  CIA_LABELS,
  assetInputSchema,
  type AssetInput,
  type AssetType,
} from '../../shared/domain/risk';
import { listAssets } from '../repositories/asset-repo';
import { insertAssets } from '../services/asset-service';
import { readOrganisation } from '../services/organisation-service';
import type { WorkbookContext } from '../services/workbook-context';
import { bad, ok, phraseKey, type Parsed } from './cell-values';
import {
  parseScaleValue,
  previewImport,
  readRows,
  runImport,
  type ColumnRef,
  type FieldCatalogue,
  type ImportPreview,
  type ImportOptions,
  type ImportSpec,
} from './column-mapping';
import { matchKey } from './existing-matches';
import type { Table } from './tabular-file';

/*
 * Imports an asset inventory from a spreadsheet or CSV file: one asset per row, added to the workbook (an import
 * never changes or removes existing assets). All or nothing, like every import: see runImport.
 */

export type AssetField = keyof AssetInput | 'ref' | 'relatedRisks';

const CIA_HINT = '1 to 3, or Low, Medium, High (L, M, H); blank means Medium';

export const ASSET_FIELDS: FieldCatalogue<AssetField> = [
  {
    field: 'ref',
    label: 'Ref',
    synonyms: ['Asset ID', 'Asset ref', 'Asset reference', 'Asset no', 'Asset number', 'ID', 'Reference'],
    required: false,
    ignored: true,
    hint: 'Not imported: the workbook gives each new asset its own reference (AS-001…).',
  },
  { field: 'name', label: 'Name', synonyms: ['Asset', 'Asset name', 'Title', 'Asset title'], required: true },
  {
    field: 'type',
    label: 'Type',
    synonyms: ['Asset type', 'Category', 'Asset category', 'Asset class', 'Class', 'Kind'],
    required: true,
    hint: `One of ${ASSET_TYPES.map((t) => ASSET_TYPE_LABELS[t]).join(', ')}, or a word like SaaS, Laptop, Vendor.`,
  },
  { field: 'owner', label: 'Owner', synonyms: ['Asset owner', 'Owned by', 'Responsible', 'Responsible person'], required: false },
  {
    field: 'classification',
    label: 'Classification',
    synonyms: ['Information classification', 'Data classification', 'Classification level', 'Sensitivity', 'Label'],
    required: false,
    hint: "One of the organisation's classification labels.",
  },
  { field: 'confidentiality', label: 'Confidentiality', synonyms: ['C', 'Conf', 'Confidentiality value', 'Confidentiality rating'], required: false, hint: CIA_HINT },
  { field: 'integrity', label: 'Integrity', synonyms: ['I', 'Integrity value', 'Integrity rating'], required: false, hint: CIA_HINT },
  { field: 'availability', label: 'Availability', synonyms: ['A', 'Avail', 'Availability value', 'Availability rating'], required: false, hint: CIA_HINT },
  { field: 'location', label: 'Location', synonyms: ['Site', 'Hosting', 'Hosted', 'Hosting location', 'Physical location', 'Where'], required: false },
  { field: 'description', label: 'Description', synonyms: ['Details', 'Notes', 'Comments', 'Summary', 'Purpose'], required: false },
  {
    field: 'relatedRisks',
    label: 'Related risks',
    synonyms: ['Risks', 'Linked risks', 'Risk refs'],
    required: false,
    ignored: true,
    hint: 'Not imported: risks name their assets (import risks after assets).',
  },
];

/** Words people put in a type column, as phrase keys. */
const TYPE_WORDS: Record<AssetType, readonly string[]> = {
  information: ['information', 'information asset', 'info', 'data', 'data asset', 'dataset', 'data set', 'database', 'document', 'documents', 'record', 'records'],
  software: ['software', 'software asset', 'application', 'applications', 'app', 'apps', 'program', 'source code'],
  hardware: ['hardware', 'hardware asset', 'device', 'devices', 'equipment', 'laptop', 'laptops', 'desktop', 'workstation', 'computer', 'server', 'servers', 'mobile device', 'mobile phone', 'phone', 'network device', 'network equipment'],
  service: ['service', 'services', 'saas', 'paas', 'iaas', 'cloud', 'cloud service', 'it service', 'online service', 'infrastructure service'],
  people: ['people', 'person', 'staff', 'personnel', 'employee', 'employees', 'human', 'human resource', 'human resources', 'role', 'team'],
  site: ['site', 'sites', 'location', 'premises', 'facility', 'facilities', 'office', 'offices', 'building', 'data centre', 'data center', 'datacenter', 'physical site'],
  supplier: ['supplier', 'suppliers', 'vendor', 'vendors', 'third party', 'thirdparty', '3rd party', 'contractor', 'subcontractor', 'provider', 'service provider', 'outsourcer'],
};
const TYPE_LOOKUP = new Map<string, AssetType>(
  ASSET_TYPES.flatMap((type) => [type, ...TYPE_WORDS[type]].map((word) => [phraseKey(word), type] as const)),
);

export function parseAssetType(text: string): Parsed<AssetType> {
  const key = phraseKey(text);
  const type = TYPE_LOOKUP.get(key) ?? TYPE_LOOKUP.get(key.replace(/ assets?$/, ''));
  if (type) return ok(type);
  return bad(`"${text}" is not an asset type: use ${ASSET_TYPES.map((t) => ASSET_TYPE_LABELS[t]).join(', ')}.`);
}

const CIA_LEVELS = Object.entries(CIA_LABELS).map(([value, label]) => ({ value: Number(value), label }));
const CIA_WORDS = { l: 1, lo: 1, m: 2, med: 2, moderate: 2, h: 3, hi: 3 };

/** A confidentiality, integrity or availability value: 1-3, Low/Medium/High, L/M/H, or "3 High". */
export function parseCia(text: string, what: string): Parsed<number> {
  return parseScaleValue(text, CIA_LEVELS, what, CIA_WORDS);
}

/** Blank CIA cells (and absent CIA columns) read as Medium: the middle of the scale, until someone rates them. */
export const DEFAULT_CIA = 2;

function planAssets(ctx: WorkbookContext, table: Table, columns: Partial<Record<AssetField, ColumnRef>>) {
  const labels = readOrganisation(ctx).classificationLabels;
  const labelByKey = new Map(labels.map((l) => [l.trim().toLowerCase(), l]));
  const existing = new Set(listAssets(ctx.db).map((a) => matchKey(a.name)));
  const inFile = new Map<string, number>();

  return readRows<AssetField, AssetInput>(table, columns, (r) => {
    const name = r.text('name');
    const type = r.take('type', parseAssetType);
    if (r.text('type') === '') r.problem('type', `The type is empty: use ${ASSET_TYPES.map((t) => ASSET_TYPE_LABELS[t]).join(', ')}.`);
    const cia = (field: 'confidentiality' | 'integrity' | 'availability') =>
      r.take(field, (t) => parseCia(t, field)) ?? DEFAULT_CIA;
    const classification = r.take('classification', (text) => {
      const label = labelByKey.get(text.trim().toLowerCase());
      return label !== undefined
        ? ok(label)
        : bad(`"${text}" is not one of the organisation's classification labels: ${labels.join(', ')}.`);
    });
    const input = {
      name,
      type: type ?? 'information',
      owner: r.text('owner'),
      classification: classification ?? '',
      confidentiality: cia('confidentiality'),
      integrity: cia('integrity'),
      availability: cia('availability'),
      location: r.text('location'),
      description: r.text('description'),
    };
    const parsed = assetInputSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) r.problem((issue.path[0] as AssetField | undefined) ?? null, issue.message);
      return null;
    }
    // A name the inventory already holds is the import's to judge (see ASSET_IMPORT.existing); only a name
    // repeated within the file is a problem here.
    const key = matchKey(name);
    const firstRow = inFile.get(key);
    if (existing.has(key)) return parsed.data;
    if (firstRow !== undefined) r.problem('name', `"${name}" is also in row ${firstRow}: give each asset one row.`);
    else inFile.set(key, r.row);
    return parsed.data;
  });
}

export const ASSET_IMPORT: ImportSpec<AssetField, AssetInput> = {
  fields: ASSET_FIELDS,
  plan: planAssets,
  // Asset names are unique: a name already in the inventory can only be left out.
  existing: {
    field: 'name',
    existing: (ctx) => listAssets(ctx.db).map((a) => ({ ref: a.ref, text: a.name })),
    textOf: (asset) => asset.name,
    problem: (m) => `The workbook already has an asset named "${m.text}" (${m.ref}): leave out the rows already in the inventory, or rename it.`,
  },
};

export type AssetImportPreview = ImportPreview<AssetField, AssetInput>;

/** What importing the file would do, row by row, with the guessed (or given) mapping: changes nothing. */
export function previewAssetImport(ctx: WorkbookContext, filePath: string, options: ImportOptions = {}): Promise<AssetImportPreview> {
  return previewImport(ctx, filePath, ASSET_IMPORT, options);
}

/**
 * Adds every asset of the file, in one transaction, or none: any problem throws IMPORT_FAILED with the report.
 * `created` lists the new assets' references (empty in a dry run).
 */
export function importAssets(
  ctx: WorkbookContext,
  filePath: string,
  options: ImportOptions & { dryRun: boolean },
): Promise<RecordImportReport> {
  return runImport(ctx, filePath, ASSET_IMPORT, options, (values) => insertAssets(ctx, values).map((a) => a.ref));
}
