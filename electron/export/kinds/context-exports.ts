import type { ExportKind } from '../export-kind';

export const contextExports: readonly ExportKind[] = [];
