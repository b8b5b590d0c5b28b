import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './fixtures';
import { listRiskRegister } from '../../electron/services/risk-service';

test.describe('risk register', () => {
  test('filters the register by clicking a heat-map cell', async ({ app }) => {
    await app.start();
    const { page } = app;
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Risk register', exact: true }).click();
    await expect(page.getByText('60 risks', { exact: true })).toBeVisible();
    const cell = page.getByRole('button', { name: /^Residual risk: likelihood Unlikely, impact Moderate, \d+ risks$/ });
    const count = Number((await cell.getAttribute('aria-label'))!.match(/(\d+) risks$/)![1]);
    await cell.click();
    await expect(page.getByText(`${count} of 60 shown`)).toBeVisible();
    await cell.click();
    await expect(page.getByText('60 risks', { exact: true })).toBeVisible();
  });

  test('rescoring a risk above the acceptance criteria asks for acceptance, and the SoA shows its controls', async ({ app }) => {
    await app.start();
    const { page } = app;
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Risk register', exact: true }).click();
    await page.locator('[data-risk="R-002"]').click();
    const editor = page.getByRole('article', { name: 'Edit R-002' });
    await editor.getByLabel('Residual risk likelihood').selectOption('4');
    await editor.getByLabel('Residual risk impact').selectOption('4');
    await expect(page.locator('[data-risk="R-002"]')).toContainText(/High\s*4×4/);
    await expect(editor.getByRole('note').first()).toContainText('needs formal acceptance');

    await editor.getByLabel('Add to Annex A controls').fill('A.8.30');
    await editor.getByLabel('Add to Annex A controls').press('Enter');
    await expect(editor.locator('.chip-warning')).toContainText('A.8.30');

    await page.getByRole('button', { name: 'Statement of Applicability' }).click();
    await page.getByLabel('Search controls').fill('8.30');
    await expect(page.locator('[data-control="8.30"]').getByLabel('excluded but relied on by risks')).toBeVisible();
    await page.locator('[data-control="8.30"]').click();
    const risks = page.getByRole('region', { name: 'Risks treated by this control' });
    await expect(risks).toContainText('R-002');
    await expect(risks.getByRole('note')).toContainText('yet it is excluded');

    const stored = listRiskRegister(app.session.context()).find((r) => r.ref === 'R-002')!;
    expect(stored).toMatchObject({ residualLikelihood: 4, residualImpact: 4, residualLevel: 'high' });
    expect(stored.controlIds).toContain('8.30');
  });

  test('imports risks from a CSV through the mapping screen: problems first, then all rows', async ({ app }) => {
    await app.start({ sample: false });
    const { page } = app;
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Risk register', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'No risks yet' })).toBeVisible();

    const csv = path.join(app.dir, 'register.csv');
    fs.writeFileSync(
      csv,
      '\uFEFFRisk;Owner;Likelihood;Impact;Treatment;Controls;Description\n' +
        'Laptop stolen from a car;IT Lead;Likely;Major;Mitigate;"A.8.1, 8.24";"Unencrypted disk\nwould expose customer data"\n' +
        'Supplier outage;CTO;2;5;Transfer;A 5.19;\n' +
        'Weak passwords;IT Lead;9;3;Reduce;5.17;\n',
    );
    app.dialogs.importFile = csv;
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import risks' });
    await expect(dialog.getByLabel('Field for column Risk')).toHaveValue('title');
    await expect(dialog.getByLabel('Field for column Likelihood')).toHaveValue('inherentLikelihood');
    await expect(dialog.getByRole('region', { name: 'Problems' })).toContainText('Row 4');
    await expect(dialog.getByRole('button', { name: 'Import 3 rows' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(listRiskRegister(app.session.context())).toEqual([]);

    fs.writeFileSync(csv, fs.readFileSync(csv, 'utf8').replace('Weak passwords;IT Lead;9;3', 'Weak passwords;IT Lead;3;3'));
    await page.getByRole('button', { name: 'Import…' }).click();
    await expect(dialog.getByText('No problems: 3 rows are ready to import.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Import 3 rows' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 3 risks' })).toBeVisible();
    await expect(page.locator('[data-risk]')).toHaveCount(3);
    await expect(page.locator('[data-risk="R-001"]')).toContainText(/High\s*4×4/);
    const imported = listRiskRegister(app.session.context());
    expect(imported.map((r) => [r.ref, r.treatment, r.controlIds.join(' ')])).toEqual([
      ['R-001', 'modify', '8.1 8.24'],
      ['R-002', 'share', '5.19'],
      ['R-003', 'modify', '5.17'],
    ]);
    expect(imported[0]!.description).toBe('Unencrypted disk\nwould expose customer data');

    // Edit an imported risk, then find the edit in the exported risk assessment report.
    await page.locator('[data-risk="R-002"]').click();
    const editor = page.getByRole('article', { name: 'Edit R-002' });
    await editor.getByLabel('Title').fill('Payment processor outage stops supplier payments (e2e marker 5K2)');
    await editor.getByLabel('Title').press('Enter');
    await expect(page.locator('[data-risk="R-002"]')).toContainText('e2e marker 5K2');
    app.dialogs.exportPath = path.join(app.dir, 'report.docx');
    await page.getByRole('button', { name: 'Export report' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Exported report.docx' })).toBeVisible();
    const entries = unzipSync(new Uint8Array(fs.readFileSync(app.dialogs.exportPath)));
    const xml = strFromU8(entries['word/document.xml']!);
    expect(xml).toContain('e2e marker 5K2');
    expect(xml).toContain('Laptop stolen from a car');
  });

  test('imports an updated copy of the register: rows already in it are left out unless the user keeps them', async ({ app }) => {
    await app.start({ sample: false });
    const { page } = app;
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Risk register', exact: true }).click();
    const csv = path.join(app.dir, 'register.csv');
    const first = 'Risk,Owner\nLaptop stolen from a car,IT Lead\nSupplier outage,CTO\n';
    fs.writeFileSync(csv, first);
    app.dialogs.importFile = csv;
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import risks' });
    await expect(dialog.getByRole('region', { name: 'Already in the workbook' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Import 2 rows' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 2 risks.' })).toBeVisible();

    // The client's updated copy: both old rows (one retyped in capitals) and a new one.
    fs.writeFileSync(csv, first.replace('Supplier outage', 'SUPPLIER OUTAGE') + 'Ransomware on the file server,IT Lead\n');
    await page.getByRole('button', { name: 'Import…' }).click();
    const existing = dialog.getByRole('region', { name: 'Already in the workbook' });
    await expect(existing).toContainText('2 rows have the titles of risks already in the register');
    await expect(existing).toContainText('Row 3: “SUPPLIER OUTAGE” is R-002');
    const leaveOut = existing.getByLabel('Leave these rows out');
    await expect(leaveOut).toBeChecked();
    await expect(dialog.getByText('No problems: 1 row is ready to import, 2 left out.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Import 1 row', exact: true })).toBeEnabled();

    await leaveOut.uncheck();
    await expect(existing).toContainText('They will be added as new risks');
    await expect(dialog.getByRole('button', { name: 'Import 3 rows' })).toBeEnabled();
    await leaveOut.check();
    await dialog.getByRole('button', { name: 'Import 1 row', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1 risk; left out 2 already in the workbook.' })).toBeVisible();
    expect(listRiskRegister(app.session.context()).map((r) => `${r.ref} ${r.title}`)).toEqual([
      'R-001 Laptop stolen from a car',
      'R-002 Supplier outage',
      'R-003 Ransomware on the file server',
    ]);

    // Nothing new at all: the import has nothing to do, and says so.
    await page.getByRole('button', { name: 'Import…' }).click();
    await expect(existing).toContainText('3 rows have the titles of risks already in the register');
    await expect(dialog.getByRole('button', { name: 'Nothing new to import' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  test('an asset inventory imported twice: names already in it are problems until left out', async ({ app }) => {
    await app.start({ sample: false });
    const { page } = app;
    await app.go('Assets');
    const csv = path.join(app.dir, 'assets.csv');
    fs.writeFileSync(csv, 'Name,Type\nCRM,Software\n');
    app.dialogs.importFile = csv;
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import assets' });
    await dialog.getByRole('button', { name: 'Import 1 row', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1 asset.' })).toBeVisible();

    fs.writeFileSync(csv, 'Name,Type\ncrm,Software\nPayroll system,Software\n');
    await page.getByRole('button', { name: 'Import…' }).click();
    const existing = dialog.getByRole('region', { name: 'Already in the workbook' });
    await expect(existing).toContainText('1 row names an asset already in the inventory');
    await existing.getByLabel('Leave these rows out').uncheck();
    await expect(dialog.getByRole('region', { name: 'Problems' })).toContainText('already has an asset named "crm" (AS-001)');
    await expect(dialog.getByRole('button', { name: 'Import 2 rows' })).toBeDisabled();
    await existing.getByLabel('Leave these rows out').check();
    await expect(dialog.getByText('No problems: 1 row is ready to import, 1 left out.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Import 1 row', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1 asset; left out 1 already in the workbook.' })).toBeVisible();
  });
});
