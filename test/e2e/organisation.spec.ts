import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { test, expect } from './fixtures';

test.describe('organisation and document control', () => {
  test('renames the organisation, sets a logo, and both reach the title bar and the Word export', async ({ app }) => {
    await app.start({ sample: false });
    const { page } = app;
    await app.go('Organisation');
    const legalName = page.getByLabel('Legal name');
    await legalName.fill('Harbour Analytics Ltd');
    await legalName.press('Enter');
    await expect(page).toHaveTitle('Harbour Analytics Ltd — blank.isms — ISMS Workbook');

    await page.locator('input[type="file"]').setInputFiles(path.resolve('test/fixtures/logo.png'));
    await expect(page.getByRole('img', { name: 'Organisation logo' })).toBeVisible();

    await page.getByLabel('Default classification of exported documents').selectOption('Confidential');
    app.dialogs.exportPath = path.join(app.dir, 'soa.docx');
    await page.getByRole('button', { name: 'Statement of Applicability' }).click();
    await page.getByRole('button', { name: 'Export Word' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Exported soa.docx' })).toBeVisible();
    const entries = unzipSync(new Uint8Array(fs.readFileSync(app.dialogs.exportPath)));
    const media = Object.keys(entries).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const xml = new TextDecoder().decode(entries['word/document.xml']);
    expect(xml).toContain('Harbour Analytics Ltd');
    expect(xml).toContain('Confidential');
  });

  test('refuses an invalid profile value with a clear message and keeps the old one', async ({ app }) => {
    await app.start({ sample: false });
    const { page } = app;
    await app.go('Organisation');
    const legalName = page.getByLabel('Legal name');
    await legalName.fill('   ');
    await legalName.press('Enter');
    await expect(page.getByRole('alert')).toContainText('legal name is required');
    await expect(page).toHaveTitle(/^Blank Test Ltd/);
  });

  test('issues a new SoA version, sends it for review, and records the approval', async ({ app }) => {
    await app.start();
    const { page } = app;
    await app.go('Document control');
    await page.getByPlaceholder('What changed in this version').fill('Annual review of every control with its owner.');
    await page.getByRole('button', { name: 'Issue version 1.3' }).click();
    await expect(page.getByTestId('doc-version')).toHaveText('1.3');
    await expect(page.getByLabel('Status')).toHaveValue('in-review');
    await page.getByLabel('Status').selectOption('approved');
    await expect(page.getByRole('row', { name: /1\.3.*Annual review/ })).toBeVisible();

    await app.go('Activity');
    await expect(page.getByRole('cell', { name: 'New version' }).first()).toBeVisible();
  });
});
