import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { addMonths } from '../../shared/domain/documents';
import { listDocumentRegister } from '../../electron/services/document-service';
import { listTemplates } from '../../electron/services/template-library';
import { test, expect } from './fixtures';

const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
const shown = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date(y!, m! - 1, d!));
};

test.describe('Documents and policies screen', () => {
  test('creates a policy from a template, edits it with the toolbar, issues, approves and exports it to Word', async ({ app }) => {
    await app.start({ sample: false });
    const { page } = app;
    await app.go('Documents and policies');
    await expect(page.getByRole('heading', { name: 'No documents in the register yet' })).toBeVisible();

    // The template library, with summaries; pick the backup policy.
    await page.getByRole('button', { name: 'Browse the template library' }).click();
    const picker = page.getByRole('dialog', { name: 'New document from a template' });
    await expect(picker.getByRole('option')).toHaveCount(listTemplates().length);
    await picker.getByRole('searchbox', { name: 'Search templates' }).fill('A.8.13');
    await expect(picker.getByRole('option')).toHaveCount(1);
    await picker.getByRole('option', { name: /Backup Policy/ }).click();
    await expect(picker.getByRole('option', { name: /Backup Policy/ })).toContainText('Sets backup frequency');
    await picker.getByRole('button', { name: 'Create document' }).click();

    const editor = page.getByRole('article', { name: 'Edit POL-011' });
    await expect(editor.getByRole('heading', { name: 'Backup Policy' })).toBeVisible();
    await expect(editor.getByText('Draft', { exact: true })).toBeVisible();
    const body = editor.getByLabel('Body (Markdown)');
    await expect(body).toHaveValue(/Blank Test Ltd/);
    await expect(body).not.toHaveValue(/\{\{/);
    const preview = editor.getByRole('document', { name: 'Preview' });
    await expect(preview.getByRole('heading', { name: '1. Purpose' })).toBeVisible();

    // A new section: a heading from the toolbar, then bold from the keyboard.
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\nQuarterly restore drill');
    await editor.getByRole('button', { name: 'Heading 2' }).click();
    await page.keyboard.type('\n\nEvery drill is timed');
    for (let i = 0; i < 'timed'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Control+b');
    await expect(body).toHaveValue(/## Quarterly restore drill\n\nEvery drill is \*\*timed\*\*$/);
    await expect(preview.getByRole('heading', { name: 'Quarterly restore drill' })).toBeVisible();
    await expect(preview.locator('strong', { hasText: 'timed' })).toBeVisible();
    await editor.getByRole('button', { name: 'Bullet list' }).click();
    await expect(body).toHaveValue(/\n- Every drill is \*\*timed\*\*$/);
    await page.keyboard.press('Control+s');
    await expect(editor.getByTestId('body-state')).toHaveText('Saved');

    // Issue 1.0: the text is snapshotted and the document goes for review.
    await editor.getByRole('button', { name: 'Issue new version…' }).click();
    const issue = page.getByRole('dialog', { name: 'Issue version 1.0 of POL-011' });
    await issue.getByLabel('Summary of changes').fill('First issue, with the quarterly restore drill.');
    await issue.getByRole('button', { name: 'Issue version 1.0' }).click();
    await expect(editor.getByText('In review', { exact: true })).toBeVisible();
    await expect(editor.getByTestId('doc-version')).toHaveText('Version 1.0');

    // The blank profile has no default approver: name one, then approve.
    await expect(editor.getByRole('button', { name: 'Approve version 1.0…' })).toBeDisabled();
    await editor.getByRole('tab', { name: 'Details' }).click();
    await editor.getByLabel('Approver').fill('Dana Reed, Managing Director');
    await editor.getByLabel('Approver').press('Enter');
    await expect(editor.getByRole('button', { name: 'Approve version 1.0…' })).toBeEnabled();
    await editor.getByRole('button', { name: 'Approve version 1.0…' }).click();
    const approve = page.getByRole('dialog', { name: 'Approve version 1.0 of POL-011' });
    await expect(approve).toContainText('Dana Reed, Managing Director');
    await approve.getByRole('button', { name: 'Record approval' }).click();
    await expect(editor.getByText('Approved', { exact: true })).toBeVisible();
    const nextReview = addMonths(today(), 12);
    await expect(page.locator('[data-document="POL-011"]')).toContainText(shown(nextReview));
    await editor.getByRole('tab', { name: /Revision history/ }).click();
    await expect(editor.locator('[data-version="1.0"]')).toContainText('First issue, with the quarterly restore drill.');

    // Word export: the edit is in the document, as a real heading, a list item and bold text.
    const target = path.join(app.dir, 'POL-011.docx');
    app.dialogs.exportPath = target;
    await editor.getByRole('button', { name: 'Export Word' }).click();
    await expect(page.getByText(/Exported POL-011\.docx/)).toBeVisible();
    const xml = strFromU8(unzipSync(fs.readFileSync(target))['word/document.xml']!);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>)[\s\S])*>Quarterly restore drill</);
    expect(xml).toMatch(/<w:numPr>(?:(?!<\/w:p>)[\s\S])*<w:b\/>(?:(?!<\/w:r>)[\s\S])*>timed</);
    expect(xml).toContain('Dana Reed, Managing Director');
    expect(xml).not.toContain('{{');

    const [doc] = listDocumentRegister(app.session.context());
    expect(doc).toMatchObject({ documentId: 'POL-011', version: '1.0', status: 'approved', approvedOn: today(), nextReview, unissuedChanges: false });
  });

  test('shows the sample register with its overdue review, the text of an old version, and deletes a draft', async ({ app }) => {
    await app.start();
    const { page } = app;
    await app.go('Documents and policies');
    const overdueRow = page.locator('[data-document="POL-003"]');
    await expect(overdueRow).toHaveClass(/overdue/);
    await expect(overdueRow).toContainText('Review overdue');
    await expect(page.locator('[data-document="POL-001"]')).not.toHaveClass(/overdue/);

    await page.getByRole('button', { name: '1 review overdue' }).click();
    await expect(page.locator('[data-document]')).toHaveCount(1);
    await expect(page.getByRole('article', { name: 'Edit POL-003' }).getByRole('note').first()).toContainText('Review overdue');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.locator('[data-document]')).toHaveCount(20);

    // An old version's text, from the revision history.
    await page.locator('[data-document="POL-001"]').click();
    const policy = page.getByRole('article', { name: 'Edit POL-001' });
    await policy.getByRole('tab', { name: /Revision history/ }).click();
    await expect(policy.locator('[data-version]')).toHaveCount(3);
    await policy.getByRole('button', { name: 'View version 0.1' }).click();
    await expect(policy.getByRole('document', { name: 'Text of version 0.1' })).toContainText('Northwind Ledger Ltd');
    await policy.getByRole('button', { name: '← All versions' }).click();

    // The keyboard moves through the register.
    await page.getByTestId('doc-table').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('article', { name: 'Edit POL-002' })).toBeVisible();

    // A draft never issued can be deleted, after a confirmation; an approved document can only be retired.
    await expect(page.getByRole('article', { name: 'Edit POL-002' }).getByRole('button', { name: 'Delete draft…' })).toHaveCount(0);
    await page.locator('[data-document="POL-016"]').click();
    const draft = page.getByRole('article', { name: 'Edit POL-016' });
    await draft.getByRole('button', { name: 'Delete draft…' }).click();
    await draft.getByRole('button', { name: 'Delete draft', exact: true }).click();
    await expect(page.locator('[data-document="POL-016"]')).toHaveCount(0);
    expect(listDocumentRegister(app.session.context()).some((d) => d.documentId === 'POL-016')).toBe(false);
  });
});
