/**
 * Documents the app generates, each with its own document-control record. Later areas add theirs here;
 * the key is stable because it is stored in workbooks.
 */
export const CONTROLLED_DOCUMENTS = {
  soa: { documentId: 'ISMS-SOA', title: 'Statement of Applicability', clause: '6.1.3' },
  'risk-method': { documentId: 'ISMS-RM', title: 'Risk Assessment and Treatment Methodology', clause: '6.1.2' },
  'risk-report': { documentId: 'ISMS-RAR', title: 'Risk Assessment Report', clause: '8.2' },
  'risk-treatment-plan': { documentId: 'ISMS-RTP', title: 'Risk Treatment Plan', clause: '6.1.3' },
} as const satisfies Record<string, { documentId: string; title: string; clause: string }>;

export type ControlledDocumentKey = keyof typeof CONTROLLED_DOCUMENTS;

export function isControlledDocumentKey(key: string): key is ControlledDocumentKey {
  return Object.hasOwn(CONTROLLED_DOCUMENTS, key);
}
