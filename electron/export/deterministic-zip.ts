import { unzipSync, zipSync, strFromU8, strToU8, type Zippable } from 'fflate';

/**
 * The instant an export is stamped with: noon UTC on the document's "as of" day (YYYY-MM-DD). Taken from the
 * data rather than the clock, so the same workbook always gives the same bytes.
 */
export function fixedDateFrom(asOf: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(asOf);
  if (!match) throw new Error(`Not a date in the form YYYY-MM-DD: "${asOf}"`);
  const [, y, m, d] = match;
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), 12, 0, 0));
}

/** `2026-10-14T12:00:00Z`: the instant in UTC, to the second. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * ZIP entries carry DOS dates, which fflate writes from a Date's local-time fields. To make the bytes the same
 * on every machine whatever its time zone, hand it a Date whose local fields are the fixed instant's UTC fields.
 */
export function zipMtime(fixedDate: Date): Date {
  return new Date(
    fixedDate.getUTCFullYear(),
    fixedDate.getUTCMonth(),
    fixedDate.getUTCDate(),
    fixedDate.getUTCHours(),
    fixedDate.getUTCMinutes(),
    fixedDate.getUTCSeconds(),
  );
}

const CORE_PROPERTIES = 'docProps/core.xml';

function stampCoreProperties(xml: string, stamp: string): string {
  return xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_all, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
  );
}

/**
 * Rewrites an Office Open XML package (docx, xlsx) so that nothing in it depends on when or where it was made:
 * every entry gets `fixedDate` as its modification time, entries keep their original order, and the created and
 * modified dates of `docProps/core.xml` become `fixedDate` (UTC, to the second).
 */
export function normaliseZip(buffer: Uint8Array, fixedDate: Date): Buffer {
  if (Number.isNaN(fixedDate.getTime())) throw new Error('normaliseZip needs a valid date.');
  const entries = unzipSync(buffer);
  const mtime = zipMtime(fixedDate);
  const stamp = isoSeconds(fixedDate);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    const bytes = name === CORE_PROPERTIES ? strToU8(stampCoreProperties(strFromU8(data), stamp)) : data;
    out[name] = [bytes, { mtime, level: 6 }];
  }
  return Buffer.from(zipSync(out, { mtime, level: 6 }));
}
