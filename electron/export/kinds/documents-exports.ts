import type { ExportKind } from '../export-kind';

export const documentsExports: readonly ExportKind[] = [];
