import type { ExportKind } from '../export-kind';

export const reviewExports: readonly ExportKind[] = [];
