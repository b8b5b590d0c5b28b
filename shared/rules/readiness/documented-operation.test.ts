import { describe, expect, it } from 'vitest';
import {
  auditDocumented,
  monitoringDocumented,
  nonconformitiesDocumented,
  nonconformityProcessUsed,
  operationalPlanningDocumented,
  reviewDocumented,
  riskAssessmentDocumented,
  riskTreatmentDocumented,
} from './documented-operation';
import { MAX_FINDINGS } from './findings';
import { audit, checkWith, documentControl, objective, review, risk, treatmentAction } from './test-snapshot';

describe('documented.operational-planning (8.1)', () => {
  it('passes with an approved procedure', () => expect(checkWith(operationalPlanningDocumented)).toEqual([]));

  it('fails when no procedure is approved, even with approved policies', () => {
    const findings = checkWith(operationalPlanningDocumented, (s) => (s.documents[1] = { ...s.documents[1]!, status: 'in-review' }));
    expect(findings).toEqual([{ message: 'No procedure in the register is approved.', link: { screen: 'documents', label: 'Open Documents and policies' } }]);
  });
});

describe('documented.risk-assessment (8.2)', () => {
  it('passes with rated risks and an approved report, a just-identified risk aside', () => {
    expect(checkWith(riskAssessmentDocumented, (s) => s.risks.push(risk(9, { status: 'identified', inherentLikelihood: null, inherentImpact: null })))).toEqual([]);
  });

  it('fails on an empty register and an unapproved report', () => {
    const findings = checkWith(riskAssessmentDocumented, (s) => {
      s.risks = [];
      delete s.documentControls['risk-report'];
    });
    expect(findings.map((f) => f.link)).toEqual([
      { screen: 'risks', label: 'Open the risk register' },
      { screen: 'document-control', record: 'risk-report', label: 'Open the document control of the Risk Assessment Report' },
    ]);
  });

  it('fails on a risk past identification with no rating, linking to it', () => {
    const findings = checkWith(riskAssessmentDocumented, (s) => s.risks.push(risk(7, { status: 'assessed', inherentImpact: null })));
    expect(findings).toEqual([
      { message: 'R-007 Risk 7 is marked assessed but has no likelihood and impact rating.', link: { screen: 'risks', record: 'R-007', label: 'Open R-007 in the risk register' } },
    ]);
  });

  it('lists at most 25 unrated risks, then says how many more', () => {
    const findings = checkWith(riskAssessmentDocumented, (s) => {
      s.risks = Array.from({ length: 5000 }, (_, i) => risk(i + 1, { status: 'assessed', inherentLikelihood: null }));
    });
    expect(findings).toHaveLength(MAX_FINDINGS + 1);
    expect(findings.at(-1)).toEqual({ message: '…and 4,975 more.', link: { screen: 'risks', label: 'Open the risk register' } });
  });
});

describe('documented.risk-treatment (8.3)', () => {
  it('passes when every risk being treated has an action and done actions have evidence', () => expect(checkWith(riskTreatmentDocumented)).toEqual([]));

  it('passes for retained risks without actions and closed risks', () => {
    expect(checkWith(riskTreatmentDocumented, (s) => s.risks.push(risk(8, { treatment: 'avoid', status: 'closed' })))).toEqual([]);
  });

  it('fails for a shared risk with only a cancelled action, and for a done action without evidence', () => {
    const findings = checkWith(riskTreatmentDocumented, (s) => {
      s.risks.push(risk(8, { treatment: 'share' }));
      s.treatmentActions.push(treatmentAction(8, 8, { status: 'cancelled' }));
      s.treatmentActions[0]!.completionEvidence = '';
    });
    expect(findings).toEqual([
      { message: 'R-008 Risk 8 is to be treated (share) but has no treatment action.', link: { screen: 'risks', record: 'R-008', label: 'Open R-008 in the risk register' } },
      {
        message: 'A-001 Action 1 is done but its completion date or evidence is not recorded.',
        link: { screen: 'treatment-plan', record: 'A-001', label: 'Open A-001 in the treatment plan' },
      },
    ]);
  });

  it('fails on an empty register', () => {
    expect(checkWith(riskTreatmentDocumented, (s) => (s.risks = []))).toHaveLength(1);
  });
});

