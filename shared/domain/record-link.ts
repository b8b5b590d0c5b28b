/** The app's screens, by the id the sidebar and links use. */
export const SCREEN_IDS = [
  'dashboard',
  'readiness',
  'context',
  'scope',
  'objectives',
  'competence',
  'documents',
  'soa',
  'soc2',
  'risk-method',
  'assets',
  'risks',
  'treatment-plan',
  'audit',
  'nonconformities',
  'management-review',
  'package',
  'advisor',
  'document-control',
  'organisation',
  'activity',
] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

/**
 * Where a readiness finding or a dashboard item takes the user: a screen and, optionally, the record to
 * open there, named the way the user sees it: a control ("5.23"), a readable reference ("R-004",
 * "POL-001", "IA-2026-01", "NC-002", "MR-2026-01", "OBJ-003", "IP-004", "CI-002", "A-012"), or a
 * generated document's key on the document-control screen ("soa", "risk-method"), or a heat-map cell on the
 * risk register (see heatCellRecord).
 */
export interface RecordLink {
  screen: ScreenId;
  record?: string;
  /** What the link says, e.g. "Open A.5.23 in the SoA". */
  label: string;
}

/** A heat-map cell as a link's record on the risk register: "cell:residual:3:4" (likelihood 3, impact 4). */
export interface HeatCellRecord {
  which: 'inherent' | 'residual';
  likelihood: number;
  impact: number;
}

export function heatCellRecord(cell: HeatCellRecord): string {
  return `cell:${cell.which}:${cell.likelihood}:${cell.impact}`;
}

export function parseHeatCellRecord(record: string): HeatCellRecord | null {
  const match = /^cell:(inherent|residual):([1-9]):([1-9])$/.exec(record);
  if (!match) return null;
  return { which: match[1] as HeatCellRecord['which'], likelihood: Number(match[2]), impact: Number(match[3]) };
}
