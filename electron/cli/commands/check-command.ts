import type { Command } from 'commander';
import { READINESS_SEVERITIES, type ReadinessReport } from '../../../shared/domain/readiness';
import { CliSession, type CliIo } from '../cli-io';

/**
 * Ends a command with an exit code but no error message, for a command that has already printed what it found
 * (`isms check` with blockers left). runCli returns its code instead of reporting an error.
 */
export class ExitStatus extends Error {
  constructor(readonly exitCode: number) {
    super(`exit status ${exitCode}`);
    this.name = 'ExitStatus';
  }
}

const HEADINGS = { blocker: 'Blockers', warning: 'Warnings', advice: 'Advice' } as const;

/** The report as the terminal shows it: the score, the counts, then each failing rule with its findings and what to open. */
export function formatReadiness(report: ReadinessReport, organisation: string): string {
  const { counts } = report;
  const lines = [
    `Stage 1 readiness of ${organisation}, checked on ${report.checkedOn}`,
    `Score ${report.score}/100: blockers ${counts.blocker}, warnings ${counts.warning}, advice ${counts.advice}; ${counts.passed} of ${counts.rules} rules pass.`,
  ];
  for (const severity of READINESS_SEVERITIES) {
    const failing = report.rules.filter((r) => !r.passed && r.severity === severity);
    if (failing.length === 0) continue;
    lines.push('', `${HEADINGS[severity].toUpperCase()} (${failing.length})`);
    for (const rule of failing) {
      lines.push(`  [${rule.clause}] ${rule.title}`);
      for (const finding of rule.findings) lines.push(`    - ${finding.message}`, `      → ${finding.link.label}`);
    }
  }
  lines.push(
    '',
    counts.blocker === 0
      ? `No blockers: the documented information a Stage 1 auditor reads is in place${counts.warning + counts.advice > 0 ? '; review the warnings and advice above' : ''}.`
      : `${counts.blocker} ${counts.blocker === 1 ? 'blocker remains' : 'blockers remain'}: fix ${counts.blocker === 1 ? 'it' : 'them'} before the Stage 1 documentation review.`,
  );
  return lines.join('\n');
}

export function registerCheckCommand(program: Command, io: CliIo): void {
  program
    .command('check')
    .description('Check a workbook as a Stage 1 auditor reads it: blockers, warnings and advice by clause; exits 1 while blockers remain')
    .argument('<file>', 'workbook file')
    .option('--json', 'print the readiness report as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const cli = new CliSession();
      let report: ReadinessReport;
      try {
        await cli.open(file);
        report = await cli.call('readiness:check', {});
        if (options.json) io.out(JSON.stringify(report, null, 2));
        else io.out(formatReadiness(report, (await cli.call('organisation:get', {})).legalName));
      } finally {
        cli.close();
      }
      if (report.counts.blocker > 0) throw new ExitStatus(1);
    });
}