describe('documented.monitoring (9.1)', () => {
  it('passes with a measurement recorded', () => expect(checkWith(monitoringDocumented)).toEqual([]));

  it('fails with objectives but no measurement', () => {
    expect(checkWith(monitoringDocumented, (s) => (s.objectives = [objective(1, { measurements: [] })]))).toEqual([
      { message: 'No measurement has been recorded against any objective.', link: { screen: 'objectives', label: 'Open Objectives' } },
    ]);
  });
});

describe('documented.audit (9.2)', () => {
  it('passes with an approved programme and a completed, concluded audit', () => expect(checkWith(auditDocumented)).toEqual([]));

  it('fails with the programme in review and only planned audits', () => {
    const findings = checkWith(auditDocumented, (s) => {
      s.documentControls['audit-programme'] = documentControl('audit-programme', { status: 'in-review' });
      s.audits = [audit(1, { status: 'planned', conclusion: '' })];
    });
    expect(findings.map((f) => f.message)).toEqual(['Internal Audit Programme (ISMS-IAP): version 1.0 is in review, not approved.', 'No internal audit has been completed yet.']);
  });

  it('fails on a completed audit without a conclusion, linking to it', () => {
    const findings = checkWith(auditDocumented, (s) => (s.audits[0]!.conclusion = ' '));
    expect(findings).toEqual([
      { message: 'IA-2026-01 Internal audit 1 is completed but has no conclusion.', link: { screen: 'audit', record: 'IA-2026-01', label: 'Open IA-2026-01 in Internal audit' } },
    ]);
  });
});

describe('documented.review (9.3)', () => {
  it('passes with a held review that records a decision', () => expect(checkWith(reviewDocumented)).toEqual([]));

  it('fails with only a planned review', () => {
    expect(checkWith(reviewDocumented, (s) => (s.reviews = [review(1, { status: 'planned', heldOn: null })]))).toEqual([
      { message: 'No management review has been held yet.', link: { screen: 'management-review', label: 'Open Management review' } },
    ]);
  });

  it('fails on a held review with no decision or action, linking to it', () => {
    const findings = checkWith(reviewDocumented, (s) => (s.reviews[0]!.outputs = []));
    expect(findings).toEqual([{ message: 'MR-2026-01 records no decision or action.', link: { screen: 'management-review', record: 'MR-2026-01', label: 'Open MR-2026-01 in Management review' } }]);
  });
});

describe('documented.nonconformities (10.2)', () => {
  it('passes with nonconformities in an approved register, and with none raised at all', () => {
    expect(checkWith(nonconformitiesDocumented)).toEqual([]);
    expect(
      checkWith(nonconformitiesDocumented, (s) => {
        s.nonconformities = [];
        delete s.documentControls.nonconformities;
      }),
    ).toEqual([]);
  });

  it('fails when nonconformities exist and the register is not approved', () => {
    const findings = checkWith(nonconformitiesDocumented, (s) => delete s.documentControls.nonconformities);
    expect(findings).toEqual([expect.objectContaining({ link: expect.objectContaining({ screen: 'document-control', record: 'nonconformities' }) })]);
  });
});

describe('nc.process-used (10.2)', () => {
  it('passes once a nonconformity has been recorded', () => expect(checkWith(nonconformityProcessUsed)).toEqual([]));

  it('advises when none has ever been recorded', () => {
    const findings = checkWith(nonconformityProcessUsed, (s) => (s.nonconformities = []));
    expect(findings).toEqual([expect.objectContaining({ link: { screen: 'nonconformities', label: 'Open Nonconformities' } })]);
    expect(nonconformityProcessUsed.severity).toBe('advice');
  });
});
