import { describe, expect, it } from 'vitest';
import { formatDate, localiseDates } from './format';

describe('localiseDates', () => {
  it('shows every YYYY-MM-DD date in the locale and leaves references alone', () => {
    const text = 'POL-003 was due for review on 2026-10-10; IA-2026-01-F03 and MR-2026-01 were due on 2026-11-20.';
    expect(localiseDates(text)).toBe(
      `POL-003 was due for review on ${formatDate('2026-10-10')}; IA-2026-01-F03 and MR-2026-01 were due on ${formatDate('2026-11-20')}.`,
    );
    expect(localiseDates(text)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
