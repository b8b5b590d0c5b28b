import type { Audit, AuditCycle, AuditFinding } from '../../../shared/domain/audit';
import type { ControlledDocumentKey } from '../../../shared/domain/controlled-documents';
import type { Nonconformity } from '../../../shared/domain/nonconformity';
import type { Organisation } from '../../../shared/domain/organisation';
import type { DocumentControlWithHistory } from '../../../shared/domain/workbook';
import { AppError } from '../../../shared/ipc/result';
import type { AuditCoverage } from '../../../shared/rules/audit-coverage';
import type { IndependenceWarning } from '../../../shared/rules/auditor-independence';
import { getAuditByRef, listAudits } from '../../repositories/audit-repo';
import { listNonconformities } from '../../repositories/nonconformity-repo';
import { getLogo } from '../../repositories/organisation-repo';
import { readAuditOverview } from '../../services/audit-service';
import { readDocumentControl } from '../../services/document-control-service';
import { readOrganisation } from '../../services/organisation-service';
import type { WorkbookContext } from '../../services/workbook-context';
import { buildAuditProgrammeDocx } from '../docx/audit-programme-docx';
import { buildAuditReportDocx } from '../docx/audit-report-docx';
import { buildNonconformitiesDocx } from '../docx/nonconformities-docx';
import type { ExportKind } from '../export-kind';
import { buildNonconformitiesXlsx } from '../xlsx/nonconformities-xlsx';

/** Everything the audit and nonconformity documents print, read in one go so they agree with each other. */
export interface AuditExportData {
  organisation: Organisation;
  logo: { data: Buffer; mime: string } | null;
  documentControl: DocumentControlWithHistory;
  /** The day the document speaks for (YYYY-MM-DD): the workbook's latest change, so follow-up shows as it stands. */
  asOf: string;
  cycle: AuditCycle;
  audits: Audit[];
  findings: AuditFinding[];
  nonconformities: Nonconformity[];
  coverage: AuditCoverage;
  independence: IndependenceWarning[];
}

export interface AuditReportData extends AuditExportData {
  audit: Audit;
}

export function readAuditExportData(ctx: WorkbookContext, docKey: ControlledDocumentKey): AuditExportData {
  const { hasLogo: _hasLogo, ...organisation } = readOrganisation(ctx);
  const latest = ctx.db.prepare('SELECT max(at) AS at FROM change_log').get() as { at: string | null };
  const { cycle, audits, findings, coverage, independence } = readAuditOverview(ctx);
  return {
    organisation,
    logo: getLogo(ctx.db),
    documentControl: readDocumentControl(ctx, docKey),
    asOf: (latest.at ?? '1970-01-01').slice(0, 10),
    cycle,
    audits,
    findings,
    nonconformities: listNonconformities(ctx.db),
    coverage,
    independence,
  };
}

/** The first part of "Priya Natarajan, Halden Assurance": the name to sign with. */
export const personName = (person: string): string => person.split(',')[0]!.replace(/\([^)]*\)/g, '').trim();

/**
 * An audit report is not one of the workbook's controlled documents: its control record comes from the audit. It is
 * issued by the lead auditor when the audit is completed, and acknowledged by the ISMS owner.
 */
function reportControl(audit: Audit, organisation: Organisation, programme: DocumentControlWithHistory): DocumentControlWithHistory {
  const completed = audit.status === 'completed';
  const lead = audit.auditors[0] ?? '';
  const issued = audit.plannedEnd ?? audit.plannedStart;
  return {
    docKey: `audit-report:${audit.ref}`,
    documentId: `${audit.ref}-R`,
    title: 'Internal Audit Report',
    version: completed ? '1.0' : '0.1',
    status: completed ? 'approved' : 'draft',
    owner: lead,
    approver: organisation.ismsOwner.trim() || organisation.defaultApprover,
    approvedOn: completed ? issued : null,
    classification: programme.classification,
    revisions:
      completed && issued
        ? [{ version: '1.0', date: issued, author: personName(lead), summary: 'Report issued at the close of the audit.' }]
        : [],
  };
}

export function readAuditReportData(ctx: WorkbookContext, ref: string): AuditReportData {
  const stored = getAuditByRef(ctx.db, ref.trim().toUpperCase());
  if (!stored) {
    const known = listAudits(ctx.db).map((a) => a.ref);
    throw new AppError('NOT_FOUND', `There is no audit ${ref}.${known.length > 0 ? ` Audits: ${known.join(', ')}.` : ''}`);
  }
  const data = readAuditExportData(ctx, 'audit-programme');
  return { ...data, audit: stored, documentControl: reportControl(stored, data.organisation, data.documentControl) };
}

export const auditExports: readonly ExportKind[] = [
  {
    kind: 'audit-programme',
    title: 'Internal audit programme with coverage (Word)',
    format: 'docx',
    clause: '9.2',
    defaultFileName: 'Internal Audit Programme.docx',
    build: (ctx) => buildAuditProgrammeDocx(readAuditExportData(ctx, 'audit-programme')),
  },
  {
    kind: 'audit-report',
    title: 'Internal audit report (Word)',
    format: 'docx',
    clause: '9.2',
    defaultFileName: 'Internal Audit Report.docx',
    parameter: {
      name: 'audit reference',
      instances: (ctx) => listAudits(ctx.db).map((audit) => ({ value: audit.ref, title: audit.title })),
    },
    build: (ctx, argument) => buildAuditReportDocx(readAuditReportData(ctx, argument ?? '')),
  },
  {
    kind: 'nonconformities',
    title: 'Nonconformity and corrective action register (Word)',
    format: 'docx',
    clause: '10.2',
    defaultFileName: 'Nonconformity and Corrective Action Register.docx',
    build: (ctx) => buildNonconformitiesDocx(readAuditExportData(ctx, 'nonconformities')),
  },
  {
    kind: 'nonconformities-xlsx',
    documentControl: 'nonconformities',
    title: 'Nonconformity and corrective action register (Excel)',
    format: 'xlsx',
    clause: '10.2',
    defaultFileName: 'Nonconformity Register.xlsx',
    build: (ctx) => buildNonconformitiesXlsx(readAuditExportData(ctx, 'nonconformities')),
  },
];
