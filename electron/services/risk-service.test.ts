import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { actionInput, assetInput, riskInput } from '../../test/fixtures/risk-records';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import type { RiskInput } from '../../shared/domain/risk';
import { defaultRiskMethod } from '../../shared/rules/default-risk-method';
import { listChanges } from '../repositories/change-log-repo';
import { listControlRiskLinks } from '../repositories/risk-repo';
import { createAsset, deleteAsset, listAssetInventory } from './asset-service';
import { applyRiskMethod, previewRiskMethod, readRiskMethod } from './risk-method-service';
import { createRisk, deleteRisk, listRiskRegister, updateRisk } from './risk-service';
import { listSoa, updateSoaEntry } from './soa-service';
import { createTreatmentAction, listTreatmentPlan, updateTreatmentAction } from './treatment-action-service';

const tempDir = useTempDir();

/** A rated phishing risk, to be modified with two Annex A controls; each test overrides what it is about. */
const phishingRisk = (over: Partial<RiskInput> = {}): RiskInput =>
  riskInput({
    title: 'Phishing leads to a compromised Okta account',
    description: 'An attacker harvests a password and MFA push approval.',
    threat: 'Credential phishing',
    vulnerability: 'Push-based MFA accepts fatigue approvals',
    owner: 'IT Lead',
    existingControls: 'Okta MFA (push)',
    inherentLikelihood: 4,
    inherentImpact: 4,
    treatment: 'modify',
    controlIds: ['5.17', '8.5'],
    residualLikelihood: 2,
    residualImpact: 3,
    status: 'assessed',
    nextReview: '2027-06-01',
    ...over,
  });

const asset = assetInput({ name: 'Okta tenant', type: 'service', owner: 'IT Lead', classification: 'Confidential', confidentiality: 3, integrity: 3, availability: 2, location: 'Okta EU cell' });

describe('risk register', () => {
  it('gives readable references, scores with the method and links assets', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const okta = createAsset(ctx, asset);
    expect(okta.ref).toBe('AS-001');
    const first = createRisk(ctx, phishingRisk({ assetIds: [okta.id] }));
    const second = createRisk(ctx, phishingRisk({ title: 'Second' }));
    expect([first.ref, second.ref]).toEqual(['R-001', 'R-002']);
    expect(first).toMatchObject({ inherentLevel: 'high', residualLevel: 'medium', assetIds: [okta.id], controlIds: ['5.17', '8.5'] });
    expect(listAssetInventory(ctx)[0]!.riskIds).toEqual([first.id]);
    session.close();
  });

  it('marks the controls chosen for treatment as applicable for risk treatment in the SoA, and logs it', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    updateSoaEntry(ctx, '8.5', { reasons: ['contractual'] });
    updateSoaEntry(ctx, '5.17', { applicable: false, exclusionJustification: 'Handled by the parent company' });
    createRisk(ctx, phishingRisk());
    const soa = new Map(listSoa(ctx).map((e) => [e.controlId, e]));
    expect(soa.get('8.5')?.reasons).toEqual(['contractual', 'risk-treatment']);
    // An exclusion is not overturned silently: the conflict is there for the user to see.
    expect(soa.get('5.17')?.applicable).toBe(false);
    expect(listControlRiskLinks(ctx.db).map((l) => `${l.controlId}:${l.ref}`)).toEqual(['5.17:R-001', '8.5:R-001']);
    expect(listChanges(ctx.db, { area: 'soa', recordId: '8.5', limit: 5 })[0]).toMatchObject({ field: 'reasons', newValue: '["contractual","risk-treatment"]' });
    session.close();
  });

  it('refuses ratings outside the scale, unknown controls and unknown assets', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    applyRiskMethod(ctx, defaultRiskMethod(3));
    expect(() => createRisk(ctx, phishingRisk({ inherentLikelihood: 4 }))).toThrowError(/between 1 and 3/);
    expect(() => createRisk(ctx, phishingRisk({ inherentLikelihood: 2, inherentImpact: 2, residualLikelihood: 1, residualImpact: 1, controlIds: ['5.99'] }))).toThrowError(/not an Annex A control/);
    expect(() => createRisk(ctx, phishingRisk({ inherentLikelihood: 2, inherentImpact: 2, residualLikelihood: 1, residualImpact: 1, assetIds: [999] }))).toThrowError(/asset that does not exist/);
    expect(listRiskRegister(ctx)).toEqual([]);
    session.close();
  });

  it('will not mark a risk accepted above the criteria without who, when and why', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const risk = createRisk(ctx, phishingRisk({ residualLikelihood: 3, residualImpact: 4 }));
    expect(risk.residualLevel).toBe('high');
    expect(() => updateRisk(ctx, risk.id, { status: 'accepted' })).toThrowError(/formal acceptance/);
    const accepted = updateRisk(ctx, risk.id, { status: 'accepted', acceptedBy: 'Eleanor Marsh, CEO', acceptedOn: '2026-10-01', acceptanceRationale: 'Hardware keys roll out in Q1.' });
    expect(accepted.status).toBe('accepted');
    const log = listChanges(ctx.db, { area: 'risk', recordId: risk.ref, limit: 20 }).map((l) => l.field);
    expect(log).toEqual(expect.arrayContaining(['status', 'acceptedBy', 'acceptedOn', 'acceptanceRationale']));
    session.close();
  });

  it('deletes a risk with its actions and links; deleting an asset keeps its risks', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const okta = createAsset(ctx, asset);
    const risk = createRisk(ctx, phishingRisk({ assetIds: [okta.id] }));
    createTreatmentAction(ctx, actionInput(risk.id, { title: 'Roll out FIDO2 keys', controlId: '8.5', owner: 'IT Lead', dueDate: '2026-12-01' }));
    deleteAsset(ctx, okta.id);
    expect(listRiskRegister(ctx)[0]!.assetIds).toEqual([]);
    deleteRisk(ctx, risk.id);
    expect(listRiskRegister(ctx)).toEqual([]);
    expect(listTreatmentPlan(ctx)).toEqual([]);
    session.close();
  });
});

