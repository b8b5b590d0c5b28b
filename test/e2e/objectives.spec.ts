import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { listObjectiveRegister } from '../../electron/services/objective-service';
import { test, expect } from './fixtures';

test.describe('Objectives screen', () => {
  test('shows off-target sample objectives in red, and a new result moves one back on target and off again when deleted', async ({ app }) => {
    await app.start();
    const { page } = app;
    await app.go('Objectives');

    const phishing = page.locator('[data-objective="OBJ-001"]');
    await expect(phishing).toHaveClass(/off-target/);
    await expect(phishing).toContainText('Off target');
    await expect(page.locator('[data-objective="OBJ-004"]')).toHaveClass(/off-target/);
    await expect(page.locator('[data-objective="OBJ-002"]')).toContainText('On target');
    await expect(page.locator('[data-objective="OBJ-003"]')).toContainText('Achieved');
    await expect(page.getByTestId('objectives-off-target')).toHaveText('2off target');

    await phishing.click();
    const editor = page.getByRole('article', { name: 'Edit OBJ-001' });
    await expect(editor.getByRole('note')).toContainText('misses the target of at most 5%');
    const chart = editor.getByTestId('measurement-chart');
    await expect(chart).toBeVisible();
    await expect(chart.locator('circle')).toHaveCount(6);
    await expect(editor.getByTestId('chart-target')).toContainText('Target 5%');

    const form = editor.getByRole('form', { name: 'Record a result' });
    await form.getByLabel('Measured on').fill('2026-11-20');
    await form.getByLabel('Result (%)').fill('3,9');
    await form.getByLabel('Note').fill('November campaign: invoice-themed lure');
    await form.getByRole('button', { name: 'Add result' }).click();

    await expect(chart.locator('circle')).toHaveCount(7);
    await expect(phishing).not.toHaveClass(/off-target/);
    await expect(phishing).toContainText('3.9%');
    await expect(page.getByTestId('objectives-off-target')).toHaveText('1off target');
    await expect(editor.getByRole('note')).toHaveCount(0);
    const row = editor.locator('[data-measurement="2026-11-20"]');
    await expect(row).toContainText('Met');
    expect(listObjectiveRegister(app.session.context())[0]!.measurements.at(-1)).toMatchObject({ measuredOn: '2026-11-20', value: 3.9 });

    await row.getByRole('button', { name: /Delete the result of/ }).click();
    await row.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(row).toHaveCount(0);
    await expect(chart.locator('circle')).toHaveCount(6);
    await expect(phishing).toHaveClass(/off-target/);
    await expect(page.getByTestId('objectives-off-target')).toHaveText('2off target');

    await page.getByRole('button', { name: 'Show what needs attention' }).click();
    await expect(page.locator('[data-objective]')).toHaveCount(2);
  });

  test('creates a measurable objective, records results, exports it to Word and deletes it', async ({ app }) => {
    await app.start({ sample: false });
    const { page } = app;
    await app.go('Objectives');
    await page.getByRole('button', { name: 'Add the first objective' }).click();
    await page.getByLabel('The new objective').fill('Patch critical vulnerabilities within 7 days');
    await page.getByLabel('The new objective').press('Enter');

    const editor = page.getByRole('article', { name: 'Edit OBJ-001' });
    await expect(editor).toContainText('No numeric target');
    await editor.getByLabel('Measure', { exact: true }).fill('Share of critical findings closed within 7 days, from the monthly SLA report');
    await editor.getByLabel('Target direction').selectOption('at-least');
    await editor.getByLabel('Target value').fill('95');
    await editor.getByLabel('Unit').fill('%');
    await editor.getByLabel('Owner').fill('Head of Engineering');
    await editor.getByLabel('Owner').press('Enter');
    await expect(editor).toContainText('Not measured yet');

    const form = editor.getByRole('form', { name: 'Record a result' });
    for (const [date, value] of [['2026-08-31', '88'], ['2026-09-30', '97']] as const) {
      await form.getByLabel('Measured on').fill(date);
      await form.getByLabel('Result (%)').fill(value);
      await form.getByRole('button', { name: 'Add result' }).click();
      await expect(editor.locator(`[data-measurement="${date}"]`)).toBeVisible();
    }
    await expect(editor.locator('[data-measurement="2026-08-31"]')).toContainText('Missed');
    await expect(page.locator('[data-objective="OBJ-001"]')).toContainText('On target');
    await expect(editor.getByTestId('measurement-chart').locator('polyline')).toHaveCount(1);

    const objective = listObjectiveRegister(app.session.context())[0]!;
    expect(objective).toMatchObject({ targetValue: 95, targetDirection: 'at-least', unit: '%', owner: 'Head of Engineering' });
    expect(objective.measurements.map((m) => m.value)).toEqual([88, 97]);

    app.dialogs.exportPath = path.join(app.dir, 'objectives.docx');
    await page.getByRole('button', { name: 'Export to Word' }).click();
    await expect.poll(() => fs.existsSync(app.dialogs.exportPath!)).toBe(true);
    const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(app.dialogs.exportPath!)))['word/document.xml']!);
    expect(xml).toContain('Patch critical vulnerabilities within 7 days');
    expect(xml).toContain('At least 95%');

    await editor.getByRole('button', { name: 'Delete objective…' }).click();
    await expect(editor.getByRole('alertdialog')).toContainText('Its 2 recorded results go with it.');
    await editor.getByRole('button', { name: 'Delete objective', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'No objectives yet' })).toBeVisible();
    expect(listObjectiveRegister(app.session.context())).toEqual([]);
  });
});
