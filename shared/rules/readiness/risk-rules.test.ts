import { describe, expect, it } from 'vitest';
import { riskAcceptance, riskAwaitingAssessment, riskControlsApplicable, riskTreatmentChosen, treatmentActionsOnTime } from './risk-rules';
import { checkWith, risk, treatmentAction } from './test-snapshot';

describe('risk.controls-applicable (6.1.3)', () => {
  it('passes when every control relied on is applicable; closed risks and cancelled actions do not count', () => {
    const findings = checkWith(riskControlsApplicable, (s) => {
      s.risks.push(risk(5, { controlIds: ['7.6'], status: 'closed', treatment: 'avoid' }));
      s.treatmentActions.push(treatmentAction(5, 1, { controlId: '7.6', status: 'cancelled' }));
    });
    expect(findings).toEqual([]);
  });

  it('fails once per excluded control, naming the risks and actions that rely on it', () => {
    const findings = checkWith(riskControlsApplicable, (s) => {
      s.risks[0]!.controlIds = ['7.6', '8.7'];
      s.risks[2]!.controlIds = ['7.6'];
      s.treatmentActions[1]!.controlId = '7.6';
    });
    expect(findings).toEqual([
      {
        message: 'A.7.6 is not applicable in the SoA, yet R-001, R-003 and A-002 (R-003) rely on it.',
        link: { screen: 'soa', record: '7.6', label: 'Open A.7.6 in the SoA' },
      },
    ]);
  });

  it('treats a control missing from the SoA as not applicable', () => {
    const findings = checkWith(riskControlsApplicable, (s) => (s.soa = s.soa.filter((e) => e.controlId !== '8.7')));
    expect(findings.map((f) => f.message)).toEqual(['A.8.7 is not applicable in the SoA, yet R-001, R-003 and A-001 (R-001) rely on it.']);
  });
});

describe('risk.acceptance (6.1.3 f)', () => {
  it('passes when risks above the criteria are treated, owned and accepted, and lower ones need nothing', () => {
    expect(checkWith(riskAcceptance)).toEqual([]);
  });

  it('fails on a high residual risk with no acceptance, owner or treatment', () => {
    const findings = checkWith(riskAcceptance, (s) => (s.risks[2] = { ...s.risks[2]!, acceptedBy: '', acceptedOn: null, owner: ' ', treatment: null }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.link).toEqual({ screen: 'risks', record: 'R-003', label: 'Open R-003 in the risk register' });
    expect(findings[0]!.message).toMatch(/^R-003 Risk 3 \(residual level High\): No treatment option is chosen\. No risk owner is named\. A residual level of High .*who accepted it, when\.$/);
  });

  it('fails on a critical residual risk, which may not be retained, unless it is closed', () => {
    const critical = risk(6, { residualLikelihood: 5, residualImpact: 5, acceptedBy: 'CEO', acceptedOn: '2026-10-01', acceptanceRationale: 'Why not' });
    expect(checkWith(riskAcceptance, (s) => s.risks.push(critical)).map((f) => f.message)).toEqual([
      expect.stringMatching(/^R-006 Risk 6 \(residual level Critical\): A residual level of Critical may not be retained/),
    ]);
    expect(checkWith(riskAcceptance, (s) => s.risks.push({ ...critical, status: 'closed' }))).toEqual([]);
  });

  it('judges an unrated residual by the inherent level: retained without acceptance, or treated without a target', () => {
    const findings = checkWith(riskAcceptance, (s) => {
      s.risks.push(risk(7, { treatment: null, residualLikelihood: null, residualImpact: null, status: 'assessed' }));
      s.risks.push(risk(8, { treatment: 'modify', residualLikelihood: null, residualImpact: null }));
    });
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/^R-007 Risk 7 \(inherent level High\): No treatment option is chosen\. A residual level of High is above the acceptance criteria/),
      'R-008 Risk 8 (inherent level High): The residual risk after treatment is not rated.',
    ]);
  });
});

describe('risk.treatment-chosen (6.1.3 a)', () => {
  it('passes when every rated risk has a treatment; unrated and closed risks are left out', () => {
    const findings = checkWith(riskTreatmentChosen, (s) => {
      s.risks.push(risk(5, { treatment: null, inherentLikelihood: null, status: 'identified' }));
      s.risks.push(risk(6, { treatment: null, status: 'closed' }));
    });
    expect(findings).toEqual([]);
  });

  it('fails on a rated risk within the criteria with no treatment decision', () => {
    const findings = checkWith(riskTreatmentChosen, (s) => s.risks.push(risk(5, { inherentLikelihood: 1, inherentImpact: 2, treatment: null, status: 'assessed' })));
    expect(findings).toEqual([
      { message: 'R-005 Risk 5 is assessed but has no treatment decision.', link: { screen: 'risks', record: 'R-005', label: 'Open R-005 in the risk register' } },
    ]);
  });
});

describe('risk.awaiting-assessment (8.2)', () => {
  it('passes when every risk is rated', () => expect(checkWith(riskAwaitingAssessment)).toEqual([]));

  it('fails on a risk identified but not rated', () => {
    const findings = checkWith(riskAwaitingAssessment, (s) => s.risks.push(risk(4, { status: 'identified', inherentLikelihood: null, inherentImpact: null, treatment: null })));
    expect(findings).toEqual([
      {
        message: 'R-004 Risk 4 is identified but not yet rated for likelihood and impact.',
        link: { screen: 'risks', record: 'R-004', label: 'Open R-004 in the risk register' },
      },
    ]);
  });
});

describe('risk.actions-on-time (8.3)', () => {
  it('passes when open actions are not yet due, and done or cancelled ones are never late', () => {
    const findings = checkWith(treatmentActionsOnTime, (s) => {
      s.treatmentActions.push(treatmentAction(5, 1, { status: 'done', dueDate: '2026-01-01' }));
      s.treatmentActions.push(treatmentAction(6, 1, { status: 'cancelled', dueDate: '2026-01-01' }));
      s.treatmentActions.push(treatmentAction(7, 1, { dueDate: s.today }));
    });
    expect(findings).toEqual([]);
  });

  it('fails on an open action past its due date', () => {
    const findings = checkWith(treatmentActionsOnTime, (s) => s.treatmentActions.push(treatmentAction(5, 3, { status: 'planned', dueDate: '2026-11-19' })));
    expect(findings).toEqual([
      {
        message: 'A-005 (R-003) Action 5 was due on 2026-11-19 and is still planned.',
        link: { screen: 'treatment-plan', record: 'A-005', label: 'Open A-005 in the treatment plan' },
      },
    ]);
  });
});
