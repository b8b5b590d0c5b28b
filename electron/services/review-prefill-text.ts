/** Wording helpers for the management review summaries: counts, lists of references, excerpts and dates. */

/** The twelve months a review looks back over, as YYYY-MM-DD bounds (both included). */
export interface Period {
  from: string;
  to: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(iso: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** "2026-10-20" → "20 October 2026". */
export function dayLong(iso: string): string {
  const p = parts(iso);
  return p ? `${p[2]} ${MONTHS[p[1] - 1]} ${p[0]}` : iso;
}

/** "2026-10-20" → "20 Oct 2026". */
export function dayShort(iso: string): string {
  const p = parts(iso);
  return p ? `${p[2]} ${MONTHS[p[1] - 1]!.slice(0, 3)} ${p[0]}` : iso;
}

/** "1 risk", "12 risks". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** References for a sentence: all of them up to `max`, then "and N more". */
export function listRefs(refs: readonly string[], max = 6): string {
  if (refs.length <= max) return refs.join(', ');
  return `${refs.slice(0, max).join(', ')} and ${refs.length - max} more`;
}

/** The start of a text, cut at a word boundary, on one line. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/[.;:,]+$/, '');
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[.;:,]+$/, '')}…`;
}

/** Sentences joined into one paragraph, skipping empty ones. */
export function sentence(parts: readonly string[]): string {
  return parts.filter((p) => p.trim() !== '').join(' ');
}
