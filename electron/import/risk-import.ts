import type { RecordImportReport } from '../../shared/domain/exports';
import {
  RISK_STATUSES,
  RISK_STATUS_LABELS,
  TREATMENT_OPTIONS,
  TREATMENT_OPTION_LABELS,
  type Asset,
  type RiskInput,
  type RiskStatus,
  type TreatmentOption,
} from '../../shared/domain/risk';
import type { RiskMethod } from '../../shared/domain/risk-method';
import { AppError } from '../../shared/ipc/result';
import { parseControlList } from '../../shared/rules/control-id';
import { listAssets } from '../repositories/asset-repo';
import { listRiskTitles } from '../repositories/risk-repo';
import { formatRef } from '../repositories/readable-ref';
import { readRiskMethod } from '../services/risk-method-service';
import { checkRisk, insertRisks } from '../services/risk-service';
import type { WorkbookContext } from '../services/workbook-context';
import { bad, ok, parseDay, phraseKey, type Parsed } from './cell-values';
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
import type { Table } from './tabular-file';

/*
 * Imports a risk register from a spreadsheet or CSV file: one risk per row, added to the register (an import never
 * changes existing risks). Ratings may be numbers or the method's labels; levels are computed, never read. All or
 * nothing, like every import: see runImport.
 */

export type RiskField =
  | Exclude<keyof RiskInput, 'assetIds' | 'controlIds'>
  | 'ref'
  | 'assets'
  | 'controls'
  | 'inherentLevel'
  | 'residualLevel';

const field = (f: RiskField, label: string, synonyms: string[], extra: { required?: boolean; ignored?: boolean; hint?: string } = {}) => ({
  field: f,
  label,
  synonyms,
  required: extra.required ?? false,
  ...(extra.ignored ? { ignored: true } : {}),
  ...(extra.hint ? { hint: extra.hint } : {}),
});
const RATING_HINT = "A number on the method's scale or its label (e.g. 4 or Likely).";
const LEVEL_HINT = 'Not imported: levels are computed from likelihood and impact by the method.';

