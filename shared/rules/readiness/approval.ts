import { CONTROLLED_DOCUMENTS, type ControlledDocumentKey } from '../../domain/controlled-documents';
import type { ReadinessFinding } from '../../domain/readiness';
import { DOCUMENT_STATUS_LABELS } from '../../domain/workbook';
import { documentControlLink, documentLink } from './links';
import type { ReadinessSnapshot, RegisterDocument } from './snapshot';

/** Whether a generated document's current version is approved; a document never saved is a draft. */
export function isApproved(snapshot: ReadinessSnapshot, key: ControlledDocumentKey): boolean {
  return snapshot.documentControls[key]?.status === 'approved';
}

/** The finding for a generated document that is not approved, or null when it is. */
export function approvalFinding(snapshot: ReadinessSnapshot, key: ControlledDocumentKey): ReadinessFinding | null {
  if (isApproved(snapshot, key)) return null;
  const control = snapshot.documentControls[key];
  const { title, documentId } = CONTROLLED_DOCUMENTS[key];
  const status = DOCUMENT_STATUS_LABELS[control?.status ?? 'draft'].toLowerCase();
  return {
    message: `${title} (${control?.documentId ?? documentId}): version ${control?.version ?? '0.1'} is ${status}, not approved.`,
    link: documentControlLink(key),
  };
}

/** The finding for a register document that is not approved. */
export function registerApprovalFinding(doc: RegisterDocument): ReadinessFinding {
  return {
    message: `${doc.documentId} ${doc.title}: version ${doc.version} is ${DOCUMENT_STATUS_LABELS[doc.status].toLowerCase()}, not approved.`,
    link: documentLink(doc.documentId),
  };
}

/** Register documents tied to a clause or any of its sub-clauses ("6.1" reaches "6.1.2"). */
export function documentsForClause(snapshot: ReadinessSnapshot, clause: string, types: readonly RegisterDocument['type'][]): RegisterDocument[] {
  return snapshot.documents.filter(
    (doc) => types.includes(doc.type) && doc.clauses.some((c) => c === clause || c.startsWith(`${clause}.`)),
  );
}
