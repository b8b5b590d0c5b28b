import { describe, expect, it } from 'vitest';
import { parseDay, parseList, parseYesNo, phraseKey } from './cell-values';

describe('cell value parsers', () => {
  it('reads yes/no values', () => {
    for (const yes of ['yes', 'Y', 'TRUE', '1', 'x', 'Applicable', 'In scope'])
      expect(parseYesNo(yes)).toEqual({ ok: true, value: true });
    for (const no of ['no', 'n', 'False', '0', 'Not applicable', 'N/A', 'Excluded'])
      expect(parseYesNo(no)).toEqual({ ok: true, value: false });
    expect(parseYesNo('maybe').ok).toBe(false);
  });

  it('reads dates as YYYY-MM-DD or Excel serials', () => {
    expect(parseDay('2026-03-31')).toEqual({ ok: true, value: '2026-03-31' });
    expect(parseDay('2026/3/1')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseDay('45658')).toEqual({ ok: true, value: '2025-01-01' });
    expect(parseDay('2026-13-01').ok).toBe(false);
    expect(parseDay('01/03/2026').ok).toBe(false);
    expect(parseDay('2024').ok).toBe(false);
  });

  it('reads lists split at semicolons and line breaks, keeping commas inside items', () => {
    expect(parseList('Access policy, v2; IAM export\n\nAccess policy, v2 ')).toEqual([
      'Access policy, v2',
      'IAM export',
    ]);
  });

  it('keys phrases by their words alone', () => {
    expect(phraseKey('Partially-Implemented ')).toBe('partially implemented');
  });
});
