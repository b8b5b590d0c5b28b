import type { Page } from '@playwright/test';
import { dispatch } from '../../electron/handlers/dispatch';
import { checkReadiness } from '../../electron/services/readiness-service';
import type { IsmsDocument } from '../../shared/domain/documents';
import { BLANK_NONCONFORMITY } from '../../shared/domain/nonconformity';
import type { ManagementReview } from '../../shared/domain/management-review';
import type { WorkbookArea } from '../../shared/domain/workbook';
import { test, expect, type AppFixture } from './fixtures';

/** A write through the handler table, announced to the window as the app announces its own writes. */
async function write<T = unknown>(app: AppFixture, channel: string, input: unknown): Promise<T> {
  let areas: readonly WorkbookArea[] = [];
  const result = await dispatch({ session: app.session }, channel, input, { onChanged: (changed) => (areas = changed) });
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  await app.page.evaluate((a) => window.dispatchEvent(new CustomEvent('isms:changed', { detail: a })), [...areas]);
  return result.value as T;
}

async function read<T>(app: AppFixture, channel: string): Promise<T> {
  const result = await dispatch({ session: app.session }, channel, {});
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

const openScreen = (page: Page, label: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: label, exact: true }).click();

test.describe('Stage 1 readiness checklist', () => {
  test('lists a blocker with its clause, opens the control through its link, and clears once fixed in the SoA', async ({ app }) => {
    await app.start();
    const { page } = app;
    const sampleScore = checkReadiness(app.session.context()).score;

    // A search on the SoA screen that hides A.5.23: the link must clear it.
    await openScreen(page, 'Statement of Applicability');
    await page.getByRole('searchbox', { name: /search/i }).fill('backup');
    await expect(page.locator('[data-control="5.23"]')).toHaveCount(0);

    await write(app, 'soa:update', { controlId: '5.23', patch: { reasons: [] } });
    const broken = checkReadiness(app.session.context());
    expect(broken.counts.blocker).toBe(1);

    await openScreen(page, 'Stage 1 readiness');
    await expect(page.getByTestId('readiness-score')).toHaveText(String(broken.score));
    expect(broken.score).toBeLessThan(sampleScore);
    await expect(page.getByTestId('readiness-count-blocker')).toHaveText('1 blocker');
    await expect(page.getByTestId('readiness-verdict')).not.toHaveText(/^Ready/);

    const blockers = page.getByRole('region', { name: 'Blockers' });
    const rule = blockers.locator('[data-rule="soa.justified"]');
    await expect(rule.locator('.readiness-clause')).toHaveText('6.1.3 d');
    await expect(rule).toContainText('A.5.23 is applicable but no reason for including it is given.');
    await rule.getByRole('button', { name: 'Why it matters' }).click();
    await expect(rule.locator('.readiness-why')).not.toBeEmpty();

    await rule.getByRole('button', { name: 'Open A.5.23 in the SoA' }).click();
    await expect(page.getByRole('heading', { name: 'Statement of Applicability', level: 1 })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: /search/i })).toHaveValue('');
    await expect(page.locator('[data-control="5.23"]')).toHaveClass(/focused/);
    const editor = page.getByRole('article', { name: 'Edit A.5.23' });
    await expect(editor.getByRole('button', { name: 'Applicable', exact: true })).toBeFocused();

    await editor.getByRole('checkbox', { name: 'Risk treatment' }).check();
    await expect(editor.getByRole('checkbox', { name: 'Risk treatment' })).toBeChecked();
    await expect.poll(() => checkReadiness(app.session.context()).counts.blocker).toBe(0);

    await openScreen(page, 'Stage 1 readiness');
    await expect(page.getByTestId('readiness-count-blocker')).toHaveText('0 blockers');
    await expect(page.getByTestId('readiness-score')).toHaveText(String(sampleScore));
    await expect(page.getByTestId('readiness-change')).toHaveText(`▲ ${sampleScore - broken.score} since the previous check`);
    await expect(page.getByRole('region', { name: 'Blockers' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Build the Stage 1 package' }).click();
    await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Stage 1 package', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('a blank workbook lists every missing required document as a blocker; keys move between findings and Enter follows one', async ({ app }) => {
    await app.start({ sample: false, screen: 'Stage 1 readiness' });
    const { page } = app;
    const report = checkReadiness(app.session.context());

    await expect(page.getByTestId('readiness-score')).toHaveText(String(report.score));
    await expect(page.getByTestId('readiness-count-blocker')).toHaveText(`${report.counts.blocker} blockers`);
    await expect(page.getByTestId('readiness-count-passed')).toHaveText(`${report.counts.passed} passed`);

    // The documented information the standard requires, none of which a blank workbook has.
    const required = [
      'documented.scope',
      'documented.policy',
      'documented.risk-process',
      'documented.soa',
      'documented.treatment-plan',
      'documented.objectives',
      'documented.competence',
      'documented.operational-planning',
      'documented.risk-assessment',
      'documented.risk-treatment',
      'documented.monitoring',
      'documented.audit',
      'documented.review',
    ];
    const blockers = page.getByRole('region', { name: 'Blockers' });
    for (const id of required) await expect(blockers.locator(`[data-rule="${id}"]`)).toBeVisible();
    await expect(blockers.locator('.readiness-rule')).toHaveCount(report.counts.blocker);
    // Blockers come first, then warnings, then advice; the passing checks wait, closed, at the end.
    await expect(page.locator('.readiness-section h2')).toHaveText([/^Blockers/, /^Warnings/, /^Advice/, /^Passed \(\d+\)/]);
    await expect(page.locator('.readiness-passed')).toHaveCount(0);
    await page.getByRole('button', { name: /^Passed \(/ }).click();
    await expect(page.locator('.readiness-passed li')).toHaveCount(report.counts.passed);

    // Filters: one clause group, then the warnings only.
    await page.getByLabel('Filter by clause').selectOption('9');
    for (const clause of await page.locator('.readiness-rule .readiness-clause').allTextContents()) expect(clause).toMatch(/^9/);
    await page.getByTestId('readiness-count-warning').click();
    await expect(page.getByRole('region', { name: 'Blockers' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Warnings' }).locator('[data-rule="audit.clause-coverage"]')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Search the checklist').fill('ISMS-SCOPE');
    await expect(page.locator('button[data-finding-link]')).toHaveCount(1);
    await page.getByLabel('Search the checklist').fill('');

    const links = page.locator('button[data-finding-link]');
    await links.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await expect(links.nth(1)).toHaveText(/Open the document control of the ISMS Scope/);
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { name: 'Document control', level: 1 })).toBeVisible();
    await expect(page.getByLabel('Document', { exact: true })).toHaveValue('scope');
    await expect(page.locator('[data-doc-key="scope"]')).toContainText('ISMS Scope');

    // Back on the checklist, the focus returns to the finding that was followed.
    await openScreen(page, 'Stage 1 readiness');
    await expect(page.locator('button[data-finding-link]', { hasText: 'Open the document control of the ISMS Scope' })).toBeFocused();
  });
});

interface LinkCase {
  what: string;
  /** The record the finding is about, as its link names it. */
  record: string;
  link: string;
  heading: string;
  /** Puts the workbook in a state where the record has a finding (the sample already has some). */
  arrange?(app: AppFixture): Promise<void>;
  expectOpened(page: Page): Promise<void>;
}

const LINK_CASES: LinkCase[] = [
  {
    what: 'a risk',
    record: 'R-058',
    link: 'Open R-058 in the risk register',
    heading: 'Risk register',
    expectOpened: async (page) => {
      await expect(page.locator('[data-risk="R-058"]')).toHaveClass(/focused/);
      await expect(page.getByRole('article', { name: 'Edit R-058' })).toBeVisible();
    },
  },
  {
    what: 'a document',
    record: 'POL-003',
    link: 'Open POL-003 in Documents and policies',
    heading: 'Documents and policies',
    arrange: async (app) => {
      const doc = (await read<IsmsDocument[]>(app, 'document:list')).find((d) => d.documentId === 'POL-003')!;
      await write(app, 'document:update', { id: doc.id, patch: { nextReview: '2020-01-31' } });
    },
    expectOpened: async (page) => {
      await expect(page.locator('[data-document="POL-003"]')).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('article', { name: 'Edit POL-003' })).toBeVisible();
    },
  },
  {
    what: 'a management review',
    record: 'MR-2026-01',
    link: 'Open MR-2026-01 in Management review',
    heading: 'Management review',
    arrange: async (app) => {
      // A later, planned review is what the screen would show by default; the held one gets an action left late.
      await write(app, 'review:create', { review: { heldOn: null } });
      const review = (await read<ManagementReview[]>(app, 'review:list')).find((r) => r.ref === 'MR-2026-01')!;
      const output = { kind: 'action', description: 'Brief the board on supplier exits', owner: 'CEO', dueDate: '2020-01-31', status: 'open' };
      await write(app, 'review:addOutput', { reviewId: review.id, output });
    },
    expectOpened: async (page) => {
      await expect(page.locator('[data-review="MR-2026-01"]')).toHaveAttribute('aria-current', 'true');
      await expect(page.locator('[data-review="MR-2026-02"]')).not.toHaveAttribute('aria-current', 'true');
    },
  },
  {
    what: 'an interested party',
    record: 'IP-008',
    link: 'Open IP-008 in Context and parties',
    heading: 'Context and interested parties',
    expectOpened: async (page) => {
      await expect(page.getByRole('tab', { name: /Interested parties/ })).toHaveAttribute('aria-selected', 'true');
      await expect(page.locator('.ctx-list [data-ref="IP-008"]')).toHaveAttribute('aria-selected', 'true');
    },
  },
  {
    what: 'an objective',
    record: 'OBJ-008',
    link: 'Open OBJ-008 in Objectives',
    heading: 'Objectives',
    expectOpened: async (page) => {
      await expect(page.locator('[data-objective="OBJ-008"]')).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('article', { name: 'Edit OBJ-008' })).toBeVisible();
    },
  },
  {
    what: 'an audit finding',
    record: 'IA-2027-01-F01',
    link: 'Open IA-2027-01-F01 in Internal audit',
    heading: 'Internal audit',
    arrange: async (app) => {
      // A minor nonconformity found in the second audit (its first finding), with no nonconformity record raised for it.
      const audit = (await read<{ audits: { id: number; ref: string }[] }>(app, 'audit:overview')).audits.find((a) => a.ref === 'IA-2027-01')!;
      const finding = { auditId: audit.id, type: 'minor', clause: '7.3', control: null, description: 'Two joiners had not read the policy.', evidence: '', nonconformityId: null };
      await write(app, 'finding:create', { finding });
    },
    expectOpened: async (page) => {
      await expect(page.locator('[data-audit="IA-2027-01"]')).toHaveAttribute('aria-selected', 'true');
      await expect(page.locator('[data-finding="IA-2027-01-F01"] .audit-finding-toggle')).toHaveAttribute('aria-expanded', 'true');
    },
  },
  {
    what: 'a nonconformity',
    record: 'NC-003',
    link: 'Open NC-003 in Nonconformities',
    heading: 'Nonconformities',
    arrange: async (app) => {
      const nonconformity = {
        ...BLANK_NONCONFORMITY,
        status: 'action-planned',
        raisedOn: '2026-01-15',
        description: 'Access reviews for the finance system were skipped in the fourth quarter.',
      };
      await write(app, 'nonconformity:create', { nonconformity });
    },
    expectOpened: async (page) => {
      await expect(page.locator('[data-nc="NC-003"]')).toHaveAttribute('aria-selected', 'true');
    },
  },
];

test.describe('Readiness links open the record on its screen', () => {
  for (const c of LINK_CASES) {
    test(`${c.what}: ${c.record}`, async ({ app }) => {
      await app.start();
      const { page } = app;
      await c.arrange?.(app);
      const finding = checkReadiness(app.session.context())
        .rules.flatMap((r) => r.findings)
        .find((f) => f.link.record === c.record);
      expect(finding?.link.label).toBe(c.link);

      await openScreen(page, 'Stage 1 readiness');
      await page.getByLabel('Search the checklist').fill(c.record);
      await page.getByRole('button', { name: c.link }).first().click();
      await expect(page.getByRole('heading', { name: c.heading, level: 1 })).toBeVisible();
      await c.expectOpened(page);
    });
  }
});
