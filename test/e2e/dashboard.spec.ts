import { EMPTY_CERTIFICATION_PLAN } from '../../shared/domain/certification';
import { listOverdue, readCertification, updateCertification } from '../../electron/services/dashboard-service';
import { checkReadiness } from '../../electron/services/readiness-service';
import { listSoa } from '../../electron/services/soa-service';
import { test, expect } from './fixtures';

test.describe('Dashboard', () => {
  test('opens first on the sample with the score, SoA progress, heat map and overdue items that link to their screens', async ({ app }) => {
    await app.start();
    const { page } = app;
    const ctx = app.session.context();

    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');

    const report = checkReadiness(ctx);
    await expect(page.getByRole('img', { name: `Readiness score ${report.score} out of 100` })).toBeVisible();
    await expect(page.getByTestId('readiness-blockers')).toHaveText(`${report.counts.blocker} ${report.counts.blocker === 1 ? 'blocker' : 'blockers'}`);

    const applicable = listSoa(ctx).filter((e) => e.applicable);
    const implemented = Math.round((applicable.filter((e) => e.status === 'implemented').length / applicable.length) * 100);
    await expect(page.getByTestId('soa-implemented')).toContainText(`${implemented}%`);
    await expect(page.getByTestId('soa-applicable')).toHaveText(String(applicable.length));

    const heat = page.getByRole('figure', { name: 'Residual risk heat map' });
    await expect(heat.locator('.heat-cell')).toHaveCount(25);
    await heat.getByRole('button', { name: /likelihood Unlikely, impact Minor, 11 risks/ }).click();
    const inCell = page.getByRole('list', { name: 'Risks in the selected cell' });
    await expect(inCell.getByRole('listitem')).toHaveCount(7); // six, and the link to all of them
    await inCell.getByRole('button', { name: 'Show all 11 in the register' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Risk register' })).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Residual risk heat map' }).locator('.heat-cell.selected')).toHaveAccessibleName(/11 risks/);
    await expect(page.locator('.shown-count')).toContainText('11');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Dashboard' }).click();

    const overdue = listOverdue(ctx);
    expect(overdue.total).toBeGreaterThan(0);
    await expect(page.getByTestId('overdue-count')).toHaveText(String(overdue.total));
    const list = page.getByRole('list', { name: 'Overdue items' });
    await expect(list.getByRole('listitem')).toHaveCount(overdue.items.length);
    await expect(list.getByRole('listitem').first()).toContainText(`${overdue.items[0]!.daysOverdue} days`);

    await list.locator('[data-overdue="A-041"]').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Treatment plan' })).toBeVisible();

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Dashboard' }).click();
    await page.locator('[data-overdue="POL-003"]').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Documents and policies' })).toBeVisible();

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Dashboard' }).click();
    await page.getByRole('button', { name: 'Build the Stage 1 package' }).click();
    await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Stage 1 package' })).toHaveAttribute('aria-current', 'page');
  });

  test('keeps certification dates the user enters, offers the later ones from Stage 2, and shows them after a reload', async ({ app }) => {
    await app.start();
    const { page } = app;
    const card = page.getByRole('region', { name: 'Certification cycle' });
    await card.getByRole('button', { name: 'Edit dates' }).click();

    const form = card.getByRole('form', { name: 'Certification dates' });
    await form.getByLabel('Certification body').fill('Brightwater Certification Ltd');
    await form.getByLabel('Stage 1 audit').fill('2027-02-16');
    await form.getByLabel('Stage 2 audit').fill('2027-04-20');
    for (const label of ['First surveillance audit', 'Second surveillance audit', 'Recertification audit']) await form.getByLabel(label).fill('');
    await form.getByRole('button', { name: 'Suggest the later audits from Stage 2' }).click();
    await expect(form.getByLabel('First surveillance audit')).toHaveValue('2028-04-20');
    await expect(form.getByLabel('Second surveillance audit')).toHaveValue('2029-04-20');
    await expect(form.getByLabel('Recertification audit')).toHaveValue('2030-01-20');
    // A suggestion is only a suggestion until saved, and the user may change it first.
    expect(readCertification(app.session.context()).surveillance1).not.toBe('2028-04-20');
    await form.getByLabel('First surveillance audit').fill('2028-04-11');
    await form.getByRole('button', { name: 'Save dates' }).click();

    await expect(form).toHaveCount(0);
    const expected = { stage1: '16 Feb 2027', stage2: '20 Apr 2027', surveillance1: '11 Apr 2028', surveillance2: '20 Apr 2029', recertification: '20 Jan 2030' };
    for (const [milestone, text] of Object.entries(expected)) await expect(page.getByTestId(`cycle-date-${milestone}`)).toHaveText(text);
    await expect(card.locator('[data-milestone="stage1"]')).toHaveClass(/status-next/);
    await expect(card).toContainText('with Brightwater Certification Ltd');
    expect(readCertification(app.session.context())).toEqual({
      certificationBody: 'Brightwater Certification Ltd',
      stage1: '2027-02-16',
      stage2: '2027-04-20',
      surveillance1: '2028-04-11',
      surveillance2: '2029-04-20',
      recertification: '2030-01-20',
    });

    await page.reload();
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    for (const [milestone, text] of Object.entries(expected)) await expect(page.getByTestId(`cycle-date-${milestone}`)).toHaveText(text);
  });

  test('refuses audits out of order with a clear message and saves nothing', async ({ app }) => {
    await app.start();
    const { page } = app;
    const ctx = app.session.context();
    const saved = { ...EMPTY_CERTIFICATION_PLAN, stage1: '2027-02-16', stage2: '2027-04-20' };
    updateCertification(ctx, saved);
    await page.reload();

    const card = page.getByRole('region', { name: 'Certification cycle' });
    await expect(page.getByTestId('cycle-date-stage2')).toHaveText('20 Apr 2027');
    await card.getByRole('button', { name: 'Edit dates' }).click();
    const form = card.getByRole('form', { name: 'Certification dates' });
    await form.getByLabel('Stage 2 audit').fill('2027-01-12');
    await expect(form.getByRole('alert')).toHaveText('The Stage 2 audit must come after the Stage 1 audit');
    await expect(form.getByLabel('Stage 2 audit')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByRole('button', { name: 'Save dates' })).toBeDisabled();
    await form.getByLabel('Stage 2 audit').press('Enter');
    await expect(form).toBeVisible();

    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('cycle-date-stage2')).toHaveText('20 Apr 2027');
    expect(readCertification(ctx)).toEqual(saved);
    // The main process refuses the same plan on its own, whatever the window lets through.
    expect(() => updateCertification(ctx, { ...saved, stage2: '2027-01-12' })).toThrow('The Stage 2 audit must come after the Stage 1 audit');
  });

  test('says plainly when nothing is overdue', async ({ app }) => {
    await app.start({ sample: false });
    const { page } = app;
    // A blank workbook's only overdue item is the management review never held; hold one today.
    app.session.context().db.prepare(`INSERT INTO management_review (ref, held_on, status) VALUES ('MR-2026-01', date('now', 'localtime'), 'held')`).run();
    await page.reload();
    await expect(page.getByTestId('overdue-count')).toHaveText('0');
    await expect(page.getByRole('region', { name: 'Overdue' })).toContainText('Nothing overdue');
    await expect(page.getByRole('region', { name: 'Certification cycle' })).toContainText('Enter the audit dates');
  });
});