describe('changing the risk method', () => {
  it('previews what moves, then rescores every risk and logs each move', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const a = createRisk(ctx, phishingRisk({ inherentLikelihood: 5, inherentImpact: 5, residualLikelihood: 1, residualImpact: 1 }));
    createRisk(ctx, phishingRisk({ inherentLikelihood: null, inherentImpact: null, residualLikelihood: null, residualImpact: null, title: 'Unrated' }));
    const three = defaultRiskMethod(3);
    const preview = previewRiskMethod(ctx, three);
    expect(preview.moved.map((m) => [m.ref, m.before.inherentLevel, m.after.inherentLevel])).toEqual([['R-001', 'critical', 'high']]);
    expect(preview.unchanged).toBe(1);
    expect(listRiskRegister(ctx)[0]!.inherentLevel).toBe('critical');

    expect(applyRiskMethod(ctx, three).moved).toBe(1);
    expect(readRiskMethod(ctx).likelihood).toHaveLength(3);
    expect(listRiskRegister(ctx)[0]).toMatchObject({ inherentLikelihood: 3, inherentImpact: 3, inherentLevel: 'high' });
    const log = listChanges(ctx.db, { area: 'risk', recordId: a.ref, limit: 20 }).map((l) => `${l.field}:${l.oldValue}->${l.newValue}`);
    expect(log).toEqual(expect.arrayContaining(['inherentLevel:critical->high', 'inherentLikelihood:5->3']));
    expect(listChanges(ctx.db, { area: 'risk-method', limit: 20 }).map((l) => l.field)).toEqual(expect.arrayContaining(['likelihood', 'matrix']));
    session.close();
  });

  it('refuses an invalid method and changes nothing', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const broken = { ...defaultRiskMethod(5), matrix: [['low']] };
    expect(() => applyRiskMethod(ctx, broken)).toThrowError(/matrix/);
    expect(readRiskMethod(ctx).matrix).toHaveLength(5);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM risk_method').get()).toEqual({ n: 0 });
    session.close();
  });
});

describe('treatment plan', () => {
  it('stamps completion when an action is done and clears it when reopened', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const risk = createRisk(ctx, phishingRisk());
    const action = createTreatmentAction(ctx, actionInput(risk.id, { title: 'Enforce phishing-resistant MFA', controlId: '8.5', owner: 'IT Lead', resources: '2 days', dueDate: '2026-12-01' }));
    expect(action.ref).toBe('A-001');
    expect(updateTreatmentAction(ctx, action.id, { status: 'done', completionEvidence: 'Okta policy export' }).completedOn).toBe('2026-11-20');
    expect(updateTreatmentAction(ctx, action.id, { status: 'in-progress' }).completedOn).toBeNull();
    expect(() => createTreatmentAction(ctx, { ...action, riskId: 999 })).toThrowError(/does not exist/);
    session.close();
  });
});
