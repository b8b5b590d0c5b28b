import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { readAuditOverview } from '../../electron/services/audit-service';
import { createNonconformity, listNonconformityRegister } from '../../electron/services/nonconformity-service';
import { BLANK_NONCONFORMITY } from '../../shared/domain/nonconformity';
import { test, expect } from './fixtures';

test.describe('Internal audit and nonconformities', () => {
  test('plans an audit, records a minor finding, raises its nonconformity in one click and exports the report', async ({ app }) => {
    await app.start({ sample: false });
    const { page } = app;
    await app.go('Internal audit');
    await expect(page.getByRole('heading', { name: 'No audits planned yet' })).toBeVisible();
    await expect(page.getByTestId('coverage-clauses')).toContainText('0/7');

    // The certification cycle.
    await page.getByLabel('Cycle starts').fill('2027-01-01');
    await page.getByLabel('Cycle ends').fill('2029-12-31');
    await page.getByLabel('Cycle ends').press('Enter');
    await expect.poll(() => readAuditOverview(app.session.context()).cycle).toEqual({ start: '2027-01-01', end: '2029-12-31' });

    // Plan an audit.
    await page.getByRole('button', { name: 'New audit' }).click();
    const form = page.getByRole('form', { name: 'New audit' });
    await form.getByLabel('Title of the new audit').fill('ISMS internal audit 2027');
    await form.getByLabel('Start of the new audit').fill('2027-09-13');
    await form.getByRole('button', { name: 'Plan audit' }).click();
    const editor = page.getByRole('article', { name: 'Edit IA-2027-01' });
    await expect(editor).toBeVisible();
    await editor.getByRole('button', { name: 'All clauses 4–10' }).click();
    await expect(page.getByTestId('coverage-clauses')).toContainText('7/7');
    await editor.getByRole('button', { name: 'All applicable' }).click();
    await expect(page.getByTestId('coverage-controls')).toContainText('93/93');

    // An auditor who is also an auditee is flagged; an external auditor is not.
    await editor.getByLabel('Add to auditees').fill('Callum Fraser, IT Lead');
    await editor.getByLabel('Add to auditees').press('Enter');
    await editor.getByLabel('Add to auditors').fill('Callum Fraser');
    await editor.getByLabel('Add to auditors').press('Enter');
    await expect(editor.getByRole('list', { name: 'Independence warnings' })).toContainText('Callum Fraser is also an auditee of IA-2027-01.');
    await expect(page.getByRole('button', { name: '1 independence warning' })).toBeVisible();
    await editor.getByRole('button', { name: 'Remove Callum Fraser', exact: true }).click();
    await editor.getByLabel('Add to auditors').fill('Priya Natarajan, Halden Assurance');
    await editor.getByLabel('Add to auditors').press('Enter');
    await expect(editor.getByRole('list', { name: 'Independence warnings' })).toHaveCount(0);

    // A minor finding, flagged until its nonconformity is raised with one click.
    await editor.getByRole('tab', { name: /Findings/ }).click();
    const add = editor.getByRole('form', { name: 'Add finding' });
    await add.getByLabel('Type of finding').selectOption('minor');
    await add.getByLabel('Clause of the finding').selectOption('7.2');
    await add.getByLabel('Description of the new finding').fill('Two starters completed induction training weeks late.');
    await add.getByRole('button', { name: 'Add finding' }).click();
    const finding = editor.locator('[data-finding="IA-2027-01-F01"]');
    await expect(finding).toContainText('Minor NC');
    await expect(page.getByRole('button', { name: '1 nonconformity finding without a record' })).toBeVisible();
    await finding.getByRole('button', { name: 'Raise nonconformity from IA-2027-01-F01' }).click();
    await expect(finding).toContainText('NC-001 · Open');
    await expect(page.getByRole('button', { name: /without a record/ })).toHaveCount(0);

    // The nonconformity is in the register, described from the finding; closing waits for an effectiveness review.
    await app.go('Nonconformities');
    const row = page.locator('[data-nc="NC-001"]');
    await expect(row).toContainText('IA-2027-01-F01');
    await expect(row).toContainText('Two starters completed induction training weeks late.');
    await row.click();
    const ncEditor = page.getByRole('article', { name: 'Edit NC-001' });
    await expect(ncEditor).toContainText('Raised from audit finding IA-2027-01-F01');
    await expect(ncEditor.getByTestId('closure-hint')).toContainText('Record the effectiveness review');
    await expect(ncEditor.getByLabel('Status').locator('option[value="closed"]')).toBeDisabled();
    await ncEditor.getByLabel('Corrective action').fill('Assign induction training automatically on the start date.');
    await ncEditor.getByLabel('Corrective action').blur();
    await ncEditor.getByLabel('Result').selectOption('effective');
    await ncEditor.getByRole('button', { name: 'Close nonconformity' }).click();
    await expect(row).toContainText('Closed');
    expect(listNonconformityRegister(app.session.context())[0]).toMatchObject({ status: 'closed', source: 'audit', sourceRef: 'IA-2027-01-F01' });

    // The audit report, exported from the audit.
    await app.go('Internal audit');
    const target = path.join(app.dir, 'IA-2027-01 report.docx');
    app.dialogs.exportPath = target;
    await page.getByRole('article', { name: 'Edit IA-2027-01' }).getByRole('button', { name: 'Export report…' }).click();
    await expect.poll(() => fs.existsSync(target)).toBe(true);
    const xml = strFromU8(unzipSync(fs.readFileSync(target))['word/document.xml']!);
    expect(xml).toContain('IA-2027-01-F01');
    expect(xml).toContain('NC-001');
  });

  test('shows the sample programme fully covered, its findings and the register with an overdue flag', async ({ app }) => {
    await app.start();
    const { page } = app;
    await app.go('Internal audit');
    await expect(page.getByTestId('coverage-clauses')).toContainText('7/7');
    await expect(page.getByTestId('coverage-controls')).toContainText('90/90');
    await expect(page.locator('[data-audit]')).toHaveCount(4);
    await page.locator('[data-audit="IA-2026-01"]').click();
    const editor = page.getByRole('article', { name: 'Edit IA-2026-01' });
    await editor.getByRole('tab', { name: 'Findings (11)' }).click();
    await expect(editor.locator('[data-finding="IA-2026-01-F03"]')).toContainText('NC-001 · Closed');
    await expect(editor.locator('[data-finding="IA-2026-01-F04"]')).toContainText('NC-002 · Action planned');

    createNonconformity(app.session.context(), {
      ...BLANK_NONCONFORMITY,
      source: 'complaint',
      sourceRef: 'CS-1182',
      raisedOn: '2026-01-05',
      description: 'A customer received another customer’s invoice summary.',
      dueDate: '2026-02-27',
      status: 'action-planned',
    });
    await app.go('Nonconformities');
    await expect(page.locator('[data-nc]')).toHaveCount(3);
    await expect(page.getByTestId('nc-closed')).toContainText('1');
    await expect(page.locator('[data-nc="NC-003"]')).toHaveClass(/overdue/);
    await expect(page.locator('[data-nc="NC-003"]')).toContainText('Overdue');
    await expect(page.locator('[data-nc="NC-002"]')).not.toContainText('Overdue');
    await page.getByTestId('nc-overdue').click();
    await expect(page.locator('[data-nc]')).toHaveCount(1);
    await expect(page.getByRole('article', { name: 'Edit NC-003' }).getByRole('note')).toContainText('Overdue');
  });
});
