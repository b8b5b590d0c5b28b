import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { PackageResult } from '../../../shared/domain/package';
import type { ProgressEvent } from '../../../shared/domain/progress';
import type { ReadinessRuleResult } from '../../../shared/domain/readiness';
import { AppError } from '../../../shared/ipc/result';
import { checkReadiness } from '../../services/readiness-service';
import { CliSession, type CliIo } from '../cli-io';

/** Findings shown per blocker before the rest are counted. */
const FINDINGS_SHOWN = 5;

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-GB')} KB`;

/** The blockers as the auditor would raise them: the requirement, its clause, and what is wrong. */
export function formatBlockers(blockers: readonly ReadinessRuleResult[]): string {
  const lines: string[] = [];
  for (const rule of blockers) {
    lines.push(`  [${rule.clause}] ${rule.title}`);
    for (const finding of rule.findings.slice(0, FINDINGS_SHOWN)) lines.push(`      - ${finding.message}`);
    if (rule.findings.length > FINDINGS_SHOWN) lines.push(`      … and ${rule.findings.length - FINDINGS_SHOWN} more`);
  }
  return lines.join('\n');
}

function summary(result: PackageResult, organisation: string): string {
  const documents = result.files.length - 2;
  return [
    `Wrote the Stage 1 package of ${organisation}.`,
    `  Folder:   ${result.folder}`,
    `  Files:    ${result.files.length} (${documents} documents and registers, the index and the manifest), ${kilobytes(result.totalBytes)}`,
    ...(result.zipPath && result.zipBytes !== null ? [`  Zip:      ${result.zipPath} (${kilobytes(result.zipBytes)})`] : []),
    '  Check it: sha256sum -c MANIFEST.sha256 (in the package folder)',
  ].join('\n');
}

interface PackageOptions {
  out?: string;
  zip?: boolean;
  force?: boolean;
}

/** One line per file on a terminal: which file of how many is being made. */
function progressLine(io: CliIo): (event: ProgressEvent) => void {
  return (event) => {
    if (event.done < event.total) io.err(`  [${String(event.done + 1).padStart(String(event.total).length)}/${event.total}] ${event.label}`);
  };
}

async function runPackage(io: CliIo, file: string, options: PackageOptions, progressLines: boolean): Promise<void> {
  if (!options.out) throw new AppError('INVALID_INPUT', 'Give the folder to write the package in with --out <dir>.');
  const cli = new CliSession();
  try {
    await cli.open(file);
    const report = checkReadiness(cli.session.context());
    const blockers = report.rules.filter((rule) => rule.severity === 'blocker' && !rule.passed);
    if (blockers.length > 0) {
      const count = `${blockers.length} ${blockers.length === 1 ? 'blocker remains' : 'blockers remain'}`;
      io.err(`Stage 1 readiness: ${count} (score ${report.score}%).\n${formatBlockers(blockers)}`);
      if (!options.force) {
        throw new AppError('EXPORT_FAILED', `The package was not written: ${count}. Fix them (see "isms check"), or add --force to write it anyway.`);
      }
      io.err('Writing the package anyway (--force).');
    }
    const out = path.resolve(options.out);
    fs.mkdirSync(out, { recursive: true });
    const { legalName: organisation } = await cli.call('organisation:get', {});
    const result = await cli.call(
      'package:build',
      { folder: out, zip: options.zip === true },
      progressLines ? { onProgress: progressLine(io) } : {},
    );
    io.out(summary(result, organisation));
  } finally {
    cli.close();
  }
}

/**
 * `isms package <file> --out <dir> [--zip] [--force]`. The readiness check runs first: with blockers the package is
 * written only with --force, as the app writes it only once the user chooses to continue.
 */
export function registerPackageCommand(program: Command, io: CliIo, options: { progressLines?: boolean } = {}): void {
  const progressLines = options.progressLines ?? process.stderr.isTTY === true;
  program
    .command('package')
    .description('Write the Stage 1 package: every document and register in a folder per clause, an index and a SHA-256 manifest')
    .argument('<file>', 'workbook file')
    .option('--out <dir>', 'folder to create the package folder in (created if missing); nothing in it is overwritten')
    .option('--zip', 'also write a zip of the package folder beside it')
    .option('--force', 'write the package even when the readiness check finds blockers')
    .action((file: string, opts: PackageOptions) => runPackage(io, file, opts, progressLines));
}
