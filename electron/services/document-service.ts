/**
 * Documents and policies (clauses 5.2 and 7.5): the register, bodies, the issue → review → approval workflow,
 * the revision history kept automatically as snapshots, and documents made from the template library.
 *
 * An approval belongs to one issued version: issuing snapshots the body and sends the document back for review;
 * edits after that are the working copy of the next version until it is issued in turn.
 */
import { clauseById } from '../../shared/catalog/clauses';
import {
  DOCUMENT_ID_PREFIXES,
  addMonths,
  compareVersions,
  documentInputSchema,
  nextVersion,
  proposeDocumentId,
  templateDocumentId,
  type DocumentInput,
  type DocumentPatch,
  type DocumentTemplate,
  type DocumentVersion,
  type IsmsDocument,
  type NewDocument,
  type VersionLevel,
} from '../../shared/domain/documents';
import { compareControlIds, isAnnexAControlId } from '../../shared/rules/control-id';
import { fillTemplate, withoutLeadingTitle } from '../../shared/rules/template-fill';
import { AppError } from '../../shared/ipc/result';
import {
  deleteDocumentRow,
  findDocumentByDocumentId,
  getDocument,
  getVersion,
  insertDocument,
  insertVersion,
  listDocumentIds,
  listDocuments,
  updateDocumentRow,
  type DocumentRecord,
} from '../repositories/document-repo';
import { getOrganisation } from '../repositories/organisation-repo';
import { logChanges, logEvent } from './change-log';
import { findTemplate, listTemplates, readTemplateBody } from './template-library';
import { inTransaction, today, type WorkbookContext } from './workbook-context';

const AREA = 'document';
/** Fields logged field by field; the body is logged as an event (it can be long). */
const FIELDS = ['documentId', 'title', 'type', 'owner', 'approver', 'classification', 'nextReview', 'clauses', 'controls'] as const;
const WORKFLOW_FIELDS = ['version', 'status', 'approvedOn', 'nextReview'] as const;

export function listDocumentRegister(ctx: WorkbookContext): IsmsDocument[] {
  return listDocuments(ctx.db);
}

export function listDocumentTemplates(): DocumentTemplate[] {
  return listTemplates();
}

function requireDocument(ctx: WorkbookContext, id: number): IsmsDocument {
  const doc = getDocument(ctx.db, id);
  if (!doc) throw new AppError('NOT_FOUND', 'That document no longer exists.');
  return doc;
}

function organisation(ctx: WorkbookContext) {
  const org = getOrganisation(ctx.db);
  if (!org) throw new AppError('NOT_FOUND', 'This workbook has no organisation profile.');
  return org;
}

/** Schema, a free document ID, clauses of the standard and Annex A controls (sorted, without repeats). */
function validate(ctx: WorkbookContext, input: unknown, selfId: number | null): DocumentInput {
  const parsed = documentInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Invalid document', { issues: parsed.error.issues });
  }
  const doc = parsed.data;
  const clash = findDocumentByDocumentId(ctx.db, doc.documentId);
  if (clash && clash.id !== selfId) {
    throw new AppError('INVALID_INPUT', `${clash.documentId} is already the ID of “${clash.title}”. Choose another ID.`);
  }
  const unknownClause = doc.clauses.find((c) => !clauseById(c));
  if (unknownClause) throw new AppError('INVALID_INPUT', `${unknownClause} is not a clause of ISO/IEC 27001:2022.`);
  const unknownControl = doc.controls.find((c) => !isAnnexAControlId(c));
  if (unknownControl) throw new AppError('INVALID_INPUT', `${unknownControl} is not an Annex A control.`);
  return {
    ...doc,
    clauses: [...new Set(doc.clauses)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    controls: [...new Set(doc.controls)].sort(compareControlIds),
  };
}

function record(doc: IsmsDocument): DocumentRecord {
  const { id: _id, revisions: _revisions, unissuedChanges: _unissued, ...rest } = doc;
  return rest;
}

function insertNew(ctx: WorkbookContext, input: DocumentInput, templateId: string | null): IsmsDocument {
  const doc = validate(ctx, input, null);
  const id = insertDocument(ctx.db, { ...doc, version: '0.1', status: 'draft', approvedOn: null, templateId });
  logEvent(ctx, AREA, doc.documentId, 'created', templateId ? `${doc.title} (from the template “${templateId}”)` : doc.title);
  return requireDocument(ctx, id);
}

/** A new, empty draft; owner, approver and classification come from the organisation profile. */
export function createDocument(ctx: WorkbookContext, input: NewDocument): IsmsDocument {
  return inTransaction(ctx, () => {
    const org = organisation(ctx);
    return insertNew(
      ctx,
      {
        documentId: input.documentId?.trim() || proposeDocumentId(DOCUMENT_ID_PREFIXES[input.type], listDocumentIds(ctx.db)),
        title: input.title,
        type: input.type,
        owner: org.ismsOwner,
        approver: org.defaultApprover,
        classification: org.defaultClassification,
        nextReview: null,
        clauses: [],
        controls: [],
        body: '',
      },
      null,
    );
  });
}

/** Inside the caller's transaction: a draft from a template, filled with the organisation's details. */
export function insertDocumentFromTemplate(ctx: WorkbookContext, templateId: string): IsmsDocument {
  const template = findTemplate(templateId);
  const org = organisation(ctx);
  const body = withoutLeadingTitle(fillTemplate(readTemplateBody(templateId), org), template.title);
  return insertNew(
    ctx,
    {
      documentId: templateDocumentId(template.documentId, listDocumentIds(ctx.db)),
      title: template.title,
      type: template.type,
      owner: org.ismsOwner,
      approver: org.defaultApprover,
      classification: org.defaultClassification,
      nextReview: null,
      clauses: template.clauses,
      controls: template.controls,
      body,
    },
    template.id,
  );
}

