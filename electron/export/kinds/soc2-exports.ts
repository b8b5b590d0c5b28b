import type { Organisation } from '../../../shared/domain/organisation';
import type { Soc2Readiness } from '../../../shared/domain/soc2-readiness';
import type { DocumentControlWithHistory } from '../../../shared/domain/workbook';
import { getLogo } from '../../repositories/organisation-repo';
import { readDocumentControl } from '../../services/document-control-service';
import { readOrganisation } from '../../services/organisation-service';
import { readSoc2Readiness } from '../../services/soc2-service';
import type { WorkbookContext } from '../../services/workbook-context';
import { buildSoc2ReadinessDocx } from '../docx/soc2-readiness-docx';
import type { ExportKind } from '../export-kind';

/** The document-control record of the readiness assessment (an entry in CONTROLLED_DOCUMENTS). */
export const SOC2_DOCUMENT_KEY = 'soc2-readiness';

export interface Soc2ExportData {
  organisation: Organisation;
  logo: { data: Buffer; mime: string } | null;
  documentControl: DocumentControlWithHistory;
  /** The day of the workbook's latest change (YYYY-MM-DD): the SoA statuses the figures are read from are as of then. */
  asOf: string;
  readiness: Soc2Readiness;
}

/** Read in one go, so the document is one consistent snapshot. */
export function readSoc2ExportData(ctx: WorkbookContext): Soc2ExportData {
  const { hasLogo: _hasLogo, ...organisation } = readOrganisation(ctx);
  const latest = ctx.db.prepare('SELECT max(at) AS at FROM change_log').get() as { at: string | null };
  return {
    organisation,
    logo: getLogo(ctx.db),
    documentControl: readDocumentControl(ctx, SOC2_DOCUMENT_KEY),
    asOf: (latest.at ?? '1970-01-01').slice(0, 10),
    readiness: readSoc2Readiness(ctx),
  };
}

export const soc2Exports: ExportKind[] = [
  {
    kind: 'soc2-readiness',
    title: 'SOC 2 readiness from the ISO 27001 control set (Word)',
    format: 'docx',
    // Not Stage 1 evidence. 6.1.3 is where the readiness comes from: it reads the Statement of Applicability and
    // compares the chosen controls with another control set, as 6.1.3 c) has the organisation do with Annex A.
    // Any other clause would suggest the document evidences an ISMS requirement it does not.
    clause: '6.1.3',
    defaultFileName: 'SOC 2 Readiness from the ISO 27001 Control Set.docx',
    inPackage: false,
    build: (ctx) => buildSoc2ReadinessDocx(readSoc2ExportData(ctx)),
  },
];
