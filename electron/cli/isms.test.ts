import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { runCli } from './isms';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';

const tempDir = useTempDir('isms-cli-');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('isms CLI', () => {
  it('creates a sample workbook and reports its organisation, schema version and counts', async () => {
    const file = path.join(tempDir(), 'w.isms');
    expect((await cli('new', file, '--sample')).code).toBe(0);
    const info = await cli('info', file, '--json');
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.out) as { organisation: string; schemaVersion: number; counts: Record<string, number> };
    expect(parsed.organisation).toBe('Northwind Ledger Ltd');
    expect(parsed.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(parsed.counts.soaControls).toBe(93);
    expect(parsed.counts.applicableControls).toBe(90);
    expect((await cli('info', file)).out).toMatch(/Organisation:\s+Northwind Ledger Ltd/);
  });

  it('names a new workbook after --org, and refuses to overwrite a file', async () => {
    const file = path.join(tempDir(), 'client.isms');
    expect((await cli('new', file, '--org', 'Acme Widgets plc')).code).toBe(0);
    expect(JSON.parse((await cli('info', file, '--json')).out).organisation).toBe('Acme Widgets plc');
    const again = await cli('new', file);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists/);
  });

  it('prints each catalogue as text and JSON', async () => {
    expect((await cli('catalog', 'annex-a')).out).toMatch(/A\.8\.34\s+Technological controls\s+Protection of information systems during audit testing/);
    expect(JSON.parse((await cli('catalog', 'soc2', '--json')).out)).toHaveLength(61);
    expect((await cli('catalog', 'clauses')).out).toContain('6.1.3');
    expect((await cli('catalog', 'crosswalk')).out).toContain('CC6.1');
    const bad = await cli('catalog', 'iso9001');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/Allowed choices are annex-a, clauses, soc2, crosswalk/);
  });

  it('lists export kinds and writes Word, Excel and JSON exports', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.isms');
    await cli('new', file, '--sample');
    expect((await cli('export', file, '--list')).out).toMatch(/soa\s+docx\s+6\.1\.3/);
    const kinds = [
      ['soa', 'soa.docx'],
      ['soa-xlsx', 'soa.xlsx'],
      ['risk-method', 'method.docx'],
      ['risk-report', 'report.docx'],
      ['risk-treatment-plan', 'plan.docx'],
      ['risk-register-xlsx', 'register.xlsx'],
      ['assets-xlsx', 'assets.xlsx'],
      ['json', 'w.json'],
    ] as const;
    for (const [kind, name] of kinds) {
      const result = await cli('export', file, kind, '--out', path.join(dir, name));
      expect(result.code, result.err).toBe(0);
      expect(fs.statSync(path.join(dir, name)).size).toBeGreaterThan(1000);
    }
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'w.json'), 'utf8')) as Record<string, unknown[]> & { format: string };
    expect(json.format).toBe('isms-workbook');
    expect(json.statementOfApplicability).toHaveLength(93);
    expect(json.risks).toHaveLength(60);
    expect(json.assets!.length).toBeGreaterThanOrEqual(40);
    expect(json.treatmentActions!.length).toBeGreaterThan(40);
    expect(json).toHaveProperty('riskMethod.matrix');
    expect(json).toHaveProperty('certificationPlan.stage2', '2027-04-20');
    expect(json).toHaveProperty('soc2.categories', ['security', 'availability', 'confidentiality']);
    expect(json).toHaveProperty('frameworkAdvisor.answers.customerAsk', 'iso');
  });

  it('fails clearly on bad input: unknown kind, missing --out, bad file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.isms');
    await cli('new', file);
    const unknown = await cli('export', file, 'policy-pack', '--out', path.join(dir, 'x.docx'));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/no export called "policy-pack"/);
    expect((await cli('export', file, 'soa')).err).toMatch(/--out/);
    fs.writeFileSync(path.join(dir, 'notes.isms'), 'hello');
    const notSqlite = await cli('info', path.join(dir, 'notes.isms'));
    expect(notSqlite.code).toBe(1);
    expect(notSqlite.err).toMatch(/not a database file/);
  });

  it('imports SoA decisions all-or-nothing, printing row-numbered problems', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.isms');
    await cli('new', file, '--org', 'Acme');
    const good = path.join(dir, 'good.csv');
    fs.writeFileSync(good, 'Control;Applicable;Reasons;Status;Owner\nA.5.1;Yes;Risk treatment;Implemented;CISO\n8.30;No;;;\n');
    const badJustification = await cli('import', file, 'soa', good);
    expect(badJustification.code).toBe(1);
    expect(badJustification.err).toMatch(/row 3/);

    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'Control,Status\nA.5.1,Implemented\nA.99.1,Implemented\n5.2,Finished\n');
    const before = fs.readFileSync(file);
    const result = await cli('import', file, 'soa', bad);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/row 3/);
    expect(result.err).toMatch(/row 4/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    fs.writeFileSync(good, 'Control,Applicable,Reasons,Status,Owner\nA 5.1,Yes,Risk treatment; Contractual,Implemented,CISO\n');
    const ok = await cli('import', file, 'soa', good);
    expect(ok.code, ok.err).toBe(0);
    const exported = path.join(dir, 'w.json');
    await cli('export', file, 'json', '--out', exported);
    const entry = (JSON.parse(fs.readFileSync(exported, 'utf8')) as { statementOfApplicability: { controlId: string; owner: string; reasons: string[] }[] })
      .statementOfApplicability.find((e) => e.controlId === '5.1');
    expect(entry).toMatchObject({ owner: 'CISO', reasons: ['risk-treatment', 'contractual'] });
  });

  it('imports assets and risks with guessed or given column mappings, all rows or none', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.isms');
    await cli('new', file, '--org', 'Acme');
    fs.writeFileSync(path.join(dir, 'assets.csv'), 'Name,Flavour,Owner,Classification,C,I,A\nPayroll data,Information,HR,Confidential,High,High,Medium\n');
    const guessed = await cli('import', file, 'assets', path.join(dir, 'assets.csv'));
    expect(guessed.code).toBe(1);
    expect(guessed.err).toMatch(/type/i);
    const mapped = await cli('import', file, 'assets', path.join(dir, 'assets.csv'), '--map', 'Flavour=type');
    expect(mapped.code, mapped.err).toBe(0);
    expect(mapped.out).toMatch(/Imported 1 asset: AS-001/);

    fs.writeFileSync(path.join(dir, 'risks.csv'), 'Risk;Assets;L;I;Controls\nPayroll leak;Payroll data;Likely;Major;A.5.15, 8.3\nTheft;AS-009;2;2;\n');
    const before = fs.readFileSync(file);
    const bad = await cli('import', file, 'risks', path.join(dir, 'risks.csv'), '--map', 'L=inherentLikelihood', 'I=inherentImpact');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/row 3, Assets: "AS-009"/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    fs.writeFileSync(path.join(dir, 'risks.csv'), 'Risk;Assets;L;I;Controls\nPayroll leak;Payroll data;Likely;Major;A.5.15, 8.3\n');
    const good = await cli('import', file, 'risks', path.join(dir, 'risks.csv'), '--map', 'L=inherentLikelihood', 'I=inherentImpact');
    expect(good.code, good.err).toBe(0);
    expect(good.out).toContain('R-001');
    expect(JSON.parse((await cli('info', file, '--json')).out).counts).toMatchObject({ assets: 1, risks: 1 });

    // The same files again: the asset is refused unless left out; the risk would be added twice.
    const assetAgain = await cli('import', file, 'assets', path.join(dir, 'assets.csv'), '--map', 'Flavour=type');
    expect(assetAgain.code).toBe(1);
    expect(assetAgain.err).toMatch(/row 2, Name: The workbook already has an asset named "Payroll data" \(AS-001\)/);
    const assetSkipped = await cli('import', file, 'assets', path.join(dir, 'assets.csv'), '--map', 'Flavour=type', '--skip-existing');
    expect(assetSkipped.code, assetSkipped.err).toBe(0);
    expect(assetSkipped.out).toBe('Imported no assets; left out 1 already in the workbook.');
    const riskDry = await cli('import', file, 'risks', path.join(dir, 'risks.csv'), '--map', 'L=inherentLikelihood', 'I=inherentImpact', '--dry-run');
    expect(riskDry.out).toContain('1 row has the title of risks already in the workbook (row 2 = R-001); they would be added as new risks. Use --skip-existing');
    const riskSkipped = await cli('import', file, 'risks', path.join(dir, 'risks.csv'), '--map', 'L=inherentLikelihood', 'I=inherentImpact', '--skip-existing');
    expect(riskSkipped.out).toBe('Imported no risks; left out 1 already in the workbook.');
    expect(JSON.parse((await cli('info', file, '--json')).out).counts).toMatchObject({ assets: 1, risks: 1 });
    const soa = await cli('import', file, 'soa', path.join(dir, 'assets.csv'), '--skip-existing');
    expect(soa.code).toBe(2); // the command line was wrong
    expect(soa.err).toContain('--skip-existing applies to assets and risks');
  });

  it('shows help for every command', async () => {
    for (const command of ['new', 'info', 'catalog', 'export', 'import']) {
      const help = await cli(command, '--help');
      expect(help.code).toBe(0);
      expect(help.out).toContain(`Usage: isms ${command}`);
    }
  });
});
