import { describe, expect, it } from 'vitest';
import { formatFigureInput, formatRange, parseFigure } from './figure-format';

describe('parseFigure', () => {
  it('reads amounts as people type them, in the locale’s own separators', () => {
    expect(parseFigure('15000', 'en-GB')).toBe(15_000);
    expect(parseFigure(' $15,000 ', 'en-GB')).toBe(15_000);
    expect(parseFigure('US$ 15k', 'en-GB')).toBe(15_000);
    expect(parseFigure('1.5m', 'en-GB')).toBe(1_500_000);
    expect(parseFigure('12.5%', 'en-GB')).toBe(12.5);
    expect(parseFigure('15.000', 'de-DE')).toBe(15_000);
    expect(parseFigure('12,5', 'de-DE')).toBe(12.5);
    expect(parseFigure('15\u202f000', 'fr-FR')).toBe(15_000);
  });

  it('refuses what is not a number', () => {
    for (const text of ['', 'lots', '-5', '1e6', '15k k', '1,2,3.4.5']) expect(parseFigure(text, 'en-GB'), text).toBeNull();
  });
});

describe('formatRange', () => {
  it('writes money in the locale’s currency format, compact where space is short', () => {
    expect(formatRange({ low: 15_000, high: 50_000, plus: false }, 'usd', { locale: 'en-US' })).toBe('$15,000 – $50,000');
    expect(formatRange({ low: 30_000, high: 100_000, plus: true }, 'usd', { locale: 'en-GB', compact: true })).toBe('US$30k – US$100k+');
    expect(formatRange({ low: 15_000, high: 50_000, plus: false }, 'usd', { locale: 'de-DE' })).toBe('15.000\u00a0$ – 50.000\u00a0$');
  });

  it('writes months and percentages, with "about" for a single value', () => {
    expect(formatRange({ low: 3, high: 6, plus: false }, 'months', { locale: 'en-GB' })).toBe('3–6 months');
    expect(formatRange({ low: 30, high: 50, plus: false }, 'percent', { locale: 'en-GB' })).toBe('30–50%');
    expect(formatRange({ low: 80, high: 80, plus: false }, 'percent', { locale: 'en-GB' })).toBe('about 80%');
    expect(formatFigureInput(150_000, 'en-GB')).toBe('150,000');
  });
});
