/**
 * What the Stage 1 package holds: every export of the registry that is Stage 1 evidence, per-record exports once per
 * record that belongs in front of an auditor, each filed in the folder of its clause with the control facts (ID,
 * version, status, approval) the index prints. Nothing is rendered or written here.
 */
import { CONTROLLED_DOCUMENTS, isControlledDocumentKey, type ControlledDocumentKey } from '../../../shared/domain/controlled-documents';
import type { IsmsDocument } from '../../../shared/domain/documents';
import {
  PACKAGE_FOLDERS,
  PACKAGE_INDEX_FILE,
  PACKAGE_MANIFEST_FILE,
  type PackageEntry,
  type PackagePlan,
} from '../../../shared/domain/package';
import type { DocumentControlWithHistory } from '../../../shared/domain/workbook';
import { listAudits } from '../../repositories/audit-repo';
import { listDocuments } from '../../repositories/document-repo';
import { listReviewRows } from '../../repositories/review-repo';
import { readDocumentControl } from '../../services/document-control-service';
import { readOrganisation } from '../../services/organisation-service';
import { getReview } from '../../services/review-service';
import type { WorkbookContext } from '../../services/workbook-context';
import { formatDateLong } from '../docx/dates';
import { reviewDocumentControl } from '../docx/management-review-docx';
import type { ExportKind } from '../export-kind';
import { listPackageKinds } from '../export-registry';
import { readAuditReportData } from '../kinds/audit-exports';

type ControlFacts = Pick<PackageEntry, 'documentId' | 'title' | 'version' | 'status' | 'approver' | 'approvedOn'>;

/** The per-record kinds the package knows how to choose records for. */
export const PER_RECORD_KINDS = ['document', 'audit-report', 'management-review'] as const;

/** The controlled document whose record a whole-workbook kind carries, or null when there is none. */
export function controlKeyOf(kind: ExportKind): ControlledDocumentKey | null {
  if (isControlledDocumentKey(kind.kind)) return kind.kind;
  return kind.documentControl ?? null;
}

