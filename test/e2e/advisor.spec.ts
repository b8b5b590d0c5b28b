import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { readAdvisor } from '../../electron/services/advisor-service';
import { test, expect } from './fixtures';

const SCREEN = 'SOC 2 or ISO first?';

test.describe('Framework advisor', () => {
  test('recommends from the answers, follows a changed answer, keeps an edited cost across a reload and exports the memo', async ({ app }) => {
    await app.start({ sample: false, screen: SCREEN });
    const { page } = app;
    const question = (name: string) => page.getByRole('group', { name });
    const panel = page.getByRole('region', { name: 'Recommendation' });
    const exportButton = page.getByRole('button', { name: 'Export memo' });

    await expect(panel).toContainText('Answer these first');
    await expect(panel.getByRole('button')).toHaveCount(6);
    await expect(exportButton).toBeDisabled();

    await question('Where are your buyers?').getByLabel('United States').check();
    await question('Do you sell to regulated buyers?').getByLabel('None of these').check();
    await question('How soon do buyers need a trust signal?').getByLabel('In 3 to 6 months').check();
    await question('What should the assurance cover?').getByLabel('One product or service').check();
    await question('What do customers and RFPs ask for?').getByLabel('A SOC 2 Type 2 report').check();
    await expect(panel.getByRole('button')).toHaveText(['What stage is the company at?']);

    // The last answer by keyboard: the link to the open question focuses it, Space picks the first option.
    await panel.getByRole('button', { name: 'What stage is the company at?' }).click();
    await expect(question('What stage is the company at?').getByLabel('Pre-seed or seed')).toBeFocused();
    await page.keyboard.press('Space');

    const headline = page.getByTestId('advisor-headline');
    await expect(headline).toHaveText('SOC 2 first: a Type 1 report now, then Type 2');
    const reasons = panel.getByRole('list', { name: 'Reasons' }).getByRole('listitem');
    await expect(reasons).toHaveCount(7);
    await expect(reasons.filter({ hasText: 'What do customers and RFPs ask for?' })).toContainText('ask for a SOC 2 Type 2 report by name');
    await expect(panel.locator('[data-step]')).toHaveCount(3);
    await expect(exportButton).toBeEnabled();

    // Buyers in the UK and Europe instead of the US, asked for a certificate: ISO 27001 first.
    await question('Where are your buyers?').getByLabel('United Kingdom').check();
    await question('Where are your buyers?').getByLabel('Europe (EU and EEA)').check();
    await question('Where are your buyers?').getByLabel('United States').uncheck();
    await question('What do customers and RFPs ask for?').getByLabel('An ISO 27001 (ISMS) certificate').check();
    await expect(headline).toHaveText('ISO 27001 first: certify the ISMS');
    await expect(panel.locator('[data-step]')).toHaveCount(3);
    await expect(panel.locator('[data-step="iso-certification"]')).toBeVisible();
    await expect(reasons.filter({ hasText: 'Where are your buyers?' })).toContainText('United Kingdom and Europe (EU and EEA) recognise');

    // An edited cost flows into the plan; an impossible one is refused with a message.
    const isoCost = page.locator('[data-figure="isoCost"]');
    await isoCost.getByLabel('ISO 27001: first certification: lower end').fill('40k');
    await isoCost.getByLabel('ISO 27001: first certification: upper end').fill('30,000');
    await isoCost.getByLabel('ISO 27001: first certification: upper end').press('Enter');
    await expect(isoCost.getByRole('alert')).toHaveText('The upper end must not be below the lower end');
    await isoCost.getByLabel('ISO 27001: first certification: upper end').fill('90000');
    await isoCost.getByLabel('ISO 27001: first certification: upper end').press('Enter');
    await expect(isoCost.getByRole('alert')).toHaveCount(0);
    await expect(isoCost).toContainText('Edited by you');
    await expect(page.getByTestId('plan-cost-iso-certification')).toContainText(/40K.*90K/i);
    // Recertification is 50–70% of the first certification: $20k–$63k.
    await expect(page.getByTestId('plan-cost-iso-recertification')).toContainText(/20K.*63K/i);
    await expect(page.getByTestId('plan-cost-iso-certification')).toContainText('edited by you');
    expect(readAdvisor(app.session.context()).figures.isoCost).toEqual({ low: 40_000, high: 90_000, plus: true });

    await page.reload();
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: SCREEN, exact: true }).click();
    await expect(headline).toHaveText('ISO 27001 first: certify the ISMS');
    await expect(page.getByTestId('plan-cost-iso-certification')).toContainText(/40K.*90K/i);
    await expect(question('What should the assurance cover?').getByLabel('One product or service')).toBeChecked();
    await expect(page.locator('[data-figure="isoCost"]')).toContainText('Edited by you');

    // Reset the other way round: a reset figure is a typical range again.
    await page.locator('[data-figure="soc2Type1Cost"]').getByLabel('SOC 2 Type 1: cost: upper end').fill('60k');
    await page.locator('[data-figure="soc2Type1Cost"]').getByLabel('SOC 2 Type 1: cost: upper end').press('Enter');
    await expect(page.locator('[data-figure="soc2Type1Cost"]')).toContainText('Edited by you');
    await page.locator('[data-figure="soc2Type1Cost"]').getByRole('button', { name: /^Reset SOC 2 Type 1: cost/ }).click();
    await expect(page.locator('[data-figure="soc2Type1Cost"]')).toContainText('Typical range, not a quote');
    await expect(page.locator('[data-figure="soc2Type1Cost"]').getByLabel('SOC 2 Type 1: cost: upper end')).toHaveValue(/50.000/);
    expect(readAdvisor(app.session.context()).edited).toEqual(['isoCost']);

    const memo = path.join(app.dir, 'advisor memo.docx');
    app.dialogs.exportPath = memo;
    await exportButton.click();
    await expect(page.getByText(/Exported advisor memo\.docx/)).toBeVisible();
    expect(fs.existsSync(memo)).toBe(true);
    const xml = strFromU8(unzipSync(fs.readFileSync(memo))['word/document.xml']!);
    expect(xml).toContain('ISO 27001 first: certify the ISMS');
    expect(xml).toContain('$40k–$90k+ *');
  });
});
