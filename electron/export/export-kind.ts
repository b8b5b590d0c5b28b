import type { ExportKindInfo } from '../../shared/domain/exports';
import type { ControlledDocumentKey } from '../../shared/domain/controlled-documents';
import type { WorkbookContext } from '../services/workbook-context';

/**
 * One document or register the app can produce. A kind with a `parameter` is exported per record
 * ("document:POL-001", "audit-report:IA-2026-01"): `instances` lists the records it can be exported for.
 */
export interface ExportKind extends ExportKindInfo {
  parameter?: {
    /** What the part after the colon names, e.g. "document ID". */
    name: string;
    instances(ctx: WorkbookContext): { value: string; title: string }[];
  };
  /**
   * The controlled document whose record this output prints, when the kind is not itself one: an Excel register
   * carries the control record of the document it belongs with ('soa-xlsx' → 'soa').
   */
  documentControl?: ControlledDocumentKey;
  /** False for outputs that are not Stage 1 evidence (SOC 2 readiness, the advisor's memo, JSON). */
  inPackage?: false;
  /** Reads the workbook synchronously (one consistent snapshot), then renders. */
  build(ctx: WorkbookContext, argument: string | null): Promise<Buffer>;
}
