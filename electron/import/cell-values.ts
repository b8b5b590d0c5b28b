/*
 * Parsers for cell values that any import (SoA, assets, risks) meets: yes/no, dates, lists. Each reads one
 * non-empty cell as text and returns either the value or a message for the user that names the text and says
 * what to write instead; the caller adds the row and column.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const bad = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** "Partially-Implemented " → "partially implemented": the key for looking up a word or phrase from a cell. */
export const phraseKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'applicable', 'included', 'include', 'in scope', '✓', '✔']);
const NO = new Set([
  'no',
  'n',
  'false',
  '0',
  'not applicable',
  'n/a',
  'na',
  'excluded',
  'exclude',
  'out of scope',
  'not in scope',
  'inapplicable',
]);

/** Yes or no, also as true/false, 1/0, x, a tick, or in scope/applicable/included and their opposites. */
export function parseYesNo(text: string): Parsed<boolean> {
  const key = text.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '').trim();
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return bad(`"${text}" is not a yes/no value: use Yes or No.`);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Excel's day 0 in the 1900 date system, as used for every serial after 1 March 1900. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Excel serials read as dates: 1927-05-18 (10000) to 9999-12-31. Smaller numbers are more likely a typo. */
const SERIAL_RANGE = [10000, 2958465] as const;

/**
 * A day as YYYY-MM-DD (also with / or . and an optional time after it, as some tools write) or as an Excel
 * serial number (a date cell without date formatting, or a CSV written from one).
 */
export function parseDay(text: string): Parsed<string> {
  const time = /(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/.source;
  const iso = new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${time}$`).exec(text.trim());
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return ok(`${y}-${pad2(m)}-${pad2(d)}`);
    }
    return bad(`"${text}" is not a date in the calendar.`);
  }
  if (/^\d+(\.\d+)?$/.test(text.trim())) {
    const serial = Number(text);
    if (serial >= SERIAL_RANGE[0] && serial <= SERIAL_RANGE[1]) {
      return ok(new Date(EXCEL_EPOCH + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10));
    }
  }
  return bad(`"${text}" is not a date: use the form YYYY-MM-DD, e.g. 2026-03-31.`);
}

/**
 * Free-text items (evidence, say), one per line or separated by semicolons, trimmed, duplicates dropped. Commas
 * stay: they occur inside document names.
 */
export function parseList(text: string): string[] {
  return [...new Set(text.split(/[;\n]+/).map((e) => e.trim()).filter(Boolean))];
}
