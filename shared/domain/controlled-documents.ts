/**
 * Documents the app generates, each with its own document-control record. Later areas add theirs here;
 * the key is stable because it is stored in workbooks.
 */
export const CONTROLLED_DOCUMENTS = {
  soa: { documentId: 'ISMS-SOA', title: 'Statement of Applicability', clause: '6.1.3' },
  'risk-method': { documentId: 'ISMS-RM', title: 'Risk Assessment and Treatment Methodology', clause: '6.1.2' },
  'risk-report': { documentId: 'ISMS-RAR', title: 'Risk Assessment Report', clause: '8.2' },
  assets: { documentId: 'ISMS-ASSETS', title: 'Asset Inventory', clause: '8.2' },
  'risk-treatment-plan': { documentId: 'ISMS-RTP', title: 'Risk Treatment Plan', clause: '6.1.3' },
  context: { documentId: 'ISMS-CTX', title: 'Context of the Organisation', clause: '4.1' },
  'interested-parties': { documentId: 'ISMS-IP', title: 'Interested Parties and Requirements', clause: '4.2' },
  scope: { documentId: 'ISMS-SCOPE', title: 'ISMS Scope', clause: '4.3' },
  roles: { documentId: 'ISMS-ROLES', title: 'ISMS Roles and Responsibilities', clause: '5.3' },
  objectives: { documentId: 'ISMS-OBJ', title: 'Information Security Objectives', clause: '6.2' },
  competence: { documentId: 'ISMS-COMP', title: 'Competence and Awareness Records', clause: '7.2' },
  'audit-programme': { documentId: 'ISMS-IAP', title: 'Internal Audit Programme', clause: '9.2' },
  nonconformities: { documentId: 'ISMS-NCR', title: 'Nonconformity and Corrective Action Register', clause: '10.2' },
  'soc2-readiness': { documentId: 'ISMS-SOC2', title: 'SOC 2 Readiness from the ISO 27001 Control Set', clause: '6.1.3' },
} as const satisfies Record<string, { documentId: string; title: string; clause: string }>;

export type ControlledDocumentKey = keyof typeof CONTROLLED_DOCUMENTS;

export function isControlledDocumentKey(key: string): key is ControlledDocumentKey {
  return Object.hasOwn(CONTROLLED_DOCUMENTS, key);
}
