import type { WorkbookContext } from '../workbook-context';

/** The sample organisation's records for this area (filled in as the area is built). */
export function seedSampleAudit(_ctx: WorkbookContext): void {}
