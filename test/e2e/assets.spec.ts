import { listAssetInventory, createAsset } from '../../electron/services/asset-service';
import { createRisk } from '../../electron/services/risk-service';
import { assetInput, riskInput } from '../fixtures/risk-records';
import { test, expect } from './fixtures';

test.describe('Assets screen', () => {
  test('creates an asset from the empty inventory, edits its owner, and the edit reaches the workbook', async ({ app }) => {
    await app.start({ sample: false });
    const { page } = app;
    await app.go('Assets');
    await expect(page.getByRole('heading', { name: 'No assets yet' })).toBeVisible();

    await page.getByRole('button', { name: 'New asset' }).click();
    await page.getByLabel('Name of the new asset').fill('Customer ledger database');
    await page.getByLabel('Name of the new asset').press('Enter');

    const editor = page.getByRole('article', { name: 'Edit AS-001' });
    await expect(editor.getByRole('heading', { name: 'Customer ledger database' })).toBeVisible();
    await expect(editor.getByLabel('Type')).toBeFocused();
    await editor.getByLabel('Owner').fill('Head of Engineering');
    await editor.getByLabel('Owner').press('Enter');
    await editor.getByLabel('Confidentiality').selectOption('3');
    await editor.getByLabel('Classification').selectOption('Confidential');

    const row = page.locator('[data-asset="AS-001"]');
    await expect(row).toContainText('Head of Engineering');
    await expect(row).toContainText('Confidential');
    await expect(page.getByTestId('asset-count')).toHaveText('1 asset');
    await expect
      .poll(() => listAssetInventory(app.session.context()).map((a) => [a.ref, a.name, a.owner, a.confidentiality, a.classification]))
      .toEqual([['AS-001', 'Customer ledger database', 'Head of Engineering', 3, 'Confidential']]);
  });

  test('searches, filters and sorts a seeded inventory, moves with the keyboard, and deletes with a warning about linked risks', async ({ app }) => {
    await app.start({ sample: false });
    const ctx = app.session.context();
    const db = createAsset(ctx, assetInput({ name: 'Customer database', owner: 'CTO', classification: 'Confidential', confidentiality: 3 }));
    createAsset(ctx, assetInput({ name: 'Staff laptops', type: 'hardware', owner: 'IT Lead', classification: 'Internal' }));
    createAsset(ctx, assetInput({ name: 'Payroll service', type: 'service', owner: 'Finance Director', location: 'Sage cloud' }));
    createRisk(ctx, riskInput({ title: 'Ransomware encrypts customer data', assetIds: [db.id] }));
    createRisk(ctx, riskInput({ title: 'Insider exports the customer list', assetIds: [db.id] }));
    const { page } = app;
    await page.reload();
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    await app.go('Assets');
    await expect(page.locator('[data-asset]')).toHaveCount(3);

    await page.getByLabel('Search assets').fill('sage');
    await expect(page.locator('[data-asset]')).toHaveCount(1);
    await expect(page.locator('[data-asset="AS-003"]')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Filter by type').selectOption('hardware');
    await expect(page.locator('[data-asset]')).toHaveText([/Staff laptops/]);
    await page.getByLabel('Filter by type').selectOption('all');

    await page.getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
    await expect(page.locator('[data-asset]')).toHaveText([/Customer database/, /Payroll service/, /Staff laptops/]);
    await page.getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
    await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
    await expect(page.locator('[data-asset]').first()).toContainText('Staff laptops');

    await page.locator('[data-asset="AS-002"]').click();
    await page.keyboard.press('End');
    await expect(page.locator('[data-asset="AS-001"]')).toHaveClass(/focused/);
    await expect(page.locator('[data-asset="AS-001"]')).toContainText('2');
    const editor = page.getByRole('article', { name: 'Edit AS-001' });
    await expect(editor.getByRole('region', { name: 'Related risks' })).toContainText('Ransomware encrypts customer data');

    await editor.getByRole('button', { name: 'Delete asset…' }).click();
    await expect(editor.getByRole('alertdialog')).toContainText('2 risks will lose their link to it');
    await editor.getByRole('button', { name: 'Delete asset', exact: true }).click();
    await expect(page.locator('[data-asset]')).toHaveCount(2);
    await expect.poll(() => listAssetInventory(app.session.context()).map((a) => a.ref)).toEqual(['AS-002', 'AS-003']);
  });
});
