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
