import { createRisk } from '../../electron/services/risk-service';
import { readRiskMethod } from '../../electron/services/risk-method-service';
import type { RiskInput } from '../../shared/domain/risk';
import { test, expect, type AppFixture } from './fixtures';

const risk = (title: string, ratings: Pick<RiskInput, 'inherentLikelihood' | 'inherentImpact' | 'residualLikelihood' | 'residualImpact'>): RiskInput => ({
  title,
  description: '',
  assetIds: [],
  threat: '',
  vulnerability: '',
  owner: 'IT',
  existingControls: '',
  treatment: null,
  controlIds: [],
  acceptedBy: '',
  acceptedOn: null,
  acceptanceRationale: '',
  status: 'assessed',
  nextReview: null,
  ...ratings,
});

/** A blank workbook with three rated risks on the default 5×5 method, opened on the Risk method screen. */
async function openWithRisks(app: AppFixture) {
  await app.start({ sample: false });
  const ctx = app.session.context();
  // 5×5: 5×5 is Critical; on 3×3 it becomes 3×3, High.
  createRisk(ctx, risk('Ransomware on the file server', { inherentLikelihood: 5, inherentImpact: 5, residualLikelihood: 2, residualImpact: 4 }));
  // 1×1 is Low on both.
  createRisk(ctx, risk('Visitor reads a screen', { inherentLikelihood: 1, inherentImpact: 1, residualLikelihood: 1, residualImpact: 1 }));
  // 4×4 is High (16); on 3×3 it becomes 3×3, High, but 2×3 residual (Medium) becomes 2×2 (Medium).
  createRisk(ctx, risk('Supplier outage', { inherentLikelihood: 4, inherentImpact: 4, residualLikelihood: 2, residualImpact: 3 }));
  await app.page.reload();
  await expect(app.page.locator('[data-app-state="ready"]')).toBeVisible();
  await app.go('Risk method');
  await expect(app.page.getByRole('heading', { name: 'Risk method', level: 1 })).toBeVisible();
}

test.describe('risk method', () => {
  test('switches to the 3×3 default, reviews the risks that move, and applies it to the register', async ({ app }) => {
    await openWithRisks(app);
    const { page } = app;
    await expect(page.getByTestId('likelihood-count')).toHaveText('5 levels');
    await expect(page.getByRole('region', { name: 'Unsaved changes' })).toBeHidden();

    await page.getByRole('button', { name: 'Start from 3×3 default' }).click();
    await expect(page.getByRole('region', { name: 'Unsaved changes' })).toBeVisible();
    await expect(page.getByTestId('likelihood-count')).toHaveText('3 levels');
    await expect(page.getByRole('button', { name: /^Likelihood \d/ })).toHaveCount(9);

    await page.getByRole('button', { name: 'Review and apply…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Review and apply the risk method' });
    await expect(dialog).toBeVisible();
    const ransomware = dialog.getByRole('row', { name: /R-001/ });
    await expect(ransomware).toContainText('Ransomware on the file server');
    await expect(ransomware.getByRole('cell').nth(2)).toHaveText(/Critical.*High/);
    await expect(dialog.getByRole('row', { name: /Visitor reads a screen/ })).toHaveCount(0);
    await expect(dialog.getByTestId('unchanged-count')).toHaveText('1 risk unchanged');

    await dialog.getByRole('button', { name: 'Apply to all risks' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Method saved; 2 risks rescored' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Unsaved changes' })).toBeHidden();
    await expect(page.getByTestId('likelihood-count')).toHaveText('3 levels');

    const saved = readRiskMethod(app.session.context());
    expect(saved.likelihood).toHaveLength(3);
    expect(saved.impact).toHaveLength(3);
    expect(saved.matrix).toHaveLength(3);

    // The saved method survives a reload.
    await page.reload();
    await app.go('Risk method');
    await expect(page.getByTestId('likelihood-count')).toHaveText('3 levels');
  });

  test('keeps edits as a draft: validation blocks applying, presets ask first, and Discard restores', async ({ app }) => {
    await openWithRisks(app);
    const { page } = app;
    const label = page.getByLabel('Risk level 2 label');
    await label.fill('');
    await expect(page.getByText('Risk level 2 needs a label.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Review and apply…' })).toBeDisabled();
    await label.fill('Moderate');

    // The matrix is keyboard-editable: Enter moves a cell to the next level.
    const corner = page.getByRole('button', { name: /^Likelihood 5 .*, impact 1 / });
    await expect(corner).toHaveText('Moderate');
    await corner.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: /^Likelihood 5 .*, impact 2 / })).toHaveText('Critical');

    await page.getByRole('button', { name: 'Start from 4×4 default' }).click();
    const confirm = page.getByRole('dialog', { name: 'Replace your changes?' });
    await expect(confirm).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(page.getByTestId('likelihood-count')).toHaveText('5 levels');

    await page.getByRole('button', { name: 'Review and apply…' }).click();
    const review = page.getByRole('dialog', { name: 'Review and apply the risk method' });
    await expect(review.getByText('No risk changes level.')).toBeVisible();
    await review.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Discard' }).click();
    await expect(page.getByRole('region', { name: 'Unsaved changes' })).toBeHidden();
    await expect(page.getByLabel('Risk level 2 label')).toHaveValue('Medium');
    expect(readRiskMethod(app.session.context()).bands[1]!.label).toBe('Medium');
  });
});
