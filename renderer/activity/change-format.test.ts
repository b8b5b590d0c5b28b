import { describe, expect, it } from 'vitest';
import { fieldLabel, formatChangeValue } from './change-format';

describe('change log formatting', () => {
  it('turns stored values into words', () => {
    expect(formatChangeValue('["risk-treatment","contractual"]')).toBe('Risk treatment; Contractual');
    expect(formatChangeValue('partial')).toBe('Partially implemented');
    expect(formatChangeValue('true')).toBe('Yes');
    expect(formatChangeValue('[]')).toBe('—');
    expect(formatChangeValue(null)).toBe('—');
    expect(formatChangeValue('x'.repeat(200))).toHaveLength(88);
    expect(fieldLabel('exclusionJustification')).toBe('Justification for exclusion');
    expect(fieldLabel('effectivenessResult')).toBe('Effectiveness result');
    expect(fieldLabel('input:previous-actions')).toBe('Input previous actions');
  });

  it('names the advisor answers, the SOC 2 scope and the certification dates', () => {
    expect(fieldLabel('buyerRegions')).toBe('Where the buyers are');
    expect(formatChangeValue('["us","uk","europe"]')).toBe('United States; United Kingdom; Europe (EU and EEA)');
    expect(formatChangeValue('["availability","confidentiality"]')).toBe('Availability; Confidentiality');
    expect(fieldLabel('stage1')).toBe('Stage 1 audit');
    expect(fieldLabel('scope')).toBe('Scope');
  });
});
