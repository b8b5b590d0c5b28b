/** Every document or register the app can produce, by the name the CLI uses. */
export interface ExportKindInfo {
  kind: string;
  title: string;
  format: 'docx' | 'xlsx' | 'json';
  /** ISO/IEC 27001:2022 clause the output evidences, for ordering and the Stage 1 package. */
  clause: string;
  defaultFileName: string;
}

export interface ExportResult {
  kind: string;
  path: string;
  bytes: number;
}

export interface ImportProblem {
  /** 1-based row number as the user sees it in the spreadsheet (header is row 1). */
  row: number;
  column?: string;
  message: string;
}

export interface ImportReport {
  rows: number;
  applied: number;
  problems: ImportProblem[];
  dryRun: boolean;
}

/** A row of an import that names a record the workbook already holds (same title or name). */
export interface ImportMatch {
  row: number;
  /** The record already in the workbook: R-012, AS-003. */
  ref: string;
  /** The title or name both share, as the file writes it. */
  text: string;
}

export const RECORD_IMPORT_KINDS = ['assets', 'risks'] as const;
export type RecordImportKind = (typeof RECORD_IMPORT_KINDS)[number];

/** What an import of assets or risks would do, for the mapping screen: nothing is changed to produce it. */
export interface RecordImportPreview {
  headers: string[];
  /** Header → field id, or null for a column that is not imported. */
  mapping: Record<string, string | null>;
  fields: { field: string; label: string; required: boolean; ignored?: boolean; hint?: string }[];
  /** The first rows, as the mapped fields' text, each with its own problems. */
  rows: { row: number; cells: Record<string, string>; problems: ImportProblem[] }[];
  problems: ImportProblem[];
  totalRows: number;
  /** Every row (not only the first ones) that names a record already in the workbook. */
  matches: ImportMatch[];
}

export interface RecordImportReport extends ImportReport {
  /** References of the records created (empty in a dry run). */
  created: string[];
  /** Rows that name a record already in the workbook. */
  matches: ImportMatch[];
  /** How many of those were left out (all of them when asked to, otherwise none). */
  skipped: number;
}
