import { describe, expect, it } from 'vitest';
import { ANNEX_A } from '../catalog/annex-a';
import { CROSSWALK } from '../catalog/crosswalk';
import { SOC2_CRITERIA } from '../catalog/soc2';
import { SOC2_BEYOND_ISO } from '../catalog/soc2-gap-notes';
import type { ImplementationStatus, SoaEntry } from '../domain/soa';
import { categoriesInScope, controlsServingCriteria, controlsToWorkOn, soc2Readiness } from './soc2-readiness';
import { soaEntry as entry } from './readiness/test-snapshot';

/** Every control implemented, except the overrides. */
const soa = (over: Record<string, Partial<SoaEntry>> = {}): SoaEntry[] => ANNEX_A.map((c) => entry(c.id, over[c.id]));
const withStatus = (status: ImplementationStatus, ...ids: string[]) => Object.fromEntries(ids.map((id) => [id, { status }]));
const criterion = (r: ReturnType<typeof soc2Readiness>, id: string) => r.criteria.find((c) => c.id === id)!;
const allExpectations = Object.keys(SOC2_BEYOND_ISO);

describe('categoriesInScope', () => {
  it('always starts with security and keeps the catalogue order, each category once', () => {
    expect(categoriesInScope([])).toEqual(['security']);
    expect(categoriesInScope(['privacy', 'availability', 'privacy', 'security'])).toEqual(['security', 'availability', 'privacy']);
  });
});

describe('soc2Readiness: scope', () => {
  it('lists only the criteria of the categories in scope, in catalogue order', () => {
    const security = soc2Readiness(soa(), []);
    expect(security.categories).toEqual(['security']);
    expect(security.criteria.every((c) => c.category === 'security')).toBe(true);
    expect(security.criteria.map((c) => c.id)).toEqual(SOC2_CRITERIA.filter((c) => c.category === 'security').map((c) => c.id));

    const withPrivacy = soc2Readiness(soa(), ['privacy']);
    expect(withPrivacy.categories).toEqual(['security', 'privacy']);
    expect(withPrivacy.criteria.some((c) => c.id === 'P1.1')).toBe(true);
    expect(withPrivacy.criteria.some((c) => c.id === 'A1.1')).toBe(false);
    expect(withPrivacy.byCategory.map((b) => [b.category, b.criteria])).toEqual([
      ['security', 33],
      ['privacy', SOC2_CRITERIA.filter((c) => c.category === 'privacy').length],
    ]);
    expect(withPrivacy.byCategory[1]!.label).toBe('Privacy');
  });
});