/** "6.1.3" before "6.2" before "10.2": clause numbers compared part by part. */
export function compareClauses(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const diff = (x[i] ?? -1) - (y[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The clause folder, e.g. "06 Planning" for 6.1.3. */
export function folderOf(clause: string): string {
  const top = clause.split('.')[0] as keyof typeof PACKAGE_FOLDERS;
  const folder = PACKAGE_FOLDERS[top];
  if (!folder) throw new Error(`No package folder for clause ${clause}`);
  return folder;
}

/**
 * A name every file system accepts: no path separators or characters Windows refuses, no control characters,
 * single spaces, no trailing dot, and short enough to stay well inside Windows' path limit.
 */
export function safeFileName(name: string, maxLength = 120): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.slice(0, maxLength).trim().replace(/[. ]+$/, '') || 'Untitled';
}

function controlFacts(dc: DocumentControlWithHistory, title: string): ControlFacts {
  return { documentId: dc.documentId, title, version: dc.version, status: dc.status, approver: dc.approver.trim(), approvedOn: dc.approvedOn };
}

/** A register document is filed under the first clause it serves, else under 7.5 with the rest of the register. */
function documentClause(doc: IsmsDocument, fallback: string): string {
  return [...doc.clauses].sort(compareClauses)[0] ?? fallback;
}

interface Candidate extends Omit<PackageEntry, 'folder' | 'path'> {
  order: number;
}

function wholeWorkbookCandidate(ctx: WorkbookContext, kind: ExportKind, order: number): Candidate {
  const key = controlKeyOf(kind);
  const baseName = kind.defaultFileName.replace(/\.[a-z]+$/, '');
  if (!key) throw new Error(`The Stage 1 package does not know whose document control "${kind.kind}" carries.`);
  const dc = readDocumentControl(ctx, key);
  // A Word document goes by the title its control record gives it; a register by its file, marked as the Excel one.
  const title = kind.format === 'docx' ? dc.title.trim() || CONTROLLED_DOCUMENTS[key].title : `${baseName} (Excel)`;
  return {
    kind: kind.kind,
    format: kind.format as 'docx' | 'xlsx',
    clause: kind.clause,
    fileName: `${kind.clause} ${baseName}.${kind.format}`,
    order,
    ...controlFacts(dc, title),
  };
}

function perRecordCandidates(ctx: WorkbookContext, kind: ExportKind, order: number): Candidate[] {
  const format = kind.format as 'docx' | 'xlsx';
  const make = (argument: string, clause: string, name: string, facts: ControlFacts): Candidate => ({
    kind: `${kind.kind}:${argument}`,
    format,
    clause,
    fileName: `${clause} ${name}.${format}`,
    order,
    ...facts,
  });
  switch (kind.kind) {
    case 'document':
      // A retired document is no longer in force: it stays in the register, not in the package.
      return listDocuments(ctx.db)
        .filter((doc) => doc.status !== 'retired')
        .map((doc) =>
          make(doc.documentId, documentClause(doc, kind.clause), `${doc.documentId} ${doc.title}`, {
            documentId: doc.documentId,
            title: doc.title,
            version: doc.version,
            status: doc.status,
            approver: doc.approver.trim(),
            approvedOn: doc.approvedOn,
          }),
        );
    case 'audit-report':
      // Audits under way or completed have results to report; planned and cancelled ones live in the programme.
      return listAudits(ctx.db)
        .filter((audit) => audit.status === 'in-progress' || audit.status === 'completed')
        .map((audit) => {
          const dc = readAuditReportData(ctx, audit.ref).documentControl;
          return make(audit.ref, kind.clause, `${audit.ref} Internal Audit Report`, controlFacts(dc, `Internal audit report: ${audit.title}`));
        });
    case 'management-review': {
      // Minutes exist once the meeting has been held; a planned review has none yet.
      const { hasLogo: _hasLogo, ...organisation } = readOrganisation(ctx);
      return listReviewRows(ctx.db)
        .filter((row) => row.status === 'held')
        .map((row) => {
          const dc = reviewDocumentControl(getReview(ctx, row.id), organisation);
          const title = `Management review minutes${row.heldOn ? `, ${formatDateLong(row.heldOn)}` : ''}`;
          return make(row.ref, kind.clause, `${row.ref} Management Review Minutes`, controlFacts(dc, title));
        });
    }
    default:
      throw new Error(`The Stage 1 package does not know which records of "${kind.kind}" belong in it.`);
  }
}

/** The day the package speaks for: the workbook's latest change, as every export dates itself. */
export function packageAsOf(ctx: WorkbookContext): string {
  const latest = ctx.db.prepare('SELECT max(at) AS at FROM change_log').get() as { at: string | null };
  return (latest.at ?? '1970-01-01').slice(0, 10);
}

/** What a package of the workbook holds, in index order (clause, then the registry's order, then the records'). */
export function readPackagePlan(ctx: WorkbookContext): PackagePlan {
  const organisation = readOrganisation(ctx);
  const asOf = packageAsOf(ctx);
  const candidates = listPackageKinds().flatMap((kind, order) =>
    kind.parameter ? perRecordCandidates(ctx, kind, order) : [wholeWorkbookCandidate(ctx, kind, order)],
  );
  candidates.sort((a, b) => compareClauses(a.clause, b.clause) || a.order - b.order);
  const taken = new Set<string>();
  const entries = candidates.map(({ order: _order, ...candidate }): PackageEntry => {
    const folder = folderOf(candidate.clause);
    const extension = `.${candidate.format}`;
    const stem = safeFileName(candidate.fileName.slice(0, -extension.length));
    let fileName = `${stem}${extension}`;
    for (let n = 2; taken.has(`${folder}/${fileName}`.toLowerCase()); n += 1) fileName = `${stem} (${n})${extension}`;
    taken.add(`${folder}/${fileName}`.toLowerCase());
    return { ...candidate, folder, fileName, path: `${folder}/${fileName}` };
  });
  const name = organisation.shortName.trim() || organisation.legalName;
  return {
    organisation: organisation.legalName,
    asOf,
    folderName: `${safeFileName(name, 60)} ISMS Stage 1 package ${asOf}`,
    entries,
    fileCount: entries.length + [PACKAGE_INDEX_FILE, PACKAGE_MANIFEST_FILE].length,
  };
}