/** The fields a risk file may have; the labels are the headers of the register export, so it imports back. */
export const RISK_FIELDS: FieldCatalogue<RiskField> = [
  field('ref', 'Ref', ['Risk ID', 'Risk ref', 'Risk reference', 'Risk no', 'Risk number', 'ID', 'Reference', 'No'], {
    ignored: true,
    hint: 'Not imported: the workbook gives each new risk its own reference (R-001…).',
  }),
  field('title', 'Title', ['Risk', 'Risk title', 'Risk name', 'Name', 'Risk summary'], { required: true }),
  field('description', 'Description', ['Risk description', 'Details', 'Scenario', 'Risk scenario']),
  field('assets', 'Assets', ['Asset', 'Assets affected', 'Affected assets', 'Related assets', 'Asset refs', 'Asset IDs', 'Asset names', 'Asset name'], {
    hint: 'Asset references (AS-003) or names, separated by ; , or line breaks.',
  }),
  field('threat', 'Threat', ['Threats', 'Threat source', 'Threat event']),
  field('vulnerability', 'Vulnerability', ['Vulnerabilities', 'Weakness', 'Weaknesses']),
  field('owner', 'Owner', ['Risk owner', 'Owned by', 'Responsible']),
  field('existingControls', 'Existing controls', ['Current controls', 'Controls in place', 'Existing measures', 'Current measures', 'Existing safeguards']),
  field('inherentLikelihood', 'Inherent likelihood', ['Inherent L', 'Likelihood', 'L', 'Probability', 'Inherent probability', 'Likelihood (inherent)', 'Likelihood before treatment'], { hint: RATING_HINT }),
  field('inherentImpact', 'Inherent impact', ['Inherent I', 'Impact', 'I', 'Consequence', 'Severity', 'Inherent consequence', 'Impact (inherent)', 'Impact before treatment'], { hint: RATING_HINT }),
  field('inherentLevel', 'Inherent level', ['Inherent risk', 'Inherent risk level', 'Inherent score', 'Inherent rating', 'Risk level', 'Level', 'Risk score', 'Score', 'Risk rating', 'Rating'], { ignored: true, hint: LEVEL_HINT }),
  field('treatment', 'Treatment', ['Treatment option', 'Risk treatment', 'Treatment decision', 'Treatment strategy', 'Response', 'Risk response'], {
    hint: 'Modify (reduce, mitigate), Retain (accept), Avoid (terminate) or Share (transfer).',
  }),
  field('controls', 'Controls', ['Annex A controls', 'Annex A', 'Selected controls', 'Planned controls', 'Treatment controls', 'Control IDs', 'Control references', 'Controls (Annex A)'], {
    hint: 'Annex A controls like A.8.7 or 8.7, separated by ; or ,.',
  }),
  field('residualLikelihood', 'Residual likelihood', ['Residual L', 'Likelihood (residual)', 'Residual probability', 'Target likelihood', 'Likelihood after treatment'], { hint: RATING_HINT }),
  field('residualImpact', 'Residual impact', ['Residual I', 'Impact (residual)', 'Residual consequence', 'Target impact', 'Impact after treatment'], { hint: RATING_HINT }),
  field('residualLevel', 'Residual level', ['Residual risk', 'Residual risk level', 'Residual score', 'Residual rating', 'Target risk'], { ignored: true, hint: LEVEL_HINT }),
  field('acceptedBy', 'Accepted by', ['Approved by', 'Risk accepted by', 'Acceptor']),
  field('acceptedOn', 'Accepted on', ['Acceptance date', 'Date accepted', 'Accepted date', 'Approved on', 'Approval date'], { hint: 'A date, YYYY-MM-DD.' }),
  field('acceptanceRationale', 'Acceptance rationale', ['Rationale', 'Justification', 'Acceptance justification', 'Reason for acceptance', 'Acceptance reason']),
  field('status', 'Status', ['Risk status', 'State'], { hint: 'Blank: Assessed when the inherent ratings are given, otherwise Identified.' }),
  field('nextReview', 'Next review', ['Next review date', 'Review date', 'Review by', 'Review due', 'Due for review'], { hint: 'A date, YYYY-MM-DD.' }),
];

const TREATMENT_WORDS: Record<TreatmentOption, readonly string[]> = {
  modify: ['modify', 'modification', 'reduce', 'reduction', 'mitigate', 'mitigation', 'treat', 'control'],
  retain: ['retain', 'retention', 'accept', 'acceptance', 'tolerate'],
  avoid: ['avoid', 'avoidance', 'terminate', 'termination', 'eliminate'],
  share: ['share', 'sharing', 'transfer', 'insure', 'insurance'],
};
const TREATMENT_LOOKUP = new Map<string, TreatmentOption>(
  TREATMENT_OPTIONS.flatMap((option) => TREATMENT_WORDS[option].map((word) => [word, option] as const)),
);
const FILLER = new Set(['risk', 'the', 'it', 'and', 'or']);

/** "Modify (reduce)", "Mitigate", "Accept the risk", "Transfer" → the treatment option. */
export function parseTreatment(text: string): Parsed<TreatmentOption> {
  const words = phraseKey(text).split(' ').filter((w) => w !== '' && !FILLER.has(w));
  const options = new Set(words.map((w) => TREATMENT_LOOKUP.get(w)));
  const [option] = options;
  if (options.size === 1 && option !== undefined) return ok(option);
  return bad(`"${text}" is not a treatment option: use ${TREATMENT_OPTIONS.map((t) => TREATMENT_OPTION_LABELS[t]).join(', ')}.`);
}

