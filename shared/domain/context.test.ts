import { describe, expect, it } from 'vitest';
import {
  accountabilityLines,
  blankRequirement,
  EMPTY_SCOPE,
  ismsScopeSchema,
  isUnaddressed,
  linkedRisks,
  parseControls,
  parseReferenceList,
  scopeGaps,
  summariseRequirements,
  unaddressedRequirements,
  type InterestedParty,
} from './context';

const requirement = (over: Partial<ReturnType<typeof blankRequirement>> = {}) => ({ ...blankRequirement(1, 'Notify breaches within 72 hours'), ...over });

describe('unaddressed ISMS requirements', () => {
  it('flags an ISMS requirement with neither "how addressed" text nor any link', () => {
    expect(isUnaddressed(requirement())).toBe(true);
    expect(isUnaddressed(requirement({ howAddressed: '   \n ' }))).toBe(true);
  });

  it('counts any one of the text, a control, a document or an objective as addressing it', () => {
    expect(isUnaddressed(requirement({ howAddressed: 'Incident procedure step 4' }))).toBe(false);
    expect(isUnaddressed(requirement({ controls: ['5.26'] }))).toBe(false);
    expect(isUnaddressed(requirement({ documents: ['PRO-004'] }))).toBe(false);
    expect(isUnaddressed(requirement({ objectives: ['OBJ-002'] }))).toBe(false);
  });

  it('never flags a need the organisation has not taken on as an ISMS requirement', () => {
    expect(isUnaddressed(requirement({ isIsmsRequirement: false }))).toBe(false);
  });

  it('summarises and lists them per party', () => {
    const party = (id: number, reqs: ReturnType<typeof requirement>[]): InterestedParty => ({
      id,
      ref: `IP-00${id}`,
      name: `Party ${id}`,
      category: 'customer',
      needs: '',
      requirements: reqs.map((r, index) => ({ ...r, partyId: id, id: id * 10 + index })),
    });
    const parties = [
      party(1, [requirement(), requirement({ controls: ['5.1'] })]),
      party(2, [requirement({ isIsmsRequirement: false }), requirement({ requirement: 'Cyber cover conditions' })]),
    ];
    expect(summariseRequirements(parties)).toEqual({ parties: 2, requirements: 4, ismsRequirements: 3, unaddressed: 2 });
    expect(unaddressedRequirements(parties).map(({ party: p, requirement: r }) => `${p.ref} ${r.requirement}`)).toEqual([
      'IP-001 Notify breaches within 72 hours',
      'IP-002 Cyber cover conditions',
    ]);
  });
});

describe('risk links of a context issue', () => {
  it('follows the risk ids, so the links show the refs the register uses now, and drops risks no longer there', () => {
    const risks = [
      { id: 7, ref: 'R-002' },
      { id: 3, ref: 'R-010' },
    ];
    expect(linkedRisks({ riskIds: [3, 7, 99] }, risks)).toEqual([
      { id: 7, ref: 'R-002' },
      { id: 3, ref: 'R-010' },
    ]);
  });
});

describe('reference lists', () => {
  it('reads document and objective references, dropping duplicates and reporting parts it cannot use', () => {
    expect(parseReferenceList('POL-001, pol-001; OBJ-002\nISMS-SCOPE, , the policy')).toEqual({
      refs: ['POL-001', 'OBJ-002', 'ISMS-SCOPE'],
      invalid: ['the policy'],
    });
  });

  it('reads Annex A controls as people write them', () => {
    expect(parseControls('A.8.7, 5.1; A 5.1, A.9.1')).toEqual({ ids: ['8.7', '5.1'], invalid: ['A.9.1'] });
  });
});

describe('scope', () => {
  it('needs a justification for every exclusion', () => {
    const result = ismsScopeSchema.safeParse({ ...EMPTY_SCOPE, exclusions: [{ what: 'Marketing website', justification: '  ' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('An exclusion needs a justification');
  });

  it('lists what a Stage 1 auditor would find missing', () => {
    expect(scopeGaps(EMPTY_SCOPE)).toEqual([
      'No scope statement',
      'No organisational units listed',
      'No locations listed',
      'No products and services listed',
      'No systems and networks listed',
      'No interfaces or dependencies recorded',
    ]);
    const full = {
      statement: 'The ISMS covers…',
      organisationalUnits: ['Engineering'],
      locations: ['Manchester'],
      productsAndServices: ['AP platform'],
      systemsAndNetworks: ['AWS'],
      interfaces: [{ interface: 'AWS', description: '' }],
      exclusions: [],
    };
    expect(scopeGaps(full)).toEqual([]);
  });
});

describe('accountabilities', () => {
  it('reads one accountability a line, without list markers', () => {
    expect(accountabilityLines('- Owns the risk register\n\n• Chairs the review\n2) Signs the SoA\n  Reports to the board  ')).toEqual([
      'Owns the risk register',
      'Chairs the review',
      'Signs the SoA',
      'Reports to the board',
    ]);
  });
});
