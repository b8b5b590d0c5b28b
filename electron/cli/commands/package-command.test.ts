import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/fixtures/temp-dir';
import { verifyPackageFolder } from '../../export/package/manifest';
import { runCli } from '../isms';
import { registerPackageCommand } from './package-command';

const tempDir = useTempDir('isms-cli-package-');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('isms package', () => {
  it('writes the sample package after a clean readiness check, with a zip and a summary', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'sample.isms');
    expect((await cli('new', file, '--sample')).code).toBe(0);
    const out = path.join(dir, 'for the auditor');
    const run = await cli('package', file, '--out', out, '--zip');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const [folder] = fs.readdirSync(out).filter((name) => !name.endsWith('.zip'));
    expect(folder).toMatch(/^Northwind Ledger ISMS Stage 1 package \d{4}-\d{2}-\d{2}$/);
    const packageFolder = path.join(out, folder!);
    expect(verifyPackageFolder(packageFolder)).toEqual([]);
    expect(run.out).toContain('Wrote the Stage 1 package of Northwind Ledger Ltd.');
    expect(run.out).toContain(`Folder:   ${packageFolder}`);
    expect(run.out).toMatch(/Files: {4}\d+ \(\d+ documents and registers, the index and the manifest\), [\d,]+ KB/);
    expect(run.out).toContain(`Zip:      ${packageFolder}.zip`);
    expect(fs.existsSync(`${packageFolder}.zip`)).toBe(true);

    const again = await cli('package', file, '--out', out);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists .*nothing was written/);
  }, 120_000);

  it('lists the blockers of a blank workbook and stops, unless --force', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'blank.isms');
    expect((await cli('new', file, '--org', 'Blank Start Ltd')).code).toBe(0);
    const out = path.join(dir, 'out');

    const refused = await cli('package', file, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Stage 1 readiness: \d+ blockers remain/);
    expect(refused.err).toMatch(/\[4\.3\] /);
    expect(refused.err).toContain('The package was not written');
    expect(refused.err).toContain('--force');
    expect(refused.out).toBe('');
    expect(fs.existsSync(out)).toBe(false);

    const forced = await cli('package', file, '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(forced.err).toContain('Writing the package anyway (--force).');
    const [folder] = fs.readdirSync(out);
    expect(folder).toMatch(/^Blank Start Ltd ISMS Stage 1 package /);
    expect(verifyPackageFolder(path.join(out, folder!))).toEqual([]);
  }, 120_000);

  it('shows one progress line per file on a terminal, and asks for --out', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'blank.isms');
    expect((await cli('new', file)).code).toBe(0);
    expect((await cli('package', file)).code).toBe(2);

    const err: string[] = [];
    const program = new Command('isms').exitOverride();
    registerPackageCommand(program, { out: () => undefined, err: (t) => err.push(t) }, { progressLines: true });
    await program.parseAsync(['package', file, '--out', path.join(dir, 'out'), '--force'], { from: 'user' });
    const lines = err.filter((line) => /^\s+\[\s*\d+\/\d+\] /.test(line));
    const total = Number(/\/(\d+)\]/.exec(lines[0]!)![1]);
    expect(lines).toHaveLength(total);
    expect(lines[0]).toMatch(/\[ ?1\/\d+\] 4\.1 Context of the Organisation\.docx$/);
    expect(lines.at(-1)).toMatch(/\] MANIFEST\.sha256$/);
  }, 120_000);
});