const STATUS_WORDS: Record<RiskStatus, readonly string[]> = {
  identified: ['new', 'draft', 'raised', 'logged'],
  assessed: ['analysed', 'analyzed', 'evaluated', 'rated', 'scored'],
  'treatment-planned': ['planned', 'in treatment', 'treatment in progress', 'in progress', 'mitigation planned', 'mitigation in progress'],
  treated: ['mitigated', 'implemented', 'treatment complete', 'treatment completed'],
  accepted: ['retained', 'tolerated', 'risk accepted'],
  closed: ['resolved', 'done', 'retired', 'archived', 'complete', 'completed'],
};
const STATUS_LOOKUP = new Map<string, RiskStatus>(
  RISK_STATUSES.flatMap((status) =>
    [status, RISK_STATUS_LABELS[status], ...STATUS_WORDS[status]].map((word) => [phraseKey(word), status] as const),
  ),
);

/** A status as its label or a common synonym; "Open" (like a blank cell) gives null, for the default. */
export function parseStatus(text: string): Parsed<RiskStatus | null> {
  const key = phraseKey(text);
  if (key === 'open') return ok(null);
  const status = STATUS_LOOKUP.get(key);
  if (status) return ok(status);
  return bad(`"${text}" is not a risk status: use ${RISK_STATUSES.map((s) => RISK_STATUS_LABELS[s]).join(', ')}.`);
}

const nameKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Reads an assets cell: references ("AS-003", "as-3") or names, separated by semicolons or line breaks, or by
 * commas where a part is not itself a name (names may contain commas). Loaded once, so rows cost no queries.
 */
export function assetListParser(assets: readonly Pick<Asset, 'id' | 'ref' | 'name'>[]): (text: string) => Parsed<number[]> {
  const byRef = new Map(assets.map((a) => [a.ref.toUpperCase(), a.id]));
  const byName = new Map<string, number[]>();
  for (const a of assets) byName.set(nameKey(a.name), [...(byName.get(nameKey(a.name)) ?? []), a.id]);
  const one = (text: string): number | 'ambiguous' | undefined => {
    const ref = /^AS\s*-?\s*0*(\d+)$/i.exec(text);
    const id = byRef.get(text.toUpperCase()) ?? (ref ? byRef.get(formatRef('AS', Number(ref[1]))) : undefined);
    if (id !== undefined) return id;
    const named = byName.get(nameKey(text)) ?? [];
    return named.length === 1 ? named[0] : named.length > 1 ? 'ambiguous' : undefined;
  };
  return (text) => {
    const whole = one(text.trim());
    if (typeof whole === 'number') return ok([whole]);
    const ids: number[] = [];
    const missing: string[] = [];
    const ambiguous: string[] = [];
    const add = (part: string, found: ReturnType<typeof one>) => {
      if (typeof found === 'number') ids.push(found);
      else (found === 'ambiguous' ? ambiguous : missing).push(part);
    };
    for (const part of text.split(/[;\n]+/).map((p) => p.trim()).filter(Boolean)) {
      const found = one(part);
      const pieces = part.split(',').map((p) => p.trim()).filter(Boolean);
      if (found !== undefined || pieces.length < 2) add(part, found);
      else for (const piece of pieces) add(piece, one(piece));
    }
    const quoted = (list: string[]) => list.map((p) => `"${p}"`).join(', ');
    if (missing.length > 0) {
      return bad(`${quoted(missing)} ${missing.length === 1 ? 'is not an asset' : 'are not assets'} in this workbook: give asset references (AS-001) or names as in the inventory.`);
    }
    if (ambiguous.length > 0) return bad(`More than one asset is named ${quoted(ambiguous)}: give its reference instead (AS-001).`);
    return ok([...new Set(ids)]);
  };
}

/** "A.8.7; 8.8, A 5.1" → ["8.7", "8.8", "5.1"]. */
export function parseControls(text: string): Parsed<string[]> {
  const { ids, invalid } = parseControlList(text);
  if (invalid.length === 0) return ok(ids);
  const list = invalid.map((p) => `"${p}"`).join(', ');
  return bad(`${list} ${invalid.length === 1 ? 'is not an Annex A control' : 'are not Annex A controls'} of ISO/IEC 27001:2022: write them like A.8.7 or 8.7 (A.5.1 to A.8.34).`);
}

