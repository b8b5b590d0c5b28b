import type { ImportProblem } from '../../shared/domain/exports';
import { parseControlId } from '../../shared/rules/control-id';
import type { Table } from './tabular-file';

/*
 * Which column of an SoA sheet holds which field: headers are recognised by name, from the synonyms other SoA
 * templates use, with case, spaces and punctuation ignored.
 */

export type Field =
  | 'control'
  | 'applicable'
  | 'reasons'
  | 'exclusionJustification'
  | 'status'
  | 'implementation'
  | 'owner'
  | 'evidence'
  | 'lastReviewed';

/** Header names each field accepts, compared after `headerKey` (case, spaces and punctuation ignored). */
const HEADER_NAMES: Record<Field, readonly string[]> = {
  control: [
    'Control',
    'Control ID',
    'Control No',
    'Control number',
    'Control ref',
    'Control reference',
    'ID',
    'Ref',
    'Reference',
    'Annex A',
    'Annex A control',
    'Annex A control ID',
    'Annex A ref',
    'Annex A reference',
  ],
  applicable: ['Applicable', 'Applicability', 'In scope', 'Included', 'Applies'],
  reasons: [
    'Reasons',
    'Reason',
    'Reasons for inclusion',
    'Reason for inclusion',
    'Justification for inclusion',
    'Inclusion justification',
    'Inclusion reason',
    'Inclusion reasons',
    'Reason for selection',
    'Reasons for selection',
  ],
  exclusionJustification: [
    'Justification for exclusion',
    'Exclusion justification',
    'Reason for exclusion',
    'Reasons for exclusion',
    'Exclusion reason',
    'Justification for exclusion if not applicable',
  ],
  status: ['Status', 'Implementation status', 'Implementation state'],
  implementation: [
    'How implemented',
    'Implementation',
    'Implementation details',
    'Implementation description',
    'Implementation notes',
    'How it is implemented',
  ],
  owner: ['Owner', 'Control owner', 'Responsible', 'Responsible person'],
  evidence: ['Evidence', 'Evidence of implementation'],
  lastReviewed: [
    'Last reviewed',
    'Last review',
    'Last review date',
    'Reviewed',
    'Review date',
    'Date reviewed',
    'Reviewed on',
  ],
};

/** Columns our own export writes that the import has no use for; recognised so they are not mistaken for data. */
const INFORMATIONAL_HEADERS = ['Title', 'Control title', 'Control name', 'Name', 'Theme', 'Category', 'Control theme'];

/** "Implementation status (select)" → "implementationstatus". */
export function headerKey(header: string): string {
  return header
    .replace(/\(.*?\)/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const HEADER_LOOKUP = new Map<string, Field>(
  (Object.entries(HEADER_NAMES) as [Field, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [headerKey(name), field] as const),
  ),
);
const INFORMATIONAL = new Set(INFORMATIONAL_HEADERS.map(headerKey));

export interface ColumnRef {
  index: number;
  /** The header as written in the file, for messages. */
  name: string;
}

export type ColumnMap = Partial<Record<Field, ColumnRef>>;

/**
 * Sheets often have both an ID column and a "Control" column holding the title ("Ref | Control | Applicable"):
 * of the columns whose header can name the control, the one whose cells read as control IDs most often wins.
 */
function pickControlColumn(table: Table): number | undefined {
  let best: { index: number; score: number } | undefined;
  table.headers.forEach((name, index) => {
    if (HEADER_LOOKUP.get(headerKey(name)) !== 'control') return;
    const score = table.rows.filter((cells) => parseControlId(cells[index] ?? '') !== null).length;
    if (!best || score > best.score) best = { index, score };
  });
  return best?.index;
}

/**
 * The column of each field the file has, or the header problems (reported against the header row): no control
 * column, no column to import, or two columns for one field.
 */
export function mapColumns(table: Table): { columns: ColumnMap; problems: ImportProblem[] } {
  const columns: ColumnMap = {};
  const problems: ImportProblem[] = [];
  const row = table.headerRow;
  const controlIndex = pickControlColumn(table);
  table.headers.forEach((name, index) => {
    const field = HEADER_LOOKUP.get(headerKey(name));
    if (!field) return;
    if (field === 'control' && index !== controlIndex) return;
    const earlier = columns[field];
    if (earlier) {
      problems.push({
        row,
        column: name,
        message: `The columns "${earlier.name}" and "${name}" mean the same thing; keep one of them.`,
      });
      return;
    }
    columns[field] = { index, name };
  });
  if (!columns.control) {
    problems.push({
      row,
      message:
        'There is no column naming the control. Add one headed "Control ID" (values like A.5.1); ' +
        `found: ${table.headers.filter(Boolean).map((h) => `"${h}"`).join(', ') || 'no headers'}.`,
    });
  }
  const dataFields = (Object.keys(columns) as Field[]).filter((f) => f !== 'control');
  if (dataFields.length === 0) {
    const known = table.headers.filter((h) => INFORMATIONAL.has(headerKey(h)));
    problems.push({
      row,
      message:
        'There is no column to import' +
        (known.length > 0 ? ` (${known.map((h) => `"${h}"`).join(', ')} are not imported)` : '') +
        '. Recognised columns: Applicable, Reasons for inclusion, Justification for exclusion, ' +
        'Implementation status, How implemented, Owner, Evidence, Last reviewed.',
    });
  }
  return { columns, problems };
}
