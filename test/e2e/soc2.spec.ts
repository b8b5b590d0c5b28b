import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { seedSampleSoc2 } from '../../electron/services/sample/soc2-sample';
import { readSoc2Readiness, readSoc2Scope } from '../../electron/services/soc2-service';
import { inTransaction } from '../../electron/services/workbook-context';
import { test, expect, type AppFixture } from './fixtures';

const SOC2 = 'SOC 2 readiness';

/** The sample with its SOC 2 scope (Security, Availability, Confidentiality), on the SOC 2 readiness screen. */
async function openSample(app: AppFixture) {
  await app.start();
  const ctx = app.session.context();
  // Idempotent, so it holds whether or not the sample organisation seeds the scope itself.
  inTransaction(ctx, () => seedSampleSoc2(ctx));
  await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: SOC2, exact: true }).click();
  await expect(app.page.getByRole('heading', { name: SOC2, level: 1 })).toBeVisible();
}

test.describe('SOC 2 readiness screen', () => {
  test('adds Privacy to the scope, confirms a practice beyond ISO, and follows a change made in the SoA', async ({ app }) => {
    await openSample(app);
    const { page } = app;
    const criteria = page.locator('[data-criterion]');
    await expect(page.getByTestId('soc2-overall')).toHaveText('89%');
    await expect(criteria).toHaveCount(38);
    const scope = page.getByRole('group', { name: 'Trust Services Categories in scope' });
    await expect(scope.getByLabel('Security (common criteria)')).toBeChecked();
    await expect(scope.getByLabel('Security (common criteria)')).toBeDisabled();
    await expect(scope.getByLabel('Availability')).toBeChecked();
    await expect(scope.getByLabel('Privacy')).not.toBeChecked();
    await expect(page.locator('[data-criterion="P1.1"]')).toHaveCount(0);

    await scope.getByLabel('Privacy').check();
    await expect(criteria).toHaveCount(56);
    const withPrivacy = readSoc2Readiness(app.session.context());
    expect(readSoc2Scope(app.session.context())).toEqual({ categories: ['availability', 'confidentiality', 'privacy'] });
    await expect(page.getByTestId('soc2-overall')).toHaveText(`${withPrivacy.overall}%`);
    expect(withPrivacy.overall).toBeLessThan(89);
    await expect(page.getByRole('list', { name: 'Readiness by category' }).locator('[data-category="privacy"]')).toContainText(
      `${withPrivacy.byCategory.find((b) => b.category === 'privacy')!.readiness}%`,
    );

    const notice = page.locator('[data-criterion="P1.1"]');
    await expect(notice).toContainText('50%');
    await expect(notice).toContainText('Partly ready');
    await notice.click();
    const detail = page.getByRole('article', { name: 'P1.1 Privacy notice to individuals' });
    await expect(detail.getByRole('region', { name: 'What to add' })).toContainText('Put in place what SOC 2 expects beyond the ISO controls');
    await expect(detail.getByRole('region', { name: 'Beyond the ISO controls' })).toContainText('A privacy notice, current and easy to find');
    await detail.getByLabel('In place, and we can show evidence of it').check();
    await expect(notice).toContainText('100%');
    await expect(notice).toContainText('Ready');
    await expect(detail.getByRole('region', { name: 'What to add' })).toContainText('Nothing: every mapped control is implemented');
    await expect(page.getByTestId('soc2-overall')).toHaveText(`${readSoc2Readiness(app.session.context()).overall}%`);

    // C1.1 waits on A.8.11 Data masking, which the sample has only planned.
    const confidential = page.locator('[data-criterion="C1.1"]');
    await expect(confidential.getByTestId('criterion-readiness')).toHaveText('71%');
    await confidential.getByRole('button', { name: 'A.8.11' }).click();
    await expect(page.getByRole('heading', { name: 'Statement of Applicability', level: 1 })).toBeVisible();
    await page.getByLabel('Search controls').fill('8.11');
    const editor = page.getByRole('article', { name: 'Edit A.8.11' });
    await editor.getByLabel('Implementation status').selectOption('implemented');
    await expect.poll(() => readSoc2Readiness(app.session.context()).criteria.find((c) => c.id === 'C1.1')!.readiness).toBe(83);

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: SOC2, exact: true }).click();
    await expect(confidential.getByTestId('criterion-readiness')).toHaveText('83%');
    await expect(page.getByTestId('soc2-overall')).toHaveText(`${readSoc2Readiness(app.session.context()).overall}%`);
  });

  test('works from the controls side, filters to gaps, answers the keyboard and exports the Word file', async ({ app }) => {
    await openSample(app);
    const { page } = app;

    await page.getByRole('button', { name: 'By control', exact: true }).click();
    const controls = page.locator('[data-control]');
    await expect(controls.first()).toBeVisible();
    const threat = page.locator('[data-control="5.7"]');
    await expect(threat).toContainText('Partially implemented');
    await expect(threat).toContainText('CC2.1');
    await threat.click();
    const control = page.getByRole('article', { name: 'A.5.7 Threat intelligence' });
    await expect(control).toContainText('Finish A.5.7 Threat intelligence (partially implemented)');
    await control.getByRole('button', { name: 'Show CC3.4 Assessing significant changes' }).click();
    await expect(page.getByRole('button', { name: 'By criterion', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-criterion="CC3.4"]')).toHaveAttribute('aria-selected', 'true');

    await page.getByLabel('Gaps only').check();
    const notReady = readSoc2Readiness(app.session.context()).criteria.filter((c) => c.status !== 'ready');
    await expect(page.locator('[data-criterion]')).toHaveCount(notReady.length);
    await expect(page.locator('[data-criterion]').filter({ hasText: /Ready$/ })).toHaveCount(0);
    await page.getByRole('list', { name: 'Readiness by category' }).locator('[data-category="availability"]').click();
    await expect(page.locator('[data-criterion]')).toHaveCount(notReady.filter((c) => c.category === 'availability').length);
    await page.getByLabel('Search SOC 2 readiness').fill('no such thing anywhere');
    await expect(page.getByRole('heading', { name: 'No criterion matches' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(page.locator('[data-criterion]')).toHaveCount(38);

    const grid = page.getByTestId('soc2-criteria');
    await page.locator('[data-criterion="CC1.1"]').click();
    await grid.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('[data-criterion="CC1.2"]')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('End');
    await expect(page.locator('[data-criterion="C1.2"]')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('article', { name: 'C1.2 Disposal of confidential information' })).toBeFocused();

    const file = path.join(app.dir, 'soc2.docx');
    app.dialogs.exportPath = file;
    await page.getByRole('button', { name: 'Export to Word' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Exported soc2.docx' })).toBeVisible();
    const xml = strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']!);
    expect(xml).toContain('SOC 2 Readiness from the ISO 27001 Control Set');
    expect(xml).toContain('Security (common criteria), Availability, Confidentiality');
    expect(xml).toContain('>89%<');
  });

  test('says plainly on a new workbook that nothing counts yet, and where to start', async ({ app }) => {
    await app.start({ sample: false, screen: SOC2 });
    const { page } = app;
    await expect(page.getByTestId('soc2-overall')).toHaveText('0%');
    await expect(page.getByRole('note')).toContainText('Nothing counts towards SOC 2 yet');
    await page.getByLabel('Gaps only').check();
    await expect(page.locator('[data-criterion]')).toHaveCount(33);
    await page.getByRole('note').getByRole('button', { name: 'Open the Statement of Applicability' }).click();
    await expect(page.getByRole('heading', { name: 'Statement of Applicability', level: 1 })).toBeVisible();
  });
});
