import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { verifyPackageFolder } from '../../electron/export/package/manifest';
import { readPackagePlan } from '../../electron/export/package/package-plan';
import { test, expect } from './fixtures';

/**
 * Records every value the progress bar shows, from the moment it appears, so the test can tell a bar that advanced
 * from one that jumped straight to the end (the build takes seconds; the final state alone would not show it).
 */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    const note = () => {
      const bar = document.querySelector('[role="progressbar"]');
      const value = bar?.getAttribute('aria-valuenow');
      if (value !== null && value !== undefined && seen.at(-1) !== Number(value)) seen.push(Number(value));
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
}

const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);

test.describe('Stage 1 package screen', () => {
  test('writes the sample package with a progress bar that advances, and the files match the manifest', async ({ app }) => {
    test.setTimeout(240_000);
    await app.start({ screen: 'Stage 1 package' });
    const { page } = app;
    const plan = readPackagePlan(app.session.context());

    await expect(page.getByRole('heading', { name: 'Stage 1 package', level: 1 })).toBeVisible();
    await expect(page.getByTestId('package-file-count')).toHaveText(`${plan.fileCount} files`);
    const table = page.getByRole('table', { name: 'Files in the package' });
    await expect(table.getByRole('rowheader', { name: '06 Planning' })).toBeVisible();
    const soaRow = table.getByRole('row').filter({ hasText: '6.1.3 Statement of Applicability.docx' });
    await expect(soaRow).toContainText('ISMS-SOA');
    await expect(page.getByRole('region', { name: /blockers? before Stage 1/ })).toHaveCount(0);

    const out = path.join(app.dir, 'for the auditor');
    fs.mkdirSync(out);
    app.dialogs.packageFolder = out;
    await recordProgress(page);
    await page.getByRole('button', { name: 'Choose folder and write' }).click();

    const done = page.getByRole('region', { name: 'Package written' });
    await expect(done).toBeVisible({ timeout: 200_000 });
    await expect(done.getByRole('heading', { name: 'Package written' })).toBeFocused();
    const bar = done.getByRole('progressbar');
    await expect(bar).toHaveAttribute('aria-valuemax', String(plan.fileCount));
    await expect(bar).toHaveAttribute('aria-valuenow', String(plan.fileCount));

    const seen = await progressSeen(page);
    expect(seen.some((value) => value > 0 && value < plan.fileCount), `values shown: ${seen.join(', ')}`).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBe(plan.fileCount);

    const folder = path.join(out, plan.folderName);
    await expect(page.getByTestId('package-folder')).toHaveText(folder);
    await expect(done).toContainText(`${plan.fileCount} files`);
    expect(verifyPackageFolder(folder)).toEqual([]);
    expect(fs.readdirSync(out)).toEqual([plan.folderName]);
    await done.getByRole('button', { name: 'Show in folder' }).click();
  });

  test('shows the blockers of a blank workbook first; continuing anyway writes the package and its zip', async ({ app }) => {
    test.setTimeout(180_000);
    await app.start({ sample: false, screen: 'Stage 1 package' });
    const { page } = app;

    const blockers = page.getByRole('region', { name: /\d+ blockers before Stage 1/ });
    await expect(blockers).toBeVisible();
    await expect(blockers.getByText('The ISMS scope is written down and approved')).toBeVisible();
    const build = page.getByRole('region', { name: 'Write the package' });
    const write = build.getByRole('button', { name: 'Choose folder and write' });
    await expect(write).toBeDisabled();
    const order = await blockers.evaluate((panel) => {
      const card = document.querySelector('[aria-label="Write the package"]')!;
      return Boolean(panel.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);

    await blockers.getByRole('button', { name: 'Continue anyway' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Readiness blockers' })).toContainText('You chose to write the package anyway');
    await expect(write).toBeEnabled();

    const out = path.join(app.dir, 'draft package');
    fs.mkdirSync(out);
    app.dialogs.packageFolder = out;
    await build.getByRole('checkbox', { name: 'Zip the folder too' }).check();
    await write.click();

    const done = page.getByRole('region', { name: 'Package written' });
    await expect(done).toBeVisible({ timeout: 150_000 });
    const plan = readPackagePlan(app.session.context());
    const folder = path.join(out, plan.folderName);
    await expect(done).toContainText(`${folder}.zip`);
    await expect(done.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(plan.fileCount + 1));
    expect(verifyPackageFolder(folder)).toEqual([]);
    expect(fs.readdirSync(out).sort()).toEqual([plan.folderName, `${plan.folderName}.zip`]);

    // A second package into the same folder is refused, and says why; nothing is touched.
    await done.getByRole('button', { name: 'Write another package' }).click();
    await build.getByRole('button', { name: 'Choose folder and write' }).click();
    await expect(page.getByText(/The package was not written: .* already exists/)).toBeVisible();
    expect(verifyPackageFolder(folder)).toEqual([]);
  });
});
