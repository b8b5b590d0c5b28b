import { describe, expect, it } from 'vitest';
import { soaJustified, soaOwners } from './soa-rules';
import { checkWith } from './test-snapshot';

describe('soa.justified (6.1.3 d)', () => {
  it('passes with reasons for applicable controls and a justification for the exclusion', () => expect(checkWith(soaJustified)).toEqual([]));

  it('fails on an applicable control without a reason and an exclusion without a justification', () => {
    const findings = checkWith(soaJustified, (s) => {
      s.soa.find((e) => e.controlId === '5.23')!.reasons = [];
      s.soa.find((e) => e.controlId === '7.6')!.exclusionJustification = ' ';
    });
    expect(findings).toEqual([
      { message: 'A.5.23 is applicable but no reason for including it is given.', link: { screen: 'soa', record: '5.23', label: 'Open A.5.23 in the SoA' } },
      { message: 'A.7.6 is excluded without a justification.', link: { screen: 'soa', record: '7.6', label: 'Open A.7.6 in the SoA' } },
    ]);
  });

  it('caps a blank SoA at 25 controls and a link to the SoA', () => {
    const findings = checkWith(soaJustified, (s) => s.soa.forEach((e) => (e.reasons = [])));
    expect(findings).toHaveLength(26);
    expect(findings.at(-1)).toEqual({ message: '…and 67 more.', link: { screen: 'soa', label: 'Open the Statement of Applicability' } });
  });
});

describe('soa.owners (5.3)', () => {
  it('passes when every applicable control has an owner; excluded ones need none', () => {
    expect(checkWith(soaOwners, (s) => (s.soa.find((e) => e.controlId === '7.6')!.owner = ''))).toEqual([]);
  });

  it('fails on an applicable control with no owner', () => {
    expect(checkWith(soaOwners, (s) => (s.soa.find((e) => e.controlId === '8.1')!.owner = ''))).toEqual([
      { message: 'A.8.1 is applicable but has no owner.', link: { screen: 'soa', record: '8.1', label: 'Open A.8.1 in the SoA' } },
    ]);
  });
});
