/** Annex A themes of ISO/IEC 27001:2022 (clause 5 to 8 of the annex). */
export type ControlTheme = 'organizational' | 'people' | 'physical' | 'technological';

export interface AnnexAControl {
  /** Control number without the "A." prefix, e.g. "5.1". */
  id: string;
  /** The control's title as published (a fact, used as such). */
  title: string;
  theme: ControlTheme;
  /** What an auditor looks for, in our own words (2-4 sentences). */
  guidance: string;
  /** Typical evidence an auditor would sample (3-5 short items). */
  evidence: string[];
}

export interface Clause {
  /** Clause number, e.g. "4", "6.1.2". */
  id: string;
  title: string;
  /** Parent clause id, undefined for the top-level clauses 4-10. */
  parent?: string;
  /** What the clause expects of the organisation, in our own words (1-3 sentences). */
  summary: string;
  /** Documented information the clause requires the organisation to keep or retain (empty when none). */
  requiredDocuments: string[];
}

export type TrustServicesCategory =
  | 'security'
  | 'availability'
  | 'confidentiality'
  | 'processing-integrity'
  | 'privacy';

export interface Soc2Criterion {
  /** Criterion id, e.g. "CC6.1", "A1.2", "P4.3". */
  id: string;
  /** Short label of a few words, written by us (not the AICPA criterion text). */
  title: string;
  category: TrustServicesCategory;
  /** Series the criterion belongs to, e.g. "CC6". */
  series: string;
  /** What the criterion expects, in our own words (1-3 sentences). */
  summary: string;
}

export interface Soc2Series {
  id: string;
  title: string;
  category: TrustServicesCategory;
}

export interface CrosswalkLink {
  criterionId: string;
  controlId: string;
  /** One line on why the control serves the criterion. */
  rationale: string;
}
