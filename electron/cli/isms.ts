import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { AppError } from '../../shared/ipc/result';
import type { ImportMatch, ImportProblem } from '../../shared/domain/exports';
import { CliSession, processIo, type CliIo } from './cli-io';
import { CATALOGS, catalogCommand } from './commands/catalog-command';
import { formatTable } from './format-table';
import { ExitStatus, registerCheckCommand } from './commands/check-command';
import { registerPackageCommand } from './commands/package-command';
import { parseMapArgs } from '../import/column-mapping';

function titleFromFileName(file: string): string {
  const base = path.basename(file, path.extname(file)).replace(/[-_]+/g, ' ').trim();
  return base.length > 0 ? base.charAt(0).toUpperCase() + base.slice(1) : 'New organisation';
}

async function withWorkbook<T>(file: string, body: (cli: CliSession) => Promise<T>): Promise<T> {
  const cli = new CliSession();
  try {
    await cli.open(file);
    return await body(cli);
  } finally {
    cli.close();
  }
}

function buildProgram(io: CliIo): Command {
  const program = new Command('isms')
    .description('ISMS Workbook on the command line: create, inspect, import into and export ISO/IEC 27001 workbooks.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError();

  program
    .command('new')
    .description('Create a new workbook file')
    .argument('<file>', 'path of the workbook to create (.isms); an existing file is never overwritten')
    .option('--org <name>', 'legal name of the organisation')
    .option('--sample', 'fill it with the fictional sample organisation (Northwind Ledger Ltd)')
    .action(async (file: string, options: { org?: string; sample?: boolean }) => {
      const cli = new CliSession();
      try {
        const info = await cli.call('workbook:create', {
          path: file,
          organisationName: options.org ?? titleFromFileName(file),
          sample: options.sample === true,
        });
        io.out(`Created ${info.path} for ${info.organisationName}.`);
      } finally {
        cli.close();
      }
    });

  program
    .command('info')
    .description('Show the organisation, schema version and record counts of a workbook')
    .argument('<file>', 'workbook file')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      await withWorkbook(file, async (cli) => {
        const counts = await cli.call('workbook:counts', {});
        if (options.json) return io.out(JSON.stringify({ file: path.resolve(file), ...counts }, null, 2));
        io.out(`Organisation:   ${counts.organisation}`);
        io.out(`File:           ${path.resolve(file)}`);
        io.out(`Schema version: ${counts.schemaVersion}`);
        io.out(formatTable(['Records', 'Count'], Object.entries(counts.counts).map(([k, v]) => [k, String(v)])));
      });
    });

  program
    .command('catalog')
    .description('Print a catalogue: Annex A controls, clauses 4-10, SOC 2 criteria, or the SOC 2 crosswalk')
    .addArgument(new Command().createArgument('<name>', 'which catalogue').choices(CATALOGS))
    .option('--json', 'print JSON')
    .action((name: string, options: { json?: boolean }) => catalogCommand(io, name, options));

  program
    .command('export')
    .description('Export a document or register from a workbook')
    .argument('<file>', 'workbook file')
    .argument('[kind]', 'what to export (see --list)')
    .option('--out <path>', 'where to write the output')
    .option('--list', 'list the available kinds')
    .action(async (file: string, kind: string | undefined, options: { out?: string; list?: boolean }) => {
      await withWorkbook(file, async (cli) => {
        if (options.list) {
          const kinds = await cli.call('export:list', {});
          return io.out(formatTable(['Kind', 'Format', 'Clause', 'Title'], kinds.map((k) => [k.kind, k.format, k.clause, k.title])));
        }
        if (!kind) throw new AppError('INVALID_INPUT', 'Name what to export, or use --list to see the kinds.');
        if (!options.out) throw new AppError('INVALID_INPUT', 'Give the output path with --out <path>.');
        const result = await cli.call('export:run', { kind, path: options.out });
        io.out(`Wrote ${result.path} (${result.bytes.toLocaleString('en-GB')} bytes).`);
      });
    });

  program
    .command('import')
    .description('Import records from a CSV or Excel file; all rows or none')
    .argument('<file>', 'workbook file')
    .addArgument(new Command().createArgument('<what>', 'what to import').choices(['soa', 'assets', 'risks']))
    .argument('<source>', 'CSV (comma or semicolon, UTF-8) or XLSX file')
    .option('--map <column=field...>', 'assets and risks: read a column as a field, e.g. --map "Risk ID=ref" "Notes="')
    .option('--skip-existing', 'assets and risks: leave out rows whose name (assets) or title (risks) the workbook already has')
    .addOption(new Option('--dry-run', 'check the file and report problems without changing the workbook'))
    .action(async (file: string, what: 'soa' | 'assets' | 'risks', source: string, options: { dryRun?: boolean; map?: string[]; skipExisting?: boolean }) => {
      await withWorkbook(file, async (cli) => {
        const dryRun = options.dryRun === true;
        if (what === 'soa') {
          if (options.map) throw new AppError('INVALID_INPUT', '--map applies to assets and risks; the SoA import reads its columns by name.');
          if (options.skipExisting) throw new AppError('INVALID_INPUT', '--skip-existing applies to assets and risks; the SoA import updates the 93 controls in place.');
          const report = await cli.call('import:soa', { path: source, dryRun });
          return io.out(
            report.dryRun
              ? `Checked ${report.rows} rows: no problems found. Nothing was changed (dry run).`
              : `Imported ${report.applied} of ${report.rows} rows into the Statement of Applicability.`,
          );
        }
        const mapping = options.map ? parseMapArgs(options.map) : null;
        const report = await cli.call('import:records', { kind: what, path: source, mapping, dryRun, skipExisting: options.skipExisting === true });
        const left = report.skipped > 0 ? `; left out ${report.skipped} already in the workbook` : '';
        io.out(
          report.dryRun
            ? `Checked ${report.rows} rows: no problems found; ${report.applied} would be imported${left}. Nothing was changed (dry run).`
            : report.applied === 0
              ? `Imported no ${what}${left}.`
              : `Imported ${report.applied} ${report.applied === 1 ? what.slice(0, -1) : what}: ${summariseRefs(report.created)}${left}.`,
        );
        if (what === 'risks' && report.skipped === 0 && report.matches.length > 0) {
          const n = report.matches.length;
          io.out(
            `${n} ${n === 1 ? 'row has the title' : 'rows have titles'} of risks already in the workbook (${summariseMatches(report.matches)}); ` +
              `${report.dryRun ? 'they would be added' : 'they were added'} as new risks. Use --skip-existing to leave such rows out.`,
          );
        }
      });
    });

  registerCheckCommand(program, io);
  registerPackageCommand(program, io);
  return program;
}

function summariseRefs(refs: string[]): string {
  if (refs.length <= 6) return refs.join(', ');
  return `${refs[0]} to ${refs.at(-1)}`;
}

function summariseMatches(matches: readonly ImportMatch[]): string {
  const shown = matches.slice(0, 3).map((m) => `row ${m.row} = ${m.ref}`);
  return matches.length > 3 ? `${shown.join(', ')} and ${matches.length - 3} more` : shown.join(', ');
}

function printProblems(io: CliIo, details: unknown): void {
  const problems = (details as { problems?: ImportProblem[] } | undefined)?.problems;
  if (!Array.isArray(problems)) return;
  for (const p of problems) io.err(`  row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.message}`);
}

/** Runs the CLI; returns the exit code (0 success, 1 the work failed, 2 the command line was wrong). */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const program = buildProgram(io);
  if (argv.length === 0) {
    io.out(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof ExitStatus) return error.exitCode;
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    if (error instanceof AppError) {
      io.err(`isms: ${error.message}`);
      printProblems(io, error.details);
      return error.code === 'INVALID_INPUT' ? 2 : 1;
    }
    io.err(`isms: unexpected error: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