/** Fields of RiskInput → the import's field, to report schema problems against the right column. */
const INPUT_FIELD: Partial<Record<keyof RiskInput, RiskField>> = { assetIds: 'assets', controlIds: 'controls' };

function planRisks(ctx: WorkbookContext, table: Table, columns: Partial<Record<RiskField, ColumnRef>>) {
  const method: RiskMethod = readRiskMethod(ctx);
  const parseAssets = assetListParser(listAssets(ctx.db));
  const likelihood = (t: string) => parseScaleValue(t, method.likelihood, 'likelihood');
  const impact = (t: string) => parseScaleValue(t, method.impact, 'impact');

  return readRows<RiskField, RiskInput>(table, columns, (r) => {
    const inherentLikelihood = r.take('inherentLikelihood', likelihood) ?? null;
    const inherentImpact = r.take('inherentImpact', impact) ?? null;
    const status = r.take('status', parseStatus) ?? (inherentLikelihood !== null && inherentImpact !== null ? 'assessed' : 'identified');
    const input: RiskInput = {
      title: r.text('title'),
      description: r.text('description'),
      assetIds: r.take('assets', parseAssets) ?? [],
      threat: r.text('threat'),
      vulnerability: r.text('vulnerability'),
      owner: r.text('owner'),
      existingControls: r.text('existingControls'),
      inherentLikelihood,
      inherentImpact,
      treatment: r.take('treatment', parseTreatment) ?? null,
      controlIds: r.take('controls', parseControls) ?? [],
      residualLikelihood: r.take('residualLikelihood', likelihood) ?? null,
      residualImpact: r.take('residualImpact', impact) ?? null,
      acceptedBy: r.text('acceptedBy'),
      acceptedOn: r.take('acceptedOn', parseDay) ?? null,
      acceptanceRationale: r.text('acceptanceRationale'),
      status,
      nextReview: r.take('nextReview', parseDay) ?? null,
    };
    // The assets were resolved against the inventory read in this transaction, so every id here exists.
    try {
      return checkRisk(method, input, new Set(input.assetIds));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const issues = (error.details as { issues?: { path?: PropertyKey[] }[] } | undefined)?.issues;
      const key = issues?.[0]?.path?.[0] as keyof RiskInput | undefined;
      const field = key === undefined ? null : (INPUT_FIELD[key] ?? (key as RiskField));
      r.problem(field, error.message);
      return null;
    }
  });
}

export const RISK_IMPORT: ImportSpec<RiskField, RiskInput> = {
  fields: RISK_FIELDS,
  plan: planRisks,
  // Two risks may share a title (one per asset, say), so a match is added unless the user leaves it out.
  existing: {
    field: 'title',
    existing: (ctx) => listRiskTitles(ctx.db),
    textOf: (risk) => risk.title,
  },
};

export type RiskImportPreview = ImportPreview<RiskField, RiskInput>;

/** What importing the file would do, row by row, with the guessed (or given) mapping: changes nothing. */
export function previewRiskImport(ctx: WorkbookContext, filePath: string, options: ImportOptions = {}): Promise<RiskImportPreview> {
  return previewImport(ctx, filePath, RISK_IMPORT, options);
}

/**
 * Adds every risk of the file, in one transaction, or none: any problem throws IMPORT_FAILED with the report.
 * Levels are computed by the method; controls chosen for a risk are marked "risk treatment" in the SoA, as when a
 * risk is added in the app. `created` lists the new risks' references (empty in a dry run).
 */
export function importRisks(
  ctx: WorkbookContext,
  filePath: string,
  options: ImportOptions & { dryRun: boolean },
): Promise<RecordImportReport> {
  return runImport(ctx, filePath, RISK_IMPORT, options, (values) => insertRisks(ctx, values).map((r) => r.ref));
}
