import type { DocumentStatus } from './workbook';

/**
 * The Stage 1 package: every Word document and Excel register of the workbook, in one folder with a sub-folder per
 * clause of ISO/IEC 27001:2022, an index document at the top and a SHA-256 manifest of every file.
 */

/** The top-level clauses the package is filed under, with the folder each one gets. */
export const PACKAGE_FOLDERS = {
  '4': '04 Context of the organisation',
  '5': '05 Leadership',
  '6': '06 Planning',
  '7': '07 Support',
  '8': '08 Operation',
  '9': '09 Performance evaluation',
  '10': '10 Improvement',
} as const satisfies Record<string, string>;

export const PACKAGE_INDEX_FILE = '00 Index.docx';
/** Named as `sha256sum` users expect, so `sha256sum -c MANIFEST.sha256` checks the package. */
export const PACKAGE_MANIFEST_FILE = 'MANIFEST.sha256';

/** One document or register in the package, with the control facts the index prints for it. */
export interface PackageEntry {
  /** The export that makes it, e.g. "soa", "document:POL-001", "audit-report:IA-2026-01". */
  kind: string;
  format: 'docx' | 'xlsx';
  /** The clause it is filed under, e.g. "6.1.3". */
  clause: string;
  /** Sub-folder, e.g. "06 Planning". */
  folder: string;
  /** e.g. "6.1.3 Statement of Applicability.docx". */
  fileName: string;
  /** Folder and file name, with a forward slash, as the manifest lists it. */
  path: string;
  documentId: string;
  title: string;
  version: string;
  status: DocumentStatus;
  /** The approver named on the document (who approved it, or who is to). */
  approver: string;
  /** Set once approved. */
  approvedOn: string | null;
}

/** What a package of the open workbook would hold, before anything is written. */
export interface PackagePlan {
  organisation: string;
  /** The day the package speaks for (YYYY-MM-DD): the workbook's latest change. */
  asOf: string;
  /** The folder created inside the chosen one, e.g. "Northwind ISMS Stage 1 package 2026-10-22". */
  folderName: string;
  /** Documents and registers in index order: by clause, then as the app lists its exports. */
  entries: PackageEntry[];
  /** Every file written: the entries, the index and the manifest. */
  fileCount: number;
}

/** One file written, as the manifest records it. */
export interface PackageFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface PackageResult {
  /** Absolute path of the package folder. */
  folder: string;
  /** Every file in the folder, the manifest last. */
  files: PackageFile[];
  totalBytes: number;
  /** Absolute path of the zip beside the folder, when one was asked for. */
  zipPath: string | null;
  zipBytes: number | null;
}
