import type { ExportKind } from '../export-kind';

export const objectivesExports: readonly ExportKind[] = [];
