import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { prefillReviewInput } from '../../electron/services/review-prefill';
import { listReviews } from '../../electron/services/review-service';
import { test, expect } from './fixtures';

const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

test.describe('Management review screen', () => {
  test('creates a review, refreshes an input from the registers, adds an action and exports the minutes with it', async ({ app }) => {
    await app.start();
    const { page } = app;
    await app.go('Management review');

    // The sample's held review is listed and complete.
    await expect(page.locator('[data-review="MR-2026-01"]')).toContainText('Every input covered');

    await page.getByRole('button', { name: 'New review' }).click();
    const form = page.getByRole('form', { name: 'New review' });
    await form.getByLabel('Meeting date of the new review').fill('2099-03-12');
    await form.getByRole('button', { name: 'Create review' }).click();
    const editor = page.getByRole('article', { name: 'Edit MR-2099-01' });
    await expect(editor).toBeVisible();
    // The approver comes as top management, so only the meeting date keeps the review from being recorded as held.
    await expect(editor.getByRole('list', { name: 'Attendees' })).toContainText('Eleanor Marsh');
    await expect(editor.locator('[data-check="top-management"]')).toContainText('done');
    await expect(editor.getByRole('button', { name: 'Record as held' })).toBeDisabled();

    // An edited input is replaced by fresh figures from the registers only after confirmation.
    const risk = editor.getByRole('textbox', { name: 'Risk assessment and treatment' });
    await risk.fill('We talked about risks.');
    await risk.blur();
    const card = editor.locator('[data-input="risk"]');
    await expect(card).toContainText('Edited');
    await card.getByRole('button', { name: 'Refresh from registers' }).click();
    await card.getByRole('button', { name: 'Replace text' }).click();
    const ctx = app.session.context();
    const created = listReviews(ctx).find((r) => r.ref === 'MR-2099-01')!;
    const expected = prefillReviewInput(ctx.db, 'risk', { asOf: today(), review: created });
    const openRisks = ctx.db.prepare("SELECT count(*) FROM risk WHERE status != 'closed'").pluck().get() as number;
    expect(expected).toContain(`The register holds ${openRisks} open risks`);
    await expect(risk).toHaveValue(expected);
    await expect(card).toContainText('From registers');

    // An action with an owner and a due date.
    const outputs = editor.getByRole('form', { name: 'Add decision or action' });
    await outputs.getByLabel('Kind').selectOption('action');
    await outputs.getByLabel('Description of the new decision or action').fill('Book the Stage 1 audit with the certification body');
    await outputs.getByRole('button', { name: 'Add action' }).click();
    const row = editor.locator('[data-output="A1"]');
    await expect(row.getByLabel('A1 description')).toHaveValue('Book the Stage 1 audit with the certification body');
    await row.getByLabel('A1 owner').fill('Siobhan Kerr');
    await row.getByLabel('A1 owner').press('Enter');
    await row.getByLabel('A1 due date').fill('2099-04-30');
    await expect(editor.locator('[data-check="action-details"]')).toContainText('done');

    const target = path.join(app.dir, 'minutes.docx');
    app.dialogs.exportPath = target;
    await editor.getByRole('button', { name: 'Export minutes' }).click();
    await expect(page.getByText('Exported minutes.docx')).toBeVisible();
    const xml = strFromU8(unzipSync(fs.readFileSync(target))['word/document.xml']!);
    expect(xml).toContain('Book the Stage 1 audit with the certification body');
    expect(xml).toContain('Siobhan Kerr');
    expect(xml).toContain('30 Apr 2099');
    expect(xml).toMatch(/MR<w:noBreakHyphen\/>2099|MR-2099-01/);
  });

  test('records a review as held once it is complete, and deletes a review after confirmation', async ({ app }) => {
    await app.start({ sample: false });
    const { page } = app;
    await app.go('Management review');
    await page.getByRole('button', { name: 'Plan the first review' }).click();
    await page.getByRole('form', { name: 'New review' }).getByLabel('Meeting date of the new review').fill('2024-05-02');
    await page.getByRole('button', { name: 'Create review' }).click();
    const editor = page.getByRole('article', { name: 'Edit MR-2024-01' });

    // A blank workbook names no approver: someone must be marked as top management.
    await expect(editor.locator('[data-check="top-management"]')).toContainText('missing');
    const attendee = editor.getByRole('form', { name: 'Add attendee' });
    await attendee.getByLabel('Attendee name').fill('Ada Lovelace');
    await attendee.getByLabel('Attendee role').fill('Managing Director');
    await attendee.getByRole('button', { name: 'Add attendee' }).click();
    await editor.getByRole('button', { name: 'Top management: Ada Lovelace' }).click();
    await expect(editor.getByRole('button', { name: 'Top management: Ada Lovelace' })).toHaveAttribute('aria-pressed', 'true');

    await editor.getByRole('button', { name: 'Record as held' }).click();
    await expect(editor.getByRole('heading', { name: /MR-2024-01/ })).toContainText('Held');
    await expect(page.locator('[data-review="MR-2024-01"]')).toContainText('Held');

    await editor.getByRole('button', { name: 'Delete review…' }).click();
    await editor.getByRole('button', { name: 'Delete review', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'No management reviews yet' })).toBeVisible();
    expect(listReviews(app.session.context())).toEqual([]);
  });
});
