/**
 * Documents the app generates, each with its own document-control record. Later areas add theirs here;
 * the key is stable because it is stored in workbooks.
 */
export const CONTROLLED_DOCUMENTS = {
  soa: { documentId: 'ISMS-SOA', title: 'Statement of Applicability', clause: '6.1.3' },
} as const satisfies Record<string, { documentId: string; title: string; clause: string }>;

export type ControlledDocumentKey = keyof typeof CONTROLLED_DOCUMENTS;

export function isControlledDocumentKey(key: string): key is ControlledDocumentKey {
  return Object.hasOwn(CONTROLLED_DOCUMENTS, key);
}
