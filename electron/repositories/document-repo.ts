import type { Database } from 'better-sqlite3';
import type {
  DocumentInput,
  DocumentRevisionEntry,
  DocumentVersion,
  IsmsDocument,
} from '../../shared/domain/documents';
import type { DocumentStatus } from '../../shared/domain/workbook';
import { cached } from './statement-cache';

interface DocumentRow {
  id: number;
  document_id: string;
  title: string;
  type: IsmsDocument['type'];
  version: string;
  status: DocumentStatus;
  owner: string;
  approver: string;
  approved_on: string | null;
  next_review: string | null;
  classification: string;
  clauses: string;
  controls: string;
  template_id: string | null;
  body: string;
  unissued: number;
}

interface VersionRow {
  id: number;
  document_id: number;
  version: string;
  revised_on: string;
  author: string;
  summary: string;
  body: string;
}

/** The workflow fields the service sets; the rest is DocumentInput. */
export interface DocumentState {
  version: string;
  status: DocumentStatus;
  approvedOn: string | null;
  templateId: string | null;
}

export type DocumentRecord = DocumentInput & DocumentState;

// `unissued`: the body differs from the last issued version, or nothing has been issued.
const SELECT = `SELECT d.*, d.body IS NOT (
    SELECT v.body FROM isms_document_version v WHERE v.document_id = d.id ORDER BY v.id DESC LIMIT 1
  ) AS unissued FROM isms_document d`;

function toRevision(row: VersionRow): DocumentRevisionEntry {
  return { id: row.id, version: row.version, revisedOn: row.revised_on, author: row.author, summary: row.summary };
}

function toDocument(row: DocumentRow, revisions: DocumentRevisionEntry[]): IsmsDocument {
  return {
    id: row.id,
    documentId: row.document_id,
    title: row.title,
    type: row.type,
    version: row.version,
    status: row.status,
    owner: row.owner,
    approver: row.approver,
    approvedOn: row.approved_on,
    nextReview: row.next_review,
    classification: row.classification,
    clauses: JSON.parse(row.clauses) as string[],
    controls: JSON.parse(row.controls) as string[],
    templateId: row.template_id,
    body: row.body,
    revisions,
    unissuedChanges: row.unissued === 1,
  };
}

function revisionsByDocument(db: Database): Map<number, DocumentRevisionEntry[]> {
  const map = new Map<number, DocumentRevisionEntry[]>();
  const rows = db
    .prepare('SELECT id, document_id, version, revised_on, author, summary FROM isms_document_version ORDER BY document_id, id')
    .all() as VersionRow[];
  for (const row of rows) {
    const list = map.get(row.document_id);
    if (list) list.push(toRevision(row));
    else map.set(row.document_id, [toRevision(row)]);
  }
  return map;
}

/** The register in document ID order (POL-002 before POL-010). */
export function listDocuments(db: Database): IsmsDocument[] {
  const revisions = revisionsByDocument(db);
  const rows = db.prepare(`${SELECT} ORDER BY d.document_id COLLATE NOCASE, d.id`).all() as DocumentRow[];
  return rows
    .map((row) => toDocument(row, revisions.get(row.id) ?? []))
    .sort((a, b) => a.documentId.localeCompare(b.documentId, 'en', { numeric: true, sensitivity: 'base' }));
}

export function getDocument(db: Database, id: number): IsmsDocument | null {
  const row = db.prepare(`${SELECT} WHERE d.id = ?`).get(id) as DocumentRow | undefined;
  return row ? toDocument(row, listRevisions(db, id)) : null;
}

export function findDocumentByDocumentId(db: Database, documentId: string): IsmsDocument | null {
  const id = db.prepare('SELECT id FROM isms_document WHERE document_id = ? COLLATE NOCASE').pluck().get(documentId) as number | undefined;
  return id === undefined ? null : getDocument(db, id);
}

export function listDocumentIds(db: Database): string[] {
  return db.prepare('SELECT document_id FROM isms_document').pluck().all() as string[];
}

const COLUMNS = `document_id = @documentId, title = @title, type = @type, version = @version, status = @status,
  owner = @owner, approver = @approver, approved_on = @approvedOn, next_review = @nextReview,
  classification = @classification, clauses = @clauses, controls = @controls, template_id = @templateId, body = @body`;

/** Exactly the bound parameters (a full IsmsDocument carries more than the row holds). */
function params(doc: DocumentRecord) {
  return {
    documentId: doc.documentId,
    title: doc.title,
    type: doc.type,
    version: doc.version,
    status: doc.status,
    owner: doc.owner,
    approver: doc.approver,
    approvedOn: doc.approvedOn,
    nextReview: doc.nextReview,
    classification: doc.classification,
    clauses: JSON.stringify(doc.clauses),
    controls: JSON.stringify(doc.controls),
    templateId: doc.templateId,
    body: doc.body,
  };
}

export function insertDocument(db: Database, doc: DocumentRecord): number {
  return Number(
    cached(
      db,
      `INSERT INTO isms_document (document_id, title, type, version, status, owner, approver, approved_on, next_review,
         classification, clauses, controls, template_id, body)
       VALUES (@documentId, @title, @type, @version, @status, @owner, @approver, @approvedOn, @nextReview,
         @classification, @clauses, @controls, @templateId, @body)`,
    ).run(params(doc)).lastInsertRowid,
  );
}

export function updateDocumentRow(db: Database, id: number, doc: DocumentRecord): void {
  db.prepare(`UPDATE isms_document SET ${COLUMNS} WHERE id = @id`).run({ ...params(doc), id });
}

export function deleteDocumentRow(db: Database, id: number): void {
  db.prepare('DELETE FROM isms_document WHERE id = ?').run(id);
}

export function listRevisions(db: Database, documentId: number): DocumentRevisionEntry[] {
  return (
    db
      .prepare('SELECT id, document_id, version, revised_on, author, summary FROM isms_document_version WHERE document_id = ? ORDER BY id')
      .all(documentId) as VersionRow[]
  ).map(toRevision);
}

export function getVersion(db: Database, versionId: number): DocumentVersion | null {
  const row = db.prepare('SELECT * FROM isms_document_version WHERE id = ?').get(versionId) as VersionRow | undefined;
  return row ? { ...toRevision(row), documentId: row.document_id, body: row.body } : null;
}

/** The body of the last issued version, or null when none has been issued. */
export function lastIssuedBody(db: Database, documentId: number): string | null {
  return (
    (db
      .prepare('SELECT body FROM isms_document_version WHERE document_id = ? ORDER BY id DESC LIMIT 1')
      .pluck()
      .get(documentId) as string | undefined) ?? null
  );
}

export function insertVersion(db: Database, version: Omit<DocumentVersion, 'id'>): number {
  return Number(
    cached(
      db,
      `INSERT INTO isms_document_version (document_id, version, revised_on, author, summary, body)
       VALUES (@documentId, @version, @revisedOn, @author, @summary, @body)`,
    ).run(version).lastInsertRowid,
  );
}
