import { describe, expect, it } from 'vitest';
import {
  competenceDocumented,
  objectivesDocumented,
  policyDocumented,
  riskProcessDocumented,
  scopeDocumented,
  soaDocumented,
  treatmentPlanDocumented,
} from './documented-planning';
import { checkWith, documentControl, objective, registerDocument } from './test-snapshot';

describe('documented.scope (4.3)', () => {
  it('passes with a scope statement and an approved scope document', () => expect(checkWith(scopeDocumented)).toEqual([]));

  it('fails on an empty statement and on a scope document never approved', () => {
    const findings = checkWith(scopeDocumented, (s) => {
      s.scope.statement = '  ';
      delete s.documentControls.scope;
    });
    expect(findings).toEqual([
      { message: 'The ISMS scope has no scope statement.', link: { screen: 'scope', label: 'Open Scope and roles' } },
      {
        message: 'ISMS Scope (ISMS-SCOPE): version 0.1 is draft, not approved.',
        link: { screen: 'document-control', record: 'scope', label: 'Open the document control of the ISMS Scope' },
      },
    ]);
  });

  it('fails while a new version is in review', () => {
    const findings = checkWith(scopeDocumented, (s) => (s.documentControls.scope = documentControl('scope', { version: '1.1', status: 'in-review' })));
    expect(findings.map((f) => f.message)).toEqual(['ISMS Scope (ISMS-SCOPE): version 1.1 is in review, not approved.']);
  });
});

describe('documented.policy (5.2)', () => {
  it('passes with an approved policy tied to 5.2', () => expect(checkWith(policyDocumented)).toEqual([]));

  it('fails when no policy is tied to 5.2, pointing to the register', () => {
    const findings = checkWith(policyDocumented, (s) => (s.documents[0]!.clauses = ['5.3']));
    expect(findings).toEqual([expect.objectContaining({ link: { screen: 'documents', label: 'Open Documents and policies' } })]);
    expect(findings[0]!.message).toMatch(/tag it with 5\.2/);
  });

  it('fails when the policy tied to 5.2 is not approved, pointing to it', () => {
    const findings = checkWith(policyDocumented, (s) => (s.documents[0] = { ...s.documents[0]!, status: 'in-review', version: '2.0' }));
    expect(findings).toEqual([
      {
        message: 'POL-001 Information Security Policy: version 2.0 is in review, not approved.',
        link: { screen: 'documents', record: 'POL-001', label: 'Open POL-001 in Documents and policies' },
      },
    ]);
  });

  it('does not count a procedure tied to 5.2 as the policy', () => {
    const findings = checkWith(policyDocumented, (s) => (s.documents = [registerDocument('PRO-009', { type: 'procedure', clauses: ['5.2'] })]));
    expect(findings).toHaveLength(1);
  });
});

describe('documented.risk-process (6.1.2)', () => {
  it('passes with an approved risk method document', () => expect(checkWith(riskProcessDocumented)).toEqual([]));

  it('passes with an approved procedure tied to 6.1.2 while the method document is a draft', () => {
    expect(checkWith(riskProcessDocumented, (s) => delete s.documentControls['risk-method'])).toEqual([]);
  });

  it('fails when neither the method document nor a 6.1.2 procedure is approved', () => {
    const findings = checkWith(riskProcessDocumented, (s) => {
      s.documentControls['risk-method'] = documentControl('risk-method', { status: 'draft', version: '0.2' });
      s.documents[1] = { ...s.documents[1]!, status: 'draft' };
    });
    expect(findings.map((f) => f.link.record)).toEqual(['risk-method', 'PRO-001']);
    expect(findings[0]!.message).toBe('Risk Assessment and Treatment Methodology (ISMS-RM): version 0.2 is draft, not approved.');
  });
});

describe('documented.soa (6.1.3 d)', () => {
  it('passes with all 93 controls decided and the SoA approved', () => expect(checkWith(soaDocumented)).toEqual([]));

  it('fails when controls are missing from the SoA or it is not approved', () => {
    const findings = checkWith(soaDocumented, (s) => {
      s.soa = s.soa.filter((e) => e.controlId !== '5.23' && e.controlId !== '8.34');
      s.documentControls.soa = documentControl('soa', { status: 'retired' });
    });
    expect(findings.map((f) => f.message)).toEqual([
      'The SoA has no decision on 2 controls: A.5.23 and A.8.34.',
      'Statement of Applicability (ISMS-SOA): version 1.0 is retired, not approved.',
    ]);
    expect(findings[1]!.link).toMatchObject({ screen: 'document-control', record: 'soa' });
  });
});

describe('documented.treatment-plan (6.1.3 e)', () => {
  it('passes with the plan approved', () => expect(checkWith(treatmentPlanDocumented)).toEqual([]));

  it('fails with the plan not approved', () => {
    const findings = checkWith(treatmentPlanDocumented, (s) => delete s.documentControls['risk-treatment-plan']);
    expect(findings).toEqual([expect.objectContaining({ link: expect.objectContaining({ record: 'risk-treatment-plan' }) })]);
  });
});

describe('documented.objectives (6.2)', () => {
  it('passes with an objective set and the objectives document approved', () => expect(checkWith(objectivesDocumented)).toEqual([]));

  it('fails when every objective is retired and the document is in review', () => {
    const findings = checkWith(objectivesDocumented, (s) => {
      s.objectives = [objective(1, { status: 'retired' })];
      s.documentControls.objectives = documentControl('objectives', { status: 'in-review' });
    });
    expect(findings.map((f) => f.link.screen)).toEqual(['objectives', 'document-control']);
  });
});

describe('documented.competence (7.2)', () => {
  it('passes with training records kept', () => expect(checkWith(competenceDocumented)).toEqual([]));

  it('fails with no record', () => {
    expect(checkWith(competenceDocumented, (s) => (s.trainingRecords = []))).toEqual([
      { message: 'No training, awareness or qualification record is kept.', link: { screen: 'competence', label: 'Open Competence' } },
    ]);
  });
});