export function createDocumentFromTemplate(ctx: WorkbookContext, templateId: string): IsmsDocument {
  return inTransaction(ctx, () => insertDocumentFromTemplate(ctx, templateId));
}

export function updateDocument(ctx: WorkbookContext, id: number, patch: DocumentPatch): IsmsDocument {
  return inTransaction(ctx, () => {
    const before = requireDocument(ctx, id);
    if (before.status === 'retired') throw new AppError('INVALID_INPUT', `${before.documentId} is retired: it is kept as it was.`);
    const after = { ...before, ...validate(ctx, { ...pickInput(before), ...patch }, id) };
    if (after.status === 'approved' && after.approver.trim() === '') {
      throw new AppError('INVALID_INPUT', 'An approved document needs the name of its approver.');
    }
    updateDocumentRow(ctx.db, id, record(after));
    logChanges(ctx, AREA, before.documentId, before, after, FIELDS);
    if (after.body !== before.body) {
      logEvent(ctx, AREA, after.documentId, 'body', `Body edited (${before.body.length.toLocaleString('en-GB')} → ${after.body.length.toLocaleString('en-GB')} characters)`);
    }
    return requireDocument(ctx, id);
  });
}

function pickInput(doc: IsmsDocument): DocumentInput {
  const { documentId, title, type, owner, approver, classification, nextReview, clauses, controls, body } = doc;
  return { documentId, title, type, owner, approver, classification, nextReview, clauses, controls, body };
}

function saveWorkflow(ctx: WorkbookContext, before: IsmsDocument, change: Partial<DocumentRecord>): IsmsDocument {
  const after = { ...before, ...change };
  updateDocumentRow(ctx.db, before.id, record(after));
  logChanges(ctx, AREA, before.documentId, before, after, WORKFLOW_FIELDS);
  return requireDocument(ctx, before.id);
}

/** Snapshots the body as a new major or minor version and sends the document for review. */
export function issueDocumentVersion(ctx: WorkbookContext, id: number, level: VersionLevel, summary: string): IsmsDocument {
  return inTransaction(ctx, () => {
    const doc = requireDocument(ctx, id);
    if (doc.status === 'retired') throw new AppError('INVALID_INPUT', `${doc.documentId} is retired: reinstate it as a new document instead.`);
    const text = summary.trim();
    if (text === '') throw new AppError('INVALID_INPUT', 'Describe what changed in this version.');
    if (doc.body.trim() === '') throw new AppError('INVALID_INPUT', 'Write the body before issuing a version.');
    const last = doc.revisions.at(-1)?.version ?? null;
    const version = nextVersion(last, level);
    if (last !== null && compareVersions(version, last) <= 0) {
      throw new AppError('INVALID_INPUT', `Version ${version} must come after the last issued version, ${last}.`);
    }
    insertVersion(ctx.db, { documentId: id, version, revisedOn: today(ctx), author: ctx.actor, summary: text, body: doc.body });
    logEvent(ctx, AREA, doc.documentId, 'issued', `${version}: ${text}`);
    return saveWorkflow(ctx, doc, { version, status: 'in-review', approvedOn: null });
  });
}

/** Approves the version in review: stamps today and sets the next review one review cycle later. */
export function approveDocument(ctx: WorkbookContext, id: number): IsmsDocument {
  return inTransaction(ctx, () => {
    const doc = requireDocument(ctx, id);
    if (doc.status !== 'in-review') {
      const reason =
        doc.status === 'draft'
          ? 'Issue a version for review before approving it.'
          : doc.status === 'approved'
            ? `Version ${doc.version} is already approved.`
            : `${doc.documentId} is retired.`;
      throw new AppError('INVALID_INPUT', reason);
    }
    if (doc.approver.trim() === '') throw new AppError('INVALID_INPUT', 'Name the approver before approving the document.');
    const approvedOn = today(ctx);
    logEvent(ctx, AREA, doc.documentId, 'approved', `${doc.version} by ${doc.approver}`);
    return saveWorkflow(ctx, doc, {
      status: 'approved',
      approvedOn,
      nextReview: addMonths(approvedOn, organisation(ctx).reviewCycleMonths),
    });
  });
}

/** Withdraws a document from use; it stays in the register with its history. */
export function retireDocument(ctx: WorkbookContext, id: number): IsmsDocument {
  return inTransaction(ctx, () => {
    const doc = requireDocument(ctx, id);
    if (doc.status === 'retired') return doc;
    return saveWorkflow(ctx, doc, { status: 'retired', nextReview: null });
  });
}

/** Deletes a draft that was never issued; anything issued is retired instead, to keep its history. */
export function deleteDocument(ctx: WorkbookContext, id: number): void {
  inTransaction(ctx, () => {
    const doc = requireDocument(ctx, id);
    if (doc.status !== 'draft' || doc.revisions.length > 0) {
      throw new AppError('INVALID_INPUT', `Only drafts can be deleted; retire ${doc.documentId} instead to keep its history.`);
    }
    deleteDocumentRow(ctx.db, id);
    logEvent(ctx, AREA, doc.documentId, 'deleted', JSON.stringify({ ...pickInput(doc), body: `${doc.body.length} characters` }));
  });
}

export function readDocumentVersion(ctx: WorkbookContext, versionId: number): DocumentVersion {
  const version = getVersion(ctx.db, versionId);
  if (!version) throw new AppError('NOT_FOUND', 'That version no longer exists.');
  return version;
}
