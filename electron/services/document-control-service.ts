import { AppError } from '../../shared/ipc/result';
import { CONTROLLED_DOCUMENTS, isControlledDocumentKey } from '../../shared/domain/controlled-documents';
import {
  documentControlSchema,
  type DocumentControl,
  type DocumentControlPatch,
  type DocumentControlWithHistory,
} from '../../shared/domain/workbook';
import {
  getDocumentControl,
  insertRevision,
  listRevisions,
  saveDocumentControl,
} from '../repositories/document-control-repo';
import { getOrganisation } from '../repositories/organisation-repo';
import { logChanges, logEvent } from './change-log';
import { inTransaction, today, type WorkbookContext } from './workbook-context';

const FIELDS = Object.keys(documentControlSchema.shape).filter((f) => f !== 'docKey') as (keyof DocumentControl)[];

function defaults(ctx: WorkbookContext, docKey: string): DocumentControl {
  if (!isControlledDocumentKey(docKey)) throw new AppError('NOT_FOUND', `There is no document "${docKey}".`);
  const known = CONTROLLED_DOCUMENTS[docKey];
  const org = getOrganisation(ctx.db);
  return {
    docKey,
    documentId: known.documentId,
    title: known.title,
    version: '0.1',
    status: 'draft',
    owner: org?.ismsOwner ?? '',
    approver: org?.defaultApprover ?? '',
    approvedOn: null,
    classification: org?.defaultClassification ?? '',
  };
}

/** The stored record, or the defaults a new document starts from (not written until the user changes it). */
export function readDocumentControl(ctx: WorkbookContext, docKey: string): DocumentControlWithHistory {
  const control = getDocumentControl(ctx.db, docKey) ?? defaults(ctx, docKey);
  return { ...control, revisions: listRevisions(ctx.db, docKey) };
}

export function updateDocumentControl(
  ctx: WorkbookContext,
  docKey: string,
  patch: DocumentControlPatch,
): DocumentControlWithHistory {
  return inTransaction(ctx, () => {
    const stored = getDocumentControl(ctx.db, docKey);
    const before = stored ?? defaults(ctx, docKey);
    const after = { ...before, ...patch };
    if (after.status === 'approved' && !after.approvedOn) after.approvedOn = today(ctx);
    if (after.status === 'approved' && after.approver.trim() === '') {
      throw new AppError('INVALID_INPUT', 'An approved document needs the name of its approver.');
    }
    saveDocumentControl(ctx.db, after);
    logChanges(ctx, 'document-control', docKey, stored, after, FIELDS);
    return readDocumentControl(ctx, docKey);
  });
}

function versionNumber(version: string): number[] {
  return version.split('.').map(Number);
}

function isLater(a: string, b: string): boolean {
  const [a1 = 0, a2 = 0] = versionNumber(a);
  const [b1 = 0, b2 = 0] = versionNumber(b);
  return a1 > b1 || (a1 === b1 && a2 > b2);
}

/** Issues a new version: the revision history gains a row and the document moves to that version, in review. */
export function addRevision(
  ctx: WorkbookContext,
  docKey: string,
  version: string,
  summary: string,
): DocumentControlWithHistory {
  return inTransaction(ctx, () => {
    const current = readDocumentControl(ctx, docKey);
    const last = current.revisions.at(-1);
    if (last && !isLater(version, last.version)) {
      throw new AppError('INVALID_INPUT', `Version ${version} must come after the last issued version, ${last.version}.`);
    }
    insertRevision(ctx.db, docKey, { version, date: today(ctx), author: ctx.actor, summary });
    const { revisions: _revisions, ...control } = current;
    // An approval belongs to the version that was approved: a new version goes back for review.
    saveDocumentControl(ctx.db, { ...control, version, status: 'in-review', approvedOn: null });
    logEvent(ctx, 'document-control', docKey, 'revision', `${version}: ${summary}`);
    return readDocumentControl(ctx, docKey);
  });
}