describe('soc2Readiness: scoring', () => {
  it('marks every criterion ready at 100% when every mapped control is implemented and every expectation beyond ISO is in place', () => {
    const r = soc2Readiness(soa(), ['availability', 'confidentiality', 'processing-integrity', 'privacy'], allExpectations);
    expect(r.overall).toBe(100);
    expect(r.criteria.every((c) => c.status === 'ready' && c.readiness === 100 && c.gaps.length === 0)).toBe(true);
    expect(r.byCategory.every((b) => b.ready === b.criteria && b.readiness === 100)).toBe(true);
  });

  it('counts an expectation beyond ISO as one more control, or as all of them where ISO covers little, until it is in place', () => {
    const r = soc2Readiness(soa(), ['privacy']);
    // CC1.1: four controls do most of the work; the code of conduct is a fifth element.
    const cc11 = criterion(r, 'CC1.1');
    expect(cc11.controls).toHaveLength(4);
    expect(cc11).toMatchObject({ readiness: 80, status: 'partial', beyondIso: { isoCovers: 'most', inPlace: false } });
    expect(cc11.gaps).toEqual([expect.stringMatching(/^Beyond the ISO controls, SOC 2 expects: A written code of conduct/)]);
    // CC1.2 and P1.1: the controls only support board oversight or a privacy notice, so ISO alone reaches half.
    expect(criterion(r, 'CC1.2')).toMatchObject({ readiness: 50, status: 'partial', beyondIso: { isoCovers: 'little' } });
    expect(criterion(r, 'P1.1').gaps).toEqual([expect.stringMatching(/SOC 2 expects: A privacy notice/)]);
    expect(criterion(r, 'P1.1').readiness).toBe(50);
    // Criteria the controls cover in substance are ready on the controls alone.
    expect(criterion(r, 'CC6.1')).toMatchObject({ readiness: 100, status: 'ready', gaps: [], beyondIso: null });

    const confirmed = soc2Readiness(soa(), ['privacy'], ['CC1.2', 'P1.1']);
    expect(criterion(confirmed, 'CC1.2')).toMatchObject({ readiness: 100, status: 'ready', gaps: [], beyondIso: { inPlace: true } });
    expect(criterion(confirmed, 'P1.1')).toMatchObject({ readiness: 100, status: 'ready' });
    expect(confirmed.overall).toBeGreaterThan(r.overall);
  });

  it('lets a missing expectation pull a weakly covered criterion below 50% once any control falls short', () => {
    const r = soc2Readiness(soa(withStatus('partial', '5.34')), ['privacy']);
    // P5.2 rests on A.5.34 alone: half credit for the control, nothing for the correction procedure.
    expect(criterion(r, 'P5.2')).toMatchObject({ readiness: 25, status: 'gap' });
    expect(criterion(r, 'P5.2').gaps).toHaveLength(2);
  });

  it('gives partial and planned controls part credit and says what to finish', () => {
    const r = soc2Readiness(soa({ '5.16': { status: 'partial' }, '5.17': { status: 'planned' } }), []);
    const cc62 = criterion(r, 'CC6.2');
    expect(cc62.controls.map((c) => [c.controlId, c.credit])).toEqual([
      ['5.16', 0.5],
      ['5.17', 0.25],
      ['5.18', 1],
    ]);
    expect(cc62).toMatchObject({ readiness: 58, status: 'partial' });
    expect(cc62.gaps).toEqual([
      'Finish A.5.16 Identity management (partially implemented) and keep evidence that it operates.',
      'Carry out the plan for A.5.17 Authentication information: it is planned but not yet in operation.',
    ]);
  });

  it('is a gap below 50%, and asks for a decision on controls still at their defaults', () => {
    const undecided = { reasons: [], status: 'not-started' as const };
    const r = soc2Readiness(soa({ '5.16': undecided, '5.17': { status: 'not-started' }, '5.18': { status: 'planned' } }), []);
    const cc62 = criterion(r, 'CC6.2');
    expect(cc62).toMatchObject({ readiness: 8, status: 'gap' });
    expect(cc62.gaps[0]).toBe('Decide on A.5.16 Identity management in the Statement of Applicability (why it applies, who owns it), then implement it.');
    expect(cc62.gaps[1]).toBe('Implement A.5.17 Authentication information (not started).');
  });

  it('treats an excluded control that a criterion relies on as a gap, whatever its status says', () => {
    const r = soc2Readiness(
      soa({ '8.30': { applicable: false, status: 'implemented', reasons: [], exclusionJustification: 'No outsourced development' } }),
      [],
    );
    const cc92 = criterion(r, 'CC9.2');
    const outsourced = cc92.controls.find((c) => c.controlId === '8.30')!;
    expect(outsourced).toMatchObject({ applicable: false, credit: 0 });
    expect(cc92).toMatchObject({ readiness: 83, status: 'partial' });
    expect(cc92.gaps).toEqual([expect.stringMatching(/^A\.8\.30 Outsourced development is excluded in the Statement of Applicability, yet SOC 2 relies on it/)]);
  });

  it('starts a new workbook at 0% with every criterion a gap', () => {
    const blank = ANNEX_A.map((c) => entry(c.id, { reasons: [], status: 'not-started', owner: '' }));
    const r = soc2Readiness(blank, ['availability']);
    expect(r.overall).toBe(0);
    expect(r.criteria.every((c) => c.status === 'gap' && c.gaps.length >= c.controls.length)).toBe(true);
    expect(r.byCategory.map((b) => b.ready)).toEqual([0, 0]);
  });

  it('takes category and overall figures as means of the exact criterion shares', () => {
    // A1.1 has two controls: one planned gives 62.5%, shown as 63; A1.2 and A1.3 stay at 100%.
    const r = soc2Readiness(soa(withStatus('planned', '8.6')), ['availability'], allExpectations);
    expect(criterion(r, 'A1.1').readiness).toBe(63);
    const availability = r.byCategory.find((b) => b.category === 'availability')!;
    expect(availability).toMatchObject({ criteria: 3, ready: 2, readiness: Math.round(((0.625 + 1 + 1) / 3) * 100) });
    expect(r.overall).toBe(Math.round(((0.625 + 35) / 36) * 100));
  });

  it('moves the figure when one mapped control changes status', () => {
    const before = soc2Readiness(soa(), ['confidentiality'], allExpectations);
    const after = soc2Readiness(soa(withStatus('not-started', '8.3')), ['confidentiality'], allExpectations);
    expect(criterion(before, 'C1.1').readiness).toBe(100);
    expect(criterion(after, 'C1.1')).toMatchObject({ readiness: 83, status: 'partial' });
    expect(criterion(after, 'CC6.1')).toMatchObject({ readiness: 83, status: 'partial' });
    expect([before.overall, after.overall]).toEqual([100, 99]);
  });

  it('ignores expectations confirmed for criteria without one', () => {
    expect(criterion(soc2Readiness(soa(), [], ['CC6.1']), 'CC6.1').beyondIso).toBeNull();
  });
});

