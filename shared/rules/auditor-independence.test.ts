import { describe, expect, it } from 'vitest';
import { independenceWarnings, nameParts, samePerson, type IndependenceContext } from './auditor-independence';

const context: IndependenceContext = {
  controlOwners: new Map([
    ['5.15', 'CTO'],
    ['8.9', 'CTO'],
    ['5.18', 'IT Lead'],
    ['5.35', 'Head of Security & Compliance'],
    ['6.1', ''],
  ]),
  roles: [
    { title: 'CTO', holder: 'Rajiv Menon' },
    { title: 'Risk owner', holder: 'Rajiv Menon' },
    { title: 'Risk owner', holder: 'Grace Adeyemi' },
    { title: 'Information Security Manager', holder: 'Siobhan Kerr' },
  ],
  ismsOwner: 'Siobhan Kerr, Head of Security & Compliance',
};

const audit = (auditors: string[], over: { auditees?: string[]; clauses?: string[]; controls?: string[] } = {}) => ({
  ref: 'IA-2027-01',
  auditors,
  auditees: over.auditees ?? [],
  clauses: over.clauses ?? [],
  controls: over.controls ?? [],
});

describe('nameParts and samePerson', () => {
  it('reads the name and the title of "Name, Title", and ignores remarks in brackets', () => {
    expect([...nameParts('Priya Natarajan, Halden Assurance (contract internal auditor)')]).toEqual([
      'priya natarajan halden assurance',
      'priya natarajan',
      'halden assurance',
    ]);
  });

  it('matches a person written in different ways, case and punctuation aside', () => {
    expect(samePerson('Siobhan Kerr, Head of Security & Compliance', 'head of security and compliance')).toBe(true);
    expect(samePerson('Callum Fraser', 'Callum Fraser, IT Lead')).toBe(true);
    expect(samePerson('Callum Fraser', 'Grace Adeyemi')).toBe(false);
    expect(samePerson('', 'CTO')).toBe(false);
  });

  it('links a name to a title through a role, but never two holders of the same title to each other', () => {
    const links = [new Set(['rajiv menon', 'cto']), new Set(['rajiv menon', 'risk owner']), new Set(['grace adeyemi', 'risk owner'])];
    expect(samePerson('Rajiv Menon', 'CTO', links)).toBe(true);
    expect(samePerson('CTO', 'Rajiv Menon', links)).toBe(true);
    expect(samePerson('Rajiv Menon', 'Grace Adeyemi', links)).toBe(false);
  });
});

describe('independenceWarnings', () => {
  it('is silent for an external auditor', () => {
    const warnings = independenceWarnings(
      audit(['Priya Natarajan, Halden Assurance (contract internal auditor)'], {
        auditees: ['Rajiv Menon, CTO'],
        clauses: ['4', '9'],
        controls: ['5.15', '8.9', '5.18', '5.35'],
      }),
      context,
    );
    expect(warnings).toEqual([]);
  });

  it('warns when an auditor owns an audited control in the SoA, naming the controls', () => {
    const warnings = independenceWarnings(audit(['Rajiv Menon'], { controls: ['5.15', '5.18', '8.9'] }), context);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ concern: 'control-owner', auditor: 'Rajiv Menon', items: ['5.15', '8.9'] });
    expect(warnings[0]!.message).toBe('Rajiv Menon owns controls A.5.15, A.8.9 in the SoA and would audit them.');
  });

  it('warns when an auditor is also an auditee of the same audit', () => {
    const warnings = independenceWarnings(audit(['Callum Fraser, IT Lead'], { auditees: ['Grace Adeyemi', 'callum fraser'] }), context);
    expect(warnings.map((w) => w.concern)).toEqual(['auditee']);
    expect(warnings[0]!.message).toContain('is also an auditee of IA-2027-01');
  });

  it('warns when the person who runs the ISMS audits its clauses, by name, title or ISMS role', () => {
    for (const auditor of ['Siobhan Kerr', 'Head of Security & Compliance', 'Information Security Manager']) {
      const warnings = independenceWarnings(audit([auditor], { clauses: ['6.1', '9.2'] }), context);
      expect(warnings.map((w) => w.concern), auditor).toEqual(['isms-owner']);
      expect(warnings[0]!.items).toEqual(['6.1', '9.2']);
    }
    // Auditing only controls other people own is fine for the ISMS owner.
    expect(independenceWarnings(audit(['Siobhan Kerr'], { controls: ['5.18'] }), context)).toEqual([]);
  });

  it('gives one warning per concern and auditor', () => {
    const warnings = independenceWarnings(
      audit(['Siobhan Kerr', 'Rajiv Menon, CTO'], { auditees: ['Siobhan Kerr'], clauses: ['9'], controls: ['5.35', '8.9'] }),
      context,
    );
    expect(warnings.map((w) => `${w.auditor}: ${w.concern}`)).toEqual([
      'Siobhan Kerr: auditee',
      'Siobhan Kerr: control-owner',
      'Siobhan Kerr: isms-owner',
      'Rajiv Menon, CTO: control-owner',
    ]);
  });
});
