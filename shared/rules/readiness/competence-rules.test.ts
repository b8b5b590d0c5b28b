import { describe, expect, it } from 'vitest';
import { roleCompetenceEvidenced } from './competence-rules';
import { checkWith, role, trainingRecord } from './test-snapshot';

describe('competence.roles-evidenced (7.2)', () => {
  it('passes with a current record of the holder, or one filed under the role; roles requiring nothing are skipped', () => {
    expect(checkWith(roleCompetenceEvidenced)).toEqual([]);
    const findings = checkWith(roleCompetenceEvidenced, (s) => {
      s.roles.push(role(2, { title: 'All staff', holder: 'Everyone', competences: ['Security awareness'] }));
      s.trainingRecords.push(trainingRecord(2, { person: 'Campaign report', role: 'All staff', kind: 'awareness' }));
      s.roles.push(role(3, { title: 'Asset owners', holder: 'Named per asset', competences: [] }));
    });
    expect(findings).toEqual([]);
  });

  it('fails when the only record has expired, or there is none', () => {
    const findings = checkWith(roleCompetenceEvidenced, (s) => {
      s.trainingRecords = [trainingRecord(1, { expiresOn: '2026-11-19' })];
      s.roles.push(role(2, { title: 'Internal auditor', holder: '', competences: ['ISO 19011'] }));
    });
    expect(findings).toEqual([
      {
        message: 'No current training, awareness or qualification record evidences the role “ISMS manager”: none is held by its holder (Sam Lead, ISMS Manager) or filed under the role.',
        link: { screen: 'competence', label: 'Open Competence' },
      },
      {
        message: 'No current training, awareness or qualification record evidences the role “Internal auditor”: none is held by its holder or filed under the role.',
        link: { screen: 'competence', label: 'Open Competence' },
      },
    ]);
  });
});
