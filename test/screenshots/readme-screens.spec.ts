// Screenshots for the README: `npm run screenshots` (not part of `npm test`).
import { test, expect } from '../e2e/fixtures';

const out = (name: string) => `docs/screenshots/${name}.png`;

test('README screenshots', async ({ app }) => {
  await app.start();
  const { page } = app;
  await expect(page.getByTestId('readiness-score')).toBeVisible();
  await expect(page.getByTestId('cycle-timeline')).toBeVisible();
  await page.waitForTimeout(500);
  await page.screenshot({ path: out('dashboard') });

  await app.go('Stage 1 readiness');
  await expect(page.getByRole('heading', { name: 'Stage 1 readiness', level: 1 })).toBeVisible();
  await page.waitForTimeout(300);
  await page.screenshot({ path: out('readiness') });

  await app.go('Stage 1 package');
  await expect(page.getByRole('heading', { name: 'Stage 1 package', level: 1 })).toBeVisible();
  await page.waitForTimeout(300);
  await page.screenshot({ path: out('stage1-package') });

  await app.go('SOC 2 readiness');
  await expect(page.getByRole('heading', { name: 'SOC 2 readiness', level: 1 })).toBeVisible();
  await page.waitForTimeout(300);
  await page.screenshot({ path: out('soc2-readiness') });

  await app.go('SOC 2 or ISO first?');
  await page.waitForTimeout(500);
  await page.screenshot({ path: out('advisor') });

  await app.go('Statement of Applicability');
  await page.locator('[data-control="5.7"]').click();
  await page.locator('[data-control="5.8"]').getByRole('checkbox').check();
  await page.locator('[data-control="5.9"]').getByRole('checkbox').check();
  await expect(page.getByRole('region', { name: 'Bulk edit' })).toBeVisible();
  await page.screenshot({ path: out('soa-screen') });

  await page.getByRole('button', { name: 'Clear selection' }).click();
  await page.getByLabel('Filter by status').selectOption('not-applicable');
  await page.locator('[data-control="7.12"]').click();
  await page.screenshot({ path: out('soa-exclusions') });

  await app.go('Document control');
  await expect(page.getByTestId('doc-version')).toHaveText('1.2');
  await page.screenshot({ path: out('document-control') });

  await app.go('Risk register');
  await page.locator('[data-risk="R-006"]').click();
  await page.screenshot({ path: out('risk-register') });

  await app.go('Risk method');
  await expect(page.getByRole('heading', { name: 'Risk method' })).toBeVisible();
  await page.screenshot({ path: out('risk-method') });

  await app.go('Treatment plan');
  await expect(page.getByRole('heading', { name: 'Treatment plan' })).toBeVisible();
  await page.screenshot({ path: out('treatment-plan') });

  await app.go('Documents and policies');
  await expect(page.getByRole('heading', { name: 'Documents and policies' })).toBeVisible();
  await page.screenshot({ path: out('documents') });

  await app.go('Internal audit');
  await expect(page.getByRole('heading', { name: 'Internal audit' }).first()).toBeVisible();
  await page.screenshot({ path: out('internal-audit') });

  await page.getByRole('button', { name: 'Close workbook' }).click();
  await expect(page.getByRole('heading', { name: 'ISMS Workbook' })).toBeVisible();
  await page.screenshot({ path: out('start-screen') });
});
