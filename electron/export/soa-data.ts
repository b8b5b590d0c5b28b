import type { AnnexAControl } from '../../shared/catalog/types';
import { ANNEX_A } from '../../shared/catalog/annex-a';
import type { Organisation } from '../../shared/domain/organisation';
import type { SoaEntry } from '../../shared/domain/soa';
import type { DocumentControlWithHistory } from '../../shared/domain/workbook';
import { getLogo } from '../repositories/organisation-repo';
import { readDocumentControl } from '../services/document-control-service';
import { readOrganisation } from '../services/organisation-service';
import { listSoa } from '../services/soa-service';
import type { WorkbookContext } from '../services/workbook-context';

export interface SoaRow {
  control: AnnexAControl;
  entry: SoaEntry;
}

/** Everything an SoA export needs, read in one go so the Word and Excel outputs agree. */
export interface SoaExportData {
  organisation: Organisation;
  logo: { data: Buffer; mime: string } | null;
  documentControl: DocumentControlWithHistory;
  rows: SoaRow[];
  /**
   * The date the document speaks for: the day of the workbook's latest change. Taken from the data, not the
   * clock, so the same workbook always gives the same bytes.
   */
  asOf: string;
}

export function readSoaExportData(ctx: WorkbookContext): SoaExportData {
  const { hasLogo: _hasLogo, ...organisation } = readOrganisation(ctx);
  const entries = new Map(listSoa(ctx).map((e) => [e.controlId, e]));
  const rows = ANNEX_A.map((control) => {
    const entry = entries.get(control.id);
    if (!entry) throw new Error(`The workbook has no SoA row for A.${control.id}.`);
    return { control, entry };
  });
  const latest = ctx.db.prepare('SELECT max(at) AS at FROM change_log').get() as { at: string | null };
  const asOf = (latest.at ?? '1970-01-01').slice(0, 10);
  return { organisation, logo: getLogo(ctx.db), documentControl: readDocumentControl(ctx, 'soa'), rows, asOf };
}
