import { createRisk } from '../../electron/services/risk-service';
import { createTreatmentAction, listTreatmentPlan } from '../../electron/services/treatment-action-service';
import type { RiskInput } from '../../shared/domain/risk';
import { PLANNED_TREATMENT, actionInput, riskInput } from '../fixtures/risk-records';
import { test, expect } from './fixtures';

/** A risk on the treatment plan: rated 4 × 4, to be modified down to 2 × 3. */
const risk = (over: Partial<RiskInput>): RiskInput => riskInput({ ...PLANNED_TREATMENT, ...over });

test.describe('Treatment plan screen', () => {
  test('flags an overdue action, and marking it done stamps the completion date and clears the flag', async ({ app }) => {
    await app.start({ sample: false });
    const ctx = app.session.context();
    const r = createRisk(ctx, risk({ title: 'Ransomware encrypts the file server', owner: 'CTO', controlIds: ['8.13', '8.7'] }));
    createTreatmentAction(ctx, actionInput(r.id, { title: 'Immutable offsite backups', controlId: '8.13', owner: 'IT Lead', dueDate: '2024-03-01' }));
    createTreatmentAction(ctx, actionInput(r.id, { title: 'EDR on every endpoint', controlId: '8.7', owner: 'IT Lead', dueDate: '2099-01-31' }));
    const { page } = app;
    await page.reload();
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    await app.go('Treatment plan');

    await expect(page.locator('[data-risk="R-001"]')).toContainText('Ransomware encrypts the file server');
    await expect(page.locator('[data-risk="R-001"]')).toContainText('1 overdue');
    const late = page.locator('[data-action="A-001"]');
    await expect(late).toContainText('Overdue');
    await expect(late).toHaveClass(/overdue/);
    await expect(page.locator('[data-action="A-002"]')).not.toContainText('Overdue');
    await expect(page.getByTestId('plan-overdue')).toHaveText('1overdue');

    await late.click();
    const editor = page.getByRole('article', { name: 'Edit A-001' });
    await expect(editor.getByRole('note')).toContainText('Overdue');
    await expect(editor.getByLabel('Control')).toHaveValue('8.13');
    await expect(editor.getByTestId('completed-on')).toHaveText('Not completed');
    await editor.getByLabel('Status').selectOption('done');

    const today = new Date().toISOString().slice(0, 10);
    const [y, m, d] = today.split('-').map(Number);
    const shown = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date(y!, m! - 1, d!));
    await expect(editor.getByTestId('completed-on')).toHaveText(shown);
    await expect(late).not.toContainText('Overdue');
    await expect(late).toContainText('Done');
    await expect(page.getByTestId('plan-overdue')).toHaveText('0overdue');
    await expect(page.getByTestId('plan-done')).toHaveText('1done');
    expect(listTreatmentPlan(app.session.context()).find((a) => a.ref === 'A-001')).toMatchObject({ status: 'done', completedOn: today });
  });

  test('adds an action to a chosen risk, filters to overdue only, and deletes with a confirmation', async ({ app }) => {
    await app.start({ sample: false });
    const ctx = app.session.context();
    const phishing = createRisk(ctx, risk({ title: 'Phishing steals credentials', owner: 'CISO', controlIds: ['5.17'] }));
    const r2 = createRisk(ctx, risk({ title: 'Supplier outage', owner: 'COO', treatment: 'share' }));
    createTreatmentAction(ctx, actionInput(r2.id, { title: 'Second supplier contract', dueDate: '2024-01-10', owner: 'COO' }));
    const { page } = app;
    await page.reload();
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    await app.go('Treatment plan');
    await expect(page.getByRole('button', { name: '1 risk to treat without an action' })).toBeVisible();

    await page.getByRole('button', { name: 'Add action', exact: true }).click();
    const form = page.getByRole('form', { name: 'Add action' });
    await form.getByLabel('Risk the action treats').selectOption(String(phishing.id));
    await form.getByLabel('Title of the new action').fill('Phishing-resistant MFA for all staff');
    await form.getByLabel('Title of the new action').press('Enter');

    const editor = page.getByRole('article', { name: 'Edit A-002' });
    await expect(editor.getByLabel('Control')).toHaveValue('5.17');
    await expect(editor.getByLabel('Owner')).toHaveValue('CISO');
    await expect(editor.getByLabel('Due date')).toBeFocused();
    await editor.getByLabel('Due date').fill('2099-06-30');
    await expect(page.locator('[data-action="A-002"]')).toContainText('A.5.17');
    await expect(page.getByRole('button', { name: /risk to treat without an action/ })).toHaveCount(0);

    await page.getByLabel('Overdue only').check();
    await expect(page.locator('[data-action]')).toHaveCount(1);
    await expect(page.locator('[data-action="A-001"]')).toBeVisible();
    await page.locator('[data-action="A-001"]').click();
    const lateEditor = page.getByRole('article', { name: 'Edit A-001' });
    await lateEditor.getByRole('button', { name: 'Delete action…' }).click();
    await lateEditor.getByRole('button', { name: 'Delete action', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'No actions match' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(page.locator('[data-action]')).toHaveCount(1);
    expect(listTreatmentPlan(app.session.context()).map((a) => a.ref)).toEqual(['A-002']);
  });
});
