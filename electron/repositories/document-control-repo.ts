import type { Database } from 'better-sqlite3';
import type { DocumentControl, DocumentRevision } from '../../shared/domain/workbook';

interface DocumentControlRow {
  doc_key: string;
  document_id: string;
  title: string;
  version: string;
  status: DocumentControl['status'];
  owner: string;
  approver: string;
  approved_on: string | null;
  classification: string;
}

export function getDocumentControl(db: Database, docKey: string): DocumentControl | null {
  const row = db.prepare('SELECT * FROM document_control WHERE doc_key = ?').get(docKey) as
    | DocumentControlRow
    | undefined;
  if (!row) return null;
  return {
    docKey: row.doc_key,
    documentId: row.document_id,
    title: row.title,
    version: row.version,
    status: row.status,
    owner: row.owner,
    approver: row.approver,
    approvedOn: row.approved_on,
    classification: row.classification,
  };
}

export function saveDocumentControl(db: Database, control: DocumentControl): void {
  db.prepare(
    `INSERT INTO document_control (doc_key, document_id, title, version, status, owner, approver, approved_on,
       classification)
     VALUES (@docKey, @documentId, @title, @version, @status, @owner, @approver, @approvedOn, @classification)
     ON CONFLICT (doc_key) DO UPDATE SET document_id = excluded.document_id, title = excluded.title,
       version = excluded.version, status = excluded.status, owner = excluded.owner, approver = excluded.approver,
       approved_on = excluded.approved_on, classification = excluded.classification`,
  ).run(control);
}

export function listRevisions(db: Database, docKey: string): DocumentRevision[] {
  return db
    .prepare(
      'SELECT version, revised_on AS date, author, summary FROM document_revision WHERE doc_key = ? ORDER BY id',
    )
    .all(docKey) as DocumentRevision[];
}

export function insertRevision(db: Database, docKey: string, revision: DocumentRevision): void {
  db.prepare(
    'INSERT INTO document_revision (doc_key, version, revised_on, author, summary) VALUES (?, ?, ?, ?, ?)',
  ).run(docKey, revision.version, revision.date, revision.author, revision.summary);
}
