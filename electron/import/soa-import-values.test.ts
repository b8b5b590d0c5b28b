import { describe, expect, it } from 'vitest';
import { parseReasons, parseStatus } from './soa-import-values';

describe('SoA value parsers', () => {
  it('reads reasons as labels, keys and common words, in canonical order without duplicates', () => {
    expect(parseReasons('Contractual; Risk treatment')).toEqual({ ok: true, value: ['risk-treatment', 'contractual'] });
    expect(parseReasons('legal-regulatory\nbusiness-best-practice')).toEqual({
      ok: true,
      value: ['legal-regulatory', 'business-best-practice'],
    });
    expect(parseReasons('Legal, Regulatory, legal or regulatory')).toEqual({ ok: true, value: ['legal-regulatory'] });
    expect(parseReasons('LR, CO, BR/BP, RRA')).toEqual({
      ok: true,
      value: ['risk-treatment', 'legal-regulatory', 'contractual', 'business-best-practice'],
    });
  });

  it('reads statuses as labels, keys and common words', () => {
    const cases: [string, string][] = [
      ['Implemented', 'implemented'],
      ['Partially implemented', 'partial'],
      ['partial', 'partial'],
      ['In progress', 'partial'],
      ['Planned', 'planned'],
      ['Not started', 'not-started'],
      ['not-started', 'not-started'],
      ['Not implemented', 'not-started'],
    ];
    for (const [text, status] of cases) expect(parseStatus(text)).toEqual({ ok: true, value: status });
  });
});
