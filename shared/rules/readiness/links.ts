import { CONTROLLED_DOCUMENTS, type ControlledDocumentKey } from '../../domain/controlled-documents';
import type { RecordLink, ScreenId } from '../../domain/record-link';

/**
 * The links readiness findings carry: each opens the screen, and where there is one, the record to fix, named the
 * way the user sees it (record-link.ts).
 */

export const screenLink = (screen: ScreenId, label: string): RecordLink => ({ screen, label });

export const controlLink = (controlId: string): RecordLink => ({ screen: 'soa', record: controlId, label: `Open A.${controlId} in the SoA` });

export const riskLink = (ref: string): RecordLink => ({ screen: 'risks', record: ref, label: `Open ${ref} in the risk register` });

export const actionLink = (ref: string): RecordLink => ({ screen: 'treatment-plan', record: ref, label: `Open ${ref} in the treatment plan` });

export const documentLink = (documentId: string): RecordLink => ({
  screen: 'documents',
  record: documentId,
  label: `Open ${documentId} in Documents and policies`,
});

export const documentControlLink = (key: ControlledDocumentKey): RecordLink => ({
  screen: 'document-control',
  record: key,
  label: `Open the document control of the ${CONTROLLED_DOCUMENTS[key].title}`,
});

export const partyLink = (ref: string): RecordLink => ({ screen: 'context', record: ref, label: `Open ${ref} in Context and parties` });

export const objectiveLink = (ref: string): RecordLink => ({ screen: 'objectives', record: ref, label: `Open ${ref} in Objectives` });

export const auditLink = (ref: string): RecordLink => ({ screen: 'audit', record: ref, label: `Open ${ref} in Internal audit` });

export const nonconformityLink = (ref: string): RecordLink => ({
  screen: 'nonconformities',
  record: ref,
  label: `Open ${ref} in Nonconformities`,
});

export const reviewLink = (ref: string): RecordLink => ({
  screen: 'management-review',
  record: ref,
  label: `Open ${ref} in Management review`,
});
