import type { FigureRange, FigureUnit } from '../../shared/domain/advisor';

/*
 * The advisor's figures as the user reads and types them, in their own locale: "US$15,000" in en-GB, "15.000 $"
 * in de-DE. The stored value is a plain number of US dollars, months or percent.
 */

/** The grouping and decimal separators of a locale (undefined: the user's). */
function separators(locale?: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(11111.5);
  return { group: parts.find((p) => p.type === 'group')?.value ?? ',', decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.' };
}

/**
 * A number as typed: "15000", "15,000" (or "15.000" where that is the grouping), "$15k", "1.5m", "12 %".
 * Null when it is not a number.
 */
export function parseFigure(text: string, locale?: string): number | null {
  const { group, decimal } = separators(locale);
  let cleaned = text.trim().toLowerCase().replace(/usd|us|[\s\u00a0\u202f$%]/g, '');
  let factor = 1;
  if (/[km]$/.test(cleaned)) {
    factor = cleaned.endsWith('k') ? 1_000 : 1_000_000;
    cleaned = cleaned.slice(0, -1);
  }
  cleaned = cleaned.split(group).join('');
  if (decimal !== '.') cleaned = cleaned.replace(decimal, '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * factor * 100) / 100;
}

/** A number for an input box: grouped, no currency sign ("15,000"). */
export function formatFigureInput(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

const money = (locale: string | undefined, compact: boolean) =>
  new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 0,
    maximumFractionDigits: compact ? 1 : 0,
    ...(compact ? { notation: 'compact' as const } : {}),
  });

/** A range in its unit, in the user's locale: "US$15,000 – US$50,000", "US$30K – US$100K+", "3–6 months", "about 80%". */
export function formatRange(range: FigureRange, unit: FigureUnit, opts: { compact?: boolean; locale?: string } = {}): string {
  const plus = range.plus ? '+' : '';
  const one = (n: number) =>
    unit === 'usd' ? money(opts.locale, opts.compact ?? false).format(n) : new Intl.NumberFormat(opts.locale, { maximumFractionDigits: 1 }).format(n);
  const suffix = unit === 'months' ? ` ${range.high === 1 && !range.plus ? 'month' : 'months'}` : unit === 'percent' ? '%' : '';
  if (range.low === range.high) return `about ${one(range.low)}${plus}${suffix}`;
  const dash = unit === 'usd' ? ' – ' : '–';
  return `${one(range.low)}${dash}${one(range.high)}${plus}${suffix}`;
}
