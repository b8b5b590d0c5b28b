import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const SOA = 'Statement of Applicability';

async function openSoa(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: SOA, exact: true }).click();
}

function documentXml(file: string): string {
  const entries = unzipSync(new Uint8Array(fs.readFileSync(file)));
  return strFromU8(entries['word/document.xml']!);
}

test.describe('Statement of Applicability screen', () => {
  test('shows all 93 controls grouped by theme with progress at a glance', async ({ app }) => {
    await app.start({ screen: SOA });
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Statement of Applicability' })).toBeVisible();
    await expect(page.locator('[data-control]')).toHaveCount(93);
    for (const theme of ['5 Organizational controls', '6 People controls', '7 Physical controls', '8 Technological controls']) {
      await expect(page.getByRole('row', { name: new RegExp(theme) })).toBeVisible();
    }
    await expect(page.getByTestId('implemented-percent')).toContainText('%');
    await expect(page.locator('.progress-figures')).toContainText('3excluded');
  });

  test('edits a control, finds the edit in the exported Word file, and keeps it after a restart', async ({ app }) => {
    const file = await app.start({ screen: SOA });
    const { page } = app;
    await page.getByLabel('Search controls').fill('5.23');
    await expect(page.locator('[data-control]')).toHaveCount(1);
    await page.locator('[data-control="5.23"]').click();

    const editor = page.getByRole('article', { name: 'Edit A.5.23' });
    const marker = 'Cloud services are approved by the Security Forum and reviewed every quarter (e2e marker 7Q4).';
    const implementation = editor.getByLabel('How it is implemented');
    await implementation.fill(marker);
    await editor.getByLabel('Owner').click();
    await editor.getByLabel('Implementation status').selectOption('partial');
    await expect(page.locator('[data-control="5.23"]')).toContainText('Partially implemented');

    app.dialogs.exportPath = path.join(app.dir, 'soa.docx');
    await page.getByRole('button', { name: 'Export Word' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Exported soa.docx' })).toBeVisible();
    const xml = documentXml(app.dialogs.exportPath);
    expect(xml).toContain('e2e marker 7Q4');
    expect(xml).toContain('Northwind Ledger Ltd');

    // A restart: the workbook is closed and opened again, the window reloaded.
    app.session.close();
    await app.session.open(file);
    await page.reload();
    await openSoa(page);
    await page.locator('[data-control="5.23"]').click();
    await expect(page.getByRole('article', { name: 'Edit A.5.23' }).getByLabel('How it is implemented')).toHaveValue(marker);
  });

  test('requires a justification before a control can be excluded', async ({ app }) => {
    await app.start({ screen: SOA });
    const { page } = app;
    await page.locator('[data-control="7.4"]').click();
    const editor = page.getByRole('article', { name: 'Edit A.7.4' });
    await editor.getByRole('button', { name: 'Not applicable' }).click();
    const exclude = editor.getByRole('button', { name: 'Exclude control' });
    await expect(exclude).toBeDisabled();
    await editor.getByLabel(/Justification for exclusion/).fill('No premises of our own: staff work remotely and the data centre is the cloud provider’s.');
    await exclude.click();
    await expect(page.locator('[data-control="7.4"]')).toContainText('Not applicable');
    await expect(page.locator('.progress-figures')).toContainText('4excluded');
  });

  test('moves with the keyboard, bulk-edits a selection, and undoes it', async ({ app }) => {
    await app.start({ screen: SOA });
    const { page } = app;
    await page.locator('[data-control="5.1"]').click();
    await page.getByTestId('soa-table').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect(page.locator('[data-control="5.2"]')).toHaveClass(/focused/);
    await expect(page.getByRole('region', { name: 'Bulk edit' })).toContainText('2 selected');

    await page.getByLabel('Set status of selected').selectOption('planned');
    await expect(page.locator('[data-control="5.1"]')).toContainText('Planned');
    await expect(page.locator('[data-control="5.2"]')).toContainText('Planned');

    await page.getByTestId('soa-table').focus();
    await page.keyboard.press('Control+z');
    await expect(page.locator('[data-control="5.1"]')).toContainText('Implemented');
    await expect(page.locator('[data-control="5.2"]')).toContainText('Implemented');
  });

  test('filters by status and owner, and shows a clear empty state', async ({ app }) => {
    await app.start({ screen: SOA });
    const { page } = app;
    await page.getByLabel('Filter by status').selectOption('not-applicable');
    await expect(page.locator('[data-control]')).toHaveCount(3);
    await page.getByLabel('Search controls').fill('zzz-no-such-control');
    await expect(page.getByRole('heading', { name: 'No controls match' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.locator('[data-control]')).toHaveCount(93);
  });
});

test.describe('workbook files', () => {
  test('closes to the start screen, refuses a bad file clearly, and opens a workbook', async ({ app }) => {
    const file = await app.start();
    const { page } = app;
    await page.getByRole('button', { name: 'Close workbook' }).click();
    await expect(page.getByRole('heading', { name: 'ISMS Workbook' })).toBeVisible();

    const notes = path.join(app.dir, 'notes.isms');
    fs.writeFileSync(notes, 'just some notes');
    app.dialogs.openWorkbook = notes;
    await page.getByRole('button', { name: 'Open…' }).click();
    await expect(page.locator('.error-box')).toContainText('not a database file');
    expect(fs.readFileSync(notes, 'utf8')).toBe('just some notes');

    app.dialogs.openWorkbook = file;
    await page.getByRole('button', { name: 'Open…' }).click();
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
    await openSoa(page);
    await expect(page.locator('[data-control]')).toHaveCount(93);
    await expect(page).toHaveTitle('Northwind Ledger Ltd — sample.isms — ISMS Workbook');
  });

  test('creates a new blank workbook with every control awaiting a decision', async ({ app }) => {
    await app.start();
    const { page } = app;
    await page.getByRole('button', { name: 'Close workbook' }).click();
    app.dialogs.saveWorkbook = path.join(app.dir, 'Acme Widgets.isms');
    await page.getByRole('button', { name: 'New workbook…' }).click();
    await expect(page).toHaveTitle('Acme Widgets — Acme Widgets.isms — ISMS Workbook');
    await openSoa(page);
    await expect(page.locator('[data-control]')).toHaveCount(93);
    await expect(page.getByRole('button', { name: '93 need attention' })).toBeVisible();
  });
});

test.describe('SoA import', () => {
  test('imports decisions from CSV, and lists row-numbered problems without changing anything', async ({ app }) => {
    await app.start({ sample: false, screen: SOA });
    const { page } = app;
    const bad = path.join(app.dir, 'bad.csv');
    fs.writeFileSync(bad, 'Control;Status;Owner\nA.5.1;Implemented;CISO\nA.5.99;Implemented;CISO\n');
    app.dialogs.importFile = bad;
    await page.getByRole('button', { name: 'Import…' }).click();
    await expect(page.getByRole('alert')).toContainText('Row 3');
    await expect(page.locator('[data-control="5.1"]')).toContainText('Not started');

    const good = path.join(app.dir, 'good.csv');
    fs.writeFileSync(good, '\uFEFFControl,Applicable,Reasons,Status,Owner\n"A 5.1",Yes,"Risk treatment; Contractual",Implemented,CISO\n');
    app.dialogs.importFile = good;
    await page.getByRole('button', { name: 'Import…' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1 row into' })).toBeVisible();
    await expect(page.locator('[data-control="5.1"]')).toContainText('Implemented');
    await expect(page.locator('[data-control="5.1"]')).toContainText('CISO');
  });
});
