import { describe, expect, it } from 'vitest';
import { capFindings, compact, count, inline, listOf } from './findings';

const more = { screen: 'risks', label: 'Open the risk register' } as const;
const findings = (n: number) => Array.from({ length: n }, (_, i) => ({ message: `F${i + 1}.`, link: more }));

describe('readiness link helpers', () => {
  it('keeps up to the cap as it is and sums up the rest in one finding', () => {
    expect(capFindings(findings(3), more, 3)).toHaveLength(3);
    const capped = capFindings(findings(1234), more, 25);
    expect(capped).toHaveLength(26);
    expect(capped[24]!.message).toBe('F25.');
    expect(capped[25]).toEqual({ message: '…and 1,209 more.', link: more });
  });

  it('writes counts, lists and inline titles', () => {
    expect(count(1, 'control')).toBe('1 control');
    expect(count(5000, 'risk')).toBe('5,000 risks');
    expect(listOf(['A'])).toBe('A');
    expect(listOf(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listOf(['1', '2', '3', '4'], 2)).toBe('1, 2 and 2 more');
    expect(inline(' Be certified by June. ')).toBe('Be certified by June');
  });

  it('keeps only the findings that are there', () => {
    const one = { message: 'One.', link: more };
    expect(compact([null, one, null])).toEqual([one]);
    expect(compact([null])).toEqual([]);
  });
});
