import type { WorkbookContext } from '../../services/workbook-context';

/** This area's top-level keys in the `json` export (see docs/json-export.md). */
export function documentsJson(_ctx: WorkbookContext): Record<string, unknown> {
  return {};
}
