import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/fixtures/temp-dir';
import type { ReadinessReport } from '../../../shared/domain/readiness';
import { runCli } from '../isms';
import { formatReadiness } from './check-command';

const tempDir = useTempDir('isms-check-');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('isms check', () => {
  it('reports no blockers on the sample and exits 0, listing its warnings with what to open', async () => {
    const file = path.join(tempDir(), 'sample.isms');
    expect((await cli('new', file, '--sample')).code).toBe(0);
    const result = await cli('check', file);
    expect(result.code, result.err).toBe(0);
    expect(result.err).toBe('');
    expect(result.out).toMatch(/^Stage 1 readiness of Northwind Ledger Ltd, checked on \d{4}-\d{2}-\d{2}$/m);
    expect(result.out).toMatch(/^Score \d+\/100: blockers 0, warnings [1-9]\d*, advice \d+; \d+ of \d+ rules pass\.$/m);
    expect(result.out).not.toContain('BLOCKERS');
    expect(result.out).toMatch(/^WARNINGS \(\d+\)$/m);
    expect(result.out).toContain('  [4.2 c] Every ISMS requirement of an interested party says how it is addressed');
    expect(result.out).toContain('      → Open IP-008 in Context and parties');
    expect(result.out).toMatch(/No blockers: the documented information a Stage 1 auditor reads is in place/);
  });

  it('lists every missing required document of a new workbook and exits 1', async () => {
    const file = path.join(tempDir(), 'blank.isms');
    await cli('new', file, '--org', 'Blank Ltd');
    const result = await cli('check', file);
    expect(result.code).toBe(1);
    expect(result.err).toBe('');
    expect(result.out).toMatch(/^BLOCKERS \(14\)$/m);
    for (const missing of [
      'ISMS Scope (ISMS-SCOPE): version 0.1 is draft, not approved.',
      'No policy in the register is tied to clause 5.2',
      'Risk Assessment and Treatment Methodology (ISMS-RM): version 0.1 is draft, not approved.',
      'Statement of Applicability (ISMS-SOA): version 0.1 is draft, not approved.',
      'Risk Treatment Plan (ISMS-RTP): version 0.1 is draft, not approved.',
      'Information Security Objectives (ISMS-OBJ): version 0.1 is draft, not approved.',
      'No training, awareness or qualification record is kept.',
      'No procedure in the register is approved.',
      'Risk Assessment Report (ISMS-RAR): version 0.1 is draft, not approved.',
      'No risk is recorded, so there are no treatment results.',
      'No measurement has been recorded against any objective.',
      'Internal Audit Programme (ISMS-IAP): version 0.1 is draft, not approved.',
      'No management review has been held yet.',
    ]) {
      expect(result.out).toContain(missing);
    }
    expect(result.out).toMatch(/14 blockers remain: fix them before the Stage 1 documentation review\.$/);
  });

  it('prints the report as JSON with --json, keeping the exit code', async () => {
    const dir = tempDir();
    const sample = path.join(dir, 'sample.isms');
    const blank = path.join(dir, 'blank.isms');
    await cli('new', sample, '--sample');
    await cli('new', blank);
    const ok = await cli('check', sample, '--json');
    expect(ok.code).toBe(0);
    const report = JSON.parse(ok.out) as ReadinessReport;
    expect(report.counts.blocker).toBe(0);
    expect(report.rules.length).toBe(report.counts.rules);
    expect(report.rules[0]).toMatchObject({ passed: false, severity: 'warning' });
    const failing = await cli('check', blank, '--json');
    expect(failing.code).toBe(1);
    expect((JSON.parse(failing.out) as ReadinessReport).counts.blocker).toBe(14);
  });

  it('fails clearly on a file that does not exist', async () => {
    const result = await cli('check', path.join(tempDir(), 'missing.isms'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^isms: /);
  });
});

describe('formatReadiness', () => {
  it('names a single blocker in the singular', () => {
    const report: ReadinessReport = {
      checkedOn: '2026-11-20',
      score: 50,
      counts: { blocker: 1, warning: 0, advice: 0, passed: 1, rules: 2 },
      rules: [
        { id: 'x', title: 'The thing is approved', clause: '5.2', severity: 'blocker', why: 'Because.', passed: false, findings: [{ message: 'It is not.', link: { screen: 'documents', record: 'POL-001', label: 'Open POL-001 in Documents and policies' } }] },
        { id: 'y', title: 'Passing', clause: '4.1', severity: 'advice', why: 'Because.', passed: true, findings: [] },
      ],
    };
    expect(formatReadiness(report, 'Acme Ltd')).toBe(
      [
        'Stage 1 readiness of Acme Ltd, checked on 2026-11-20',
        'Score 50/100: blockers 1, warnings 0, advice 0; 1 of 2 rules pass.',
        '',
        'BLOCKERS (1)',
        '  [5.2] The thing is approved',
        '    - It is not.',
        '      → Open POL-001 in Documents and policies',
        '',
        '1 blocker remains: fix it before the Stage 1 documentation review.',
      ].join('\n'),
    );
  });
});
