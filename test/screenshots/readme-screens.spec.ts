// Screenshots for the README: `npm run screenshots` (not part of `npm test`).
import { test, expect } from '../e2e/fixtures';

const out = (name: string) => `docs/screenshots/${name}.png`;

test('README screenshots', async ({ app }) => {
  await app.start();
  const { page } = app;
  await page.locator('[data-control="5.7"]').click();
  await page.locator('[data-control="5.8"]').getByRole('checkbox').check();
  await page.locator('[data-control="5.9"]').getByRole('checkbox').check();
  await expect(page.getByRole('region', { name: 'Bulk edit' })).toBeVisible();
  await page.screenshot({ path: out('soa-screen') });

  await page.getByRole('button', { name: 'Clear selection' }).click();
  await page.getByLabel('Filter by status').selectOption('not-applicable');
  await page.locator('[data-control="7.12"]').click();
  await page.screenshot({ path: out('soa-exclusions') });

  await page.getByRole('button', { name: 'Document control' }).click();
  await expect(page.getByTestId('doc-version')).toHaveText('1.2');
  await page.screenshot({ path: out('document-control') });

  await page.getByRole('button', { name: 'Risk register' }).click();
  await page.locator('[data-risk="R-006"]').click();
  await page.screenshot({ path: out('risk-register') });

  await page.getByRole('button', { name: 'Risk method' }).click();
  await expect(page.getByRole('heading', { name: 'Risk method' })).toBeVisible();
  await page.screenshot({ path: out('risk-method') });

  await page.getByRole('button', { name: 'Treatment plan' }).click();
  await expect(page.getByRole('heading', { name: 'Treatment plan' })).toBeVisible();
  await page.screenshot({ path: out('treatment-plan') });

  await page.getByRole('button', { name: 'Documents and policies' }).click();
  await expect(page.getByRole('heading', { name: 'Documents and policies' })).toBeVisible();
  await page.screenshot({ path: out('documents') });

  await page.getByRole('button', { name: 'Internal audit' }).click();
  await expect(page.getByRole('heading', { name: 'Internal audit' }).first()).toBeVisible();
  await page.screenshot({ path: out('internal-audit') });

  await page.getByRole('button', { name: 'Close workbook' }).click();
  await expect(page.getByRole('heading', { name: 'ISMS Workbook' })).toBeVisible();
  await page.screenshot({ path: out('start-screen') });
});
