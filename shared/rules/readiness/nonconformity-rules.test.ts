import { describe, expect, it } from 'vitest';
import { correctiveActionsOnTime, correctiveActionsRecorded } from './nonconformity-rules';
import { checkWith, nonconformity } from './test-snapshot';

describe('nc.corrective-action (10.2)', () => {
  it('passes with root cause and action recorded; a nonconformity just opened may still lack them', () => {
    expect(checkWith(correctiveActionsRecorded, (s) => s.nonconformities.push(nonconformity(2, { status: 'open', rootCause: '', correctiveAction: '' })))).toEqual([]);
  });

  it('fails on a nonconformity past its first step with no root cause or action', () => {
    const findings = checkWith(correctiveActionsRecorded, (s) => s.nonconformities.push(nonconformity(2, { status: 'implemented', rootCause: '', correctiveAction: ' ' })));
    expect(findings).toEqual([
      { message: 'NC-002 records no root cause and no corrective action.', link: { screen: 'nonconformities', record: 'NC-002', label: 'Open NC-002 in Nonconformities' } },
    ]);
  });
});

describe('nc.on-time (10.2)', () => {
  it('passes when no open corrective action is past its due date; closed ones never are', () => {
    expect(checkWith(correctiveActionsOnTime, (s) => s.nonconformities.push(nonconformity(2, { status: 'closed', dueDate: '2026-01-01' })))).toEqual([]);
  });

  it('fails on a nonconformity past its due date', () => {
    const findings = checkWith(correctiveActionsOnTime, (s) => (s.nonconformities[0]!.dueDate = '2026-11-01'));
    expect(findings).toEqual([
      { message: 'NC-001 was due on 2026-11-01 and is still awaiting its action.', link: { screen: 'nonconformities', record: 'NC-001', label: 'Open NC-001 in Nonconformities' } },
    ]);
  });
});