describe('controlsServingCriteria', () => {
  it('inverts the readiness: each control with the in-scope criteria it serves, in control order', () => {
    const r = soc2Readiness(soa(withStatus('partial', '8.16')), ['availability']);
    const views = controlsServingCriteria(r);
    const monitoring = views.find((v) => v.controlId === '8.16')!;
    expect(monitoring).toMatchObject({ title: 'Monitoring activities', status: 'partial', credit: 0.5 });
    expect(monitoring.action).toBe('Finish A.8.16 Monitoring activities (partially implemented) and keep evidence that it operates.');
    expect(views.find((v) => v.controlId === '8.15')!.action).toBeNull();
    expect(monitoring.criteria.map((c) => c.id)).toEqual(['CC2.1', 'CC3.3', 'CC4.1', 'CC7.2', 'A1.1']);
    expect(monitoring.criteria.find((c) => c.id === 'CC7.2')!.rationale).toMatch(/anomalous behaviour/);
    const ids = views.map((v) => v.controlId);
    expect(ids.indexOf('8.2')).toBeLessThan(ids.indexOf('8.15'));
    expect(ids.indexOf('5.9')).toBeLessThan(ids.indexOf('5.15'));
    // Every link whose criterion is in scope appears exactly once.
    const inScope = CROSSWALK.filter((l) => r.criteria.some((c) => c.id === l.criterionId));
    expect(views.reduce((n, v) => n + v.criteria.length, 0)).toBe(inScope.length);
  });

  it('leaves out controls that serve only criteria out of scope', () => {
    const securityOnly = controlsServingCriteria(soc2Readiness(soa(), []));
    expect(securityOnly.some((v) => v.controlId === '5.34')).toBe(false);
    const withPrivacy = controlsServingCriteria(soc2Readiness(soa(), ['privacy']));
    expect(withPrivacy.find((v) => v.controlId === '5.34')!.criteria.every((c) => c.category === 'privacy')).toBe(true);
  });
});

describe('controlsToWorkOn', () => {
  it('lists each control short of full credit once, those holding up most criteria first', () => {
    const r = soc2Readiness(soa({ ...withStatus('planned', '8.16', '7.4'), '7.7': { status: 'partial' } }), ['confidentiality']);
    expect(controlsToWorkOn(r).map((c) => [c.controlId, c.criteria.length])).toEqual([
      ['8.16', 4],
      ['7.4', 2],
      ['7.7', 1],
    ]);
    expect(controlsToWorkOn(soc2Readiness(soa(), []))).toEqual([]);
  });
});
