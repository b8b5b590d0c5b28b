import { describe, expect, it } from 'vitest';
import { ANNEX_A, CONTROL_THEMES, controlById } from './annex-a';
import { CLAUSES, TOP_LEVEL_CLAUSES } from './clauses';
import { SOC2_CRITERIA, SOC2_SERIES } from './soc2';
import { controlsForCriterion, criteriaForControl, CROSSWALK } from './crosswalk';
import { isAnnexAControlId } from '../rules/control-id';

describe('Annex A catalogue', () => {
  it('has the 93 controls of ISO/IEC 27001:2022 in four themes (37/8/14/34)', () => {
    expect(ANNEX_A).toHaveLength(93);
    const counts = Object.fromEntries(CONTROL_THEMES.map((t) => [t.id, ANNEX_A.filter((c) => c.theme === t.id).length]));
    expect(counts).toEqual({ organizational: 37, people: 8, physical: 14, technological: 34 });
    expect(new Set(ANNEX_A.map((c) => c.id)).size).toBe(93);
    for (const control of ANNEX_A) {
      expect(isAnnexAControlId(control.id), control.id).toBe(true);
      expect(CONTROL_THEMES.find((t) => t.id === control.theme)?.clause).toBe(control.id.split('.')[0]);
    }
  });

  it('gives every control a title, guidance and typical evidence', () => {
    for (const control of ANNEX_A) {
      expect(control.title.length, control.id).toBeGreaterThan(3);
      expect(control.guidance.length, control.id).toBeGreaterThan(80);
      expect(control.evidence.length, control.id).toBeGreaterThanOrEqual(3);
    }
    expect(controlById('5.23')?.title).toBe('Information security for use of cloud services');
    expect(controlById('8.34')?.title).toBe('Protection of information systems during audit testing');
  });
});

describe('clauses 4 to 10', () => {
  it('covers every clause and sub-clause with valid parents', () => {
    expect(TOP_LEVEL_CLAUSES.map((c) => c.id)).toEqual(['4', '5', '6', '7', '8', '9', '10']);
    const ids = new Set(CLAUSES.map((c) => c.id));
    for (const clause of CLAUSES) if (clause.parent) expect(ids.has(clause.parent), clause.id).toBe(true);
    for (const id of ['4.3', '6.1.2', '6.1.3', '7.5.3', '9.2.2', '9.3.3', '10.2']) expect(ids.has(id), id).toBe(true);
  });

  it('names the documented information the standard requires', () => {
    const required = CLAUSES.flatMap((c) => c.requiredDocuments.map((d) => `${c.id}: ${d}`)).join('\n');
    expect(required).toMatch(/4\.3: .*scope/i);
    expect(required).toMatch(/6\.1\.3: Statement of Applicability/);
    expect(required).toMatch(/9\.3\.3: .*management review/i);
  });
});

describe('SOC 2 criteria and crosswalk', () => {
  it('has the 61 Trust Services Criteria', () => {
    expect(SOC2_CRITERIA).toHaveLength(61);
    expect(new Set(SOC2_CRITERIA.map((c) => c.id)).size).toBe(61);
    const byCategory = (category: string) => SOC2_CRITERIA.filter((c) => c.category === category).length;
    expect([byCategory('security'), byCategory('availability'), byCategory('confidentiality'), byCategory('processing-integrity'), byCategory('privacy')]).toEqual([33, 3, 2, 5, 18]);
    for (const criterion of SOC2_CRITERIA) expect(SOC2_SERIES.some((s) => s.id === criterion.series), criterion.id).toBe(true);
  });

  it('maps every criterion, privacy and processing integrity included, to real controls with a rationale', () => {
    for (const criterion of SOC2_CRITERIA) expect(controlsForCriterion(criterion.id).length, criterion.id).toBeGreaterThan(0);
    for (const link of CROSSWALK) {
      expect(controlById(link.controlId), link.controlId).toBeDefined();
      expect(link.rationale.length).toBeGreaterThan(20);
    }
    expect(criteriaForControl('5.15').map((l) => l.criterionId)).toContain('CC6.1');
  });
});
