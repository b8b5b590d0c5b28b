import type { Organisation } from '../../../shared/domain/organisation';
import type { Objective } from '../../../shared/domain/objectives';
import type { RoleCompetences, TrainingRecord } from '../../../shared/domain/competence';
import type { DocumentControlWithHistory } from '../../../shared/domain/workbook';
import type { ControlledDocumentKey } from '../../../shared/domain/controlled-documents';
import { getLogo } from '../../repositories/organisation-repo';
import { listObjectives } from '../../repositories/objective-repo';
import { listRoleCompetences, listTrainingRecords } from '../../repositories/training-repo';
import { readDocumentControl } from '../../services/document-control-service';
import { readOrganisation } from '../../services/organisation-service';
import type { WorkbookContext } from '../../services/workbook-context';
import { buildObjectivesDocx } from '../docx/objectives-docx';
import { buildCompetenceDocx } from '../docx/competence-docx';
import type { ExportKind } from '../export-kind';

/** What every document of this area carries: the organisation, its logo, the document's control record and date. */
export interface AreaDocumentBasics {
  organisation: Organisation;
  logo: { data: Buffer; mime: string } | null;
  documentControl: DocumentControlWithHistory;
  /** The day of the workbook's latest change (YYYY-MM-DD): the document date, and the "today" for due and expiry dates. */
  asOf: string;
}

export interface ObjectivesExportData extends AreaDocumentBasics {
  objectives: Objective[];
}

export interface CompetenceExportData extends AreaDocumentBasics {
  roles: RoleCompetences[];
  records: TrainingRecord[];
}

function readBasics(ctx: WorkbookContext, docKey: ControlledDocumentKey): AreaDocumentBasics {
  const { hasLogo: _hasLogo, ...organisation } = readOrganisation(ctx);
  const latest = ctx.db.prepare('SELECT max(at) AS at FROM change_log').get() as { at: string | null };
  return {
    organisation,
    logo: getLogo(ctx.db),
    documentControl: readDocumentControl(ctx, docKey),
    asOf: (latest.at ?? '1970-01-01').slice(0, 10),
  };
}

/** Read in one go, so the document is one consistent snapshot. */
export function readObjectivesExportData(ctx: WorkbookContext): ObjectivesExportData {
  return { ...readBasics(ctx, 'objectives'), objectives: listObjectives(ctx.db) };
}

export function readCompetenceExportData(ctx: WorkbookContext): CompetenceExportData {
  return { ...readBasics(ctx, 'competence'), roles: listRoleCompetences(ctx.db), records: listTrainingRecords(ctx.db) };
}

export const objectivesExports: readonly ExportKind[] = [
  {
    kind: 'objectives',
    title: 'Information security objectives and measurement (Word)',
    format: 'docx',
    clause: '6.2',
    defaultFileName: 'Information Security Objectives.docx',
    build: (ctx) => buildObjectivesDocx(readObjectivesExportData(ctx)),
  },
  {
    kind: 'competence',
    title: 'Competence and awareness records (Word)',
    format: 'docx',
    clause: '7.2',
    defaultFileName: 'Competence and Awareness Records.docx',
    build: (ctx) => buildCompetenceDocx(readCompetenceExportData(ctx)),
  },
];
