/**
 * Annex A control references as people write them: "A.5.1", "5.1", "A 5.1", "a.05.01", "A5.1".
 * Returns the canonical "5.1", or null when the text is not a control number of the 2022 Annex A.
 */
export function parseControlId(text: string): string | null {
  const match = /^\s*(?:A\s*[.\s]?\s*)?0?([5-8])\s*[.\s]\s*0?(\d{1,2})\s*$/i.exec(text);
  if (!match) return null;
  const id = `${match[1]}.${Number(match[2])}`;
  return isAnnexAControlId(id) ? id : null;
}

const LAST_IN_THEME: Record<string, number> = { '5': 37, '6': 8, '7': 14, '8': 34 };

export function isAnnexAControlId(id: string): boolean {
  const [theme, number] = id.split('.');
  const last = LAST_IN_THEME[theme ?? ''];
  const n = Number(number);
  return last !== undefined && Number.isInteger(n) && n >= 1 && n <= last && String(n) === number;
}

/** Orders "5.2" before "5.10", as the standard does. */
export function compareControlIds(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return (a1 ?? 0) - (b1 ?? 0) || (a2 ?? 0) - (b2 ?? 0);
}

/** Splits a cell listing several controls ("A.8.7, 8.8; A 5.1") into canonical ids and the parts it could not read. */
export function parseControlList(text: string): { ids: string[]; invalid: string[] } {
  const ids: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[,;\n]+/)) {
    if (part.trim() === '') continue;
    const id = parseControlId(part);
    if (id) {
      if (!ids.includes(id)) ids.push(id);
    } else invalid.push(part.trim());
  }
  return { ids, invalid };
}
