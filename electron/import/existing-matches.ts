import type { ImportMatch } from '../../shared/domain/exports';
import type { WorkbookContext } from '../services/workbook-context';

/*
 * Rows that name a record the workbook already holds: the same spreadsheet imported twice, or an updated
 * copy of it. Imports only ever add records, so the user chooses to leave such rows out; where names must be
 * unique (assets) a match cannot be added and is a problem unless it is left out.
 */

/** How an import recognises a row the workbook already holds. */
export interface ExistingMatcher<F extends string, T> {
  /** The field matched on, for problems reported against its column. */
  field: F;
  /** The records already in the workbook: reference and the text matched (a risk's title, an asset's name). */
  existing(ctx: WorkbookContext): { ref: string; text: string }[];
  textOf(value: T): string;
  /** Set where the text must be unique: a match is then a problem unless it is left out. */
  problem?(match: ImportMatch): string;
}

/** Case, spacing and Unicode forms ignored: "Phishing  of staff" and "phishing of staff" are the same. */
export const matchKey = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The rows (those that parsed) whose text matches a record in the workbook, in row order. */
export function findExistingMatches<F extends string, T>(
  ctx: WorkbookContext,
  matcher: ExistingMatcher<F, T>,
  rows: readonly { row: number; value: T | null }[],
): ImportMatch[] {
  const byKey = new Map<string, string>();
  for (const record of matcher.existing(ctx)) {
    const key = matchKey(record.text);
    if (key !== '' && !byKey.has(key)) byKey.set(key, record.ref);
  }
  if (byKey.size === 0) return [];
  const matches: ImportMatch[] = [];
  for (const { row, value } of rows) {
    if (value === null) continue;
    const text = matcher.textOf(value);
    const ref = byKey.get(matchKey(text));
    if (ref !== undefined) matches.push({ row, ref, text: text.trim() });
  }
  return matches;
}
