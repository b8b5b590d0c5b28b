/** Dates as the exported documents print them, in en-GB form. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function dateParts(iso: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { y, m, d };
}

/** "2026-10-14" → "14 October 2026" (en-GB, independent of the machine's locale and time zone). */
export function formatDateLong(iso: string | null | undefined): string {
  const parts = iso ? dateParts(iso) : null;
  if (!parts) return iso ?? '';
  return `${parts.d} ${MONTHS[parts.m - 1]} ${parts.y}`;
}

/** "2026-10-14" → "14 Oct 2026", for narrow table columns. */
export function formatDateShort(iso: string | null | undefined): string {
  const parts = iso ? dateParts(iso) : null;
  if (!parts) return iso ?? '';
  return `${parts.d} ${MONTHS[parts.m - 1]!.slice(0, 3)} ${parts.y}`;
}
