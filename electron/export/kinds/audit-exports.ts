import type { ExportKind } from '../export-kind';

export const auditExports: readonly ExportKind[] = [];
