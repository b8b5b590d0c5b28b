import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { listContextRegister } from '../../electron/services/context-service';
import { listInterestedPartyRegister } from '../../electron/services/party-service';
import { listRoles } from '../../electron/services/role-service';
import { readScope } from '../../electron/services/scope-service';
import { listRiskRegister } from '../../electron/services/risk-service';
import { test, expect } from './fixtures';

const shots = process.env.CONTEXT_SHOTS;

test.describe('Context, interested parties, scope and roles', () => {
  test('links a context issue to risks and closes the one unaddressed requirement of the sample', async ({ app }) => {
    await app.start();
    const { page } = app;
    await app.go('Context and parties');
    await expect(page.getByTestId('issue-count')).toHaveText('12 issues');
    await expect(page.getByRole('tab', { name: /Interested parties/ })).toContainText('1 unaddressed');
    if (shots) await page.screenshot({ path: path.join(shots, 'context-issues.png') });

    // The climate change issue, with its risks as the register numbers them.
    await page.getByLabel('Filter by category').selectOption('environmental');
    await expect(page.locator('[data-ref]')).toHaveCount(1);
    await page.locator('[data-ref="CI-010"]').click();
    const editor = page.getByRole('article', { name: 'Edit CI-010' });
    const links = editor.getByRole('region', { name: 'Risks this issue gives rise to' });
    await expect(links.locator('.related-ref')).toHaveText(['R-011', 'R-012', 'R-013']);
    await links.getByLabel('Link a risk').selectOption({ label: 'R-049 Security controls bypassed during a business continuity event' });
    await expect(links.locator('.related-ref')).toHaveText(['R-011', 'R-012', 'R-013', 'R-049']);
    await links.getByRole('button', { name: 'Unlink R-013' }).click();
    await expect(links.locator('.related-ref')).toHaveText(['R-011', 'R-012', 'R-049']);
    const refById = new Map(listRiskRegister(app.session.context()).map((r) => [r.id, r.ref]));
    await expect
      .poll(() => listContextRegister(app.session.context()).find((i) => i.ref === 'CI-010')!.riskIds.map((id) => refById.get(id)))
      .toEqual(['R-011', 'R-012', 'R-049']);

    // The insurer's attestation is the ISMS requirement nobody has addressed yet.
    await page.getByRole('tab', { name: /Interested parties/ }).click();
    await expect(page.getByTestId('unaddressed-chip')).toHaveText('1 not yet addressed');
    await page.getByTestId('unaddressed-chip').click();
    await expect(page.locator('[data-ref]')).toHaveCount(1);
    await page.locator('[data-ref="IP-008"]').click();
    const party = page.getByRole('article', { name: 'Edit IP-008' });
    const requirement = party.getByRole('listitem', { name: 'Requirement IP-008.2' });
    await expect(requirement.getByRole('status')).toHaveText('Not yet addressed');
    if (shots) await page.screenshot({ path: path.join(shots, 'context-parties.png') });
    await requirement.getByLabel('Controls').fill('A.5.36, A 9.1');
    await requirement.getByLabel('Controls').press('Enter');
    await expect(requirement.getByText('Not Annex A controls, left out: A 9.1')).toBeVisible();
    await expect(requirement.getByLabel('Controls')).toHaveValue('A.5.36');
    await expect(requirement.getByRole('status')).toHaveCount(0);
    await expect(page.getByTestId('unaddressed-chip')).toHaveText('Every ISMS requirement is addressed');
    await expect
      .poll(() => listInterestedPartyRegister(app.session.context()).find((p) => p.ref === 'IP-008')!.requirements[1]!.controls)
      .toEqual(['5.36']);

    app.dialogs.exportPath = path.join(app.dir, 'interested-parties.docx');
    await page.getByRole('button', { name: 'Export interested parties (Word)…' }).click();
    await expect.poll(() => fs.existsSync(app.dialogs.exportPath!)).toBe(true);
    const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(app.dialogs.exportPath!)))['word/document.xml']!);
    expect(xml).toContain('Interested Parties and Requirements');
    expect(xml).toContain('None: every ISMS requirement has a recorded way of being met.');
  });

  test('records a first issue and interested party in a blank workbook', async ({ app }) => {
    await app.start({ sample: false });
    const { page } = app;
    await app.go('Context and parties');
    await expect(page.getByRole('heading', { name: 'No context issues yet' })).toBeVisible();
    await page.getByRole('button', { name: 'Add the first issue' }).click();
    const form = page.getByRole('form', { name: 'New issue' });
    await form.getByLabel('Internal or external').selectOption('external');
    await form.getByLabel('Title of the new issue').fill('Customers require ISO/IEC 27001 certification');
    await form.getByLabel('Title of the new issue').press('Enter');

    const editor = page.getByRole('article', { name: 'Edit CI-001' });
    await expect(editor.getByLabel('Description')).toBeFocused();
    await expect(editor.getByText('Say how the issue affects the ISMS')).toBeVisible();
    await editor.getByLabel('Category').selectOption('market');
    await editor.getByLabel('How it affects the ISMS').fill('Certification becomes a sales requirement with a deadline.');
    await editor.getByLabel('How it affects the ISMS').press('Control+Enter');
    await expect(editor.getByText('Say how the issue affects the ISMS')).toHaveCount(0);
    await expect(page.locator('[data-ref="CI-001"]')).toContainText('Market and competition');
    await expect(page.locator('.ctx-list-group')).toHaveText(['External issues']);

    await page.getByRole('tab', { name: /Interested parties/ }).click();
    await page.getByRole('button', { name: 'Add the first interested party' }).click();
    await page.getByLabel('Name of the new interested party').fill('Information Commissioner’s Office');
    await page.getByLabel('Name of the new interested party').press('Enter');
    const party = page.getByRole('article', { name: 'Edit IP-001' });
    await party.getByLabel('Category').selectOption('regulator');
    await party.getByLabel('New requirement').fill('Report qualifying breaches within 72 hours');
    await party.getByRole('button', { name: 'Add requirement' }).click();
    const requirement = party.getByRole('listitem', { name: 'Requirement IP-001.1' });
    await expect(requirement.getByRole('status')).toHaveText('Not yet addressed');
    await expect(page.locator('[data-ref="IP-001"]')).toContainText('1 unaddressed');
    await requirement.getByLabel('Documents').fill('pro-004, incident plan');
    await requirement.getByLabel('Documents').press('Enter');
    await expect(requirement.getByText('References cannot contain spaces, left out: incident plan')).toBeVisible();
    await expect(requirement.getByRole('status')).toHaveCount(0);
    await expect
      .poll(() => listInterestedPartyRegister(app.session.context()).map((p) => [p.category, p.requirements.map((r) => r.documents)]))
      .toEqual([['regulator', [['PRO-004']]]]);
  });

  test('writes the scope with an exclusion and its justification, assigns roles, and exports the scope', async ({ app }) => {
    await app.start({ sample: false });
    const { page } = app;
    await app.go('Scope and roles');
    await expect(page.getByTestId('scope-status')).toContainText('No scope statement');

    await page.getByRole('textbox', { name: 'Scope statement' }).fill('The ISMS covers the accounts-payable platform and the people who run it.');
    await page.getByLabel('Add to locations').fill('Manchester office');
    await page.getByLabel('Add to locations').press('Enter');
    await expect(page.getByLabel('Locations: entry 1')).toHaveValue('Manchester office');
    const exclusions = page.getByRole('region', { name: 'Exclusions' });
    await exclusions.getByLabel('New: excluded').fill('Marketing website');
    await expect(exclusions.getByRole('button', { name: 'Add' })).toBeDisabled();
    await exclusions.getByLabel('New: justification').fill('Hosted by an agency; holds no customer data.');
    await exclusions.getByRole('button', { name: 'Add' }).click();
    await expect(exclusions.getByLabel('Justification', { exact: true })).toHaveValue('Hosted by an agency; holds no customer data.');
    await exclusions.getByLabel('Justification', { exact: true }).fill('');
    await exclusions.getByLabel('Excluded', { exact: true }).click();
    await expect(exclusions.getByText('An exclusion needs a justification: the previous text was kept.')).toBeVisible();
    await expect.poll(() => readScope(app.session.context())).toMatchObject({
      statement: 'The ISMS covers the accounts-payable platform and the people who run it.',
      locations: ['Manchester office'],
      exclusions: [{ what: 'Marketing website', justification: 'Hosted by an agency; holds no customer data.' }],
    });
    await expect(page.getByTestId('scope-status')).not.toContainText('No scope statement');

    await page.getByRole('tab', { name: /Roles and responsibilities/ }).click();
    for (const title of ['Internal auditor', 'ISMS owner']) {
      await page.getByRole('button', { name: 'New role' }).click();
      await page.getByLabel('Title of the new role').fill(title);
      await page.getByLabel('Title of the new role').press('Enter');
    }
    const owner = page.getByRole('article', { name: 'Edit role ISMS owner' });
    await owner.getByLabel('Held by').fill('Siobhan Kerr, Head of Security & Compliance');
    await owner.getByLabel('Accountable for').fill('Runs the ISMS\nReports on its performance to top management');
    await owner.getByLabel('Accountable for').press('Control+Enter');
    await owner.getByRole('button', { name: 'Move up' }).click();
    await expect(page.locator('[data-ref]')).toHaveText([/ISMS owner.*Siobhan Kerr.*2 duties/, /Internal auditor.*Not yet assigned/]);
    await expect(page.getByText('1 not yet assigned')).toBeVisible();
    await expect
      .poll(() => listRoles(app.session.context()).map((r) => [r.title, r.holder, r.position]))
      .toEqual([
        ['ISMS owner', 'Siobhan Kerr, Head of Security & Compliance', 0],
        ['Internal auditor', '', 1],
      ]);

    await page.getByRole('tab', { name: 'ISMS scope' }).click();
    app.dialogs.exportPath = path.join(app.dir, 'scope.docx');
    await page.getByRole('button', { name: 'Export scope (Word)…' }).click();
    await expect.poll(() => fs.existsSync(app.dialogs.exportPath!)).toBe(true);
    const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(app.dialogs.exportPath!)))['word/document.xml']!);
    expect(xml).toContain('Hosted by an agency; holds no customer data.');
  });

  test('shows the sample scope and roles', async ({ app }) => {
    await app.start();
    const { page } = app;
    await app.go('Scope and roles');
    await expect(page.getByTestId('scope-status')).toContainText('The scope states its boundaries in full');
    await expect(page.getByRole('region', { name: 'Exclusions' }).getByLabel('Excluded', { exact: true })).toHaveCount(2);
    if (shots) await page.screenshot({ path: path.join(shots, 'scope.png'), fullPage: true });
    await page.getByRole('tab', { name: /Roles and responsibilities/ }).click();
    await expect(page.locator('[data-ref]')).toHaveCount(10);
    await page.locator('[data-ref="Internal auditor"]').click();
    await expect(page.getByRole('article', { name: 'Edit role Internal auditor' }).getByLabel('Accountable for')).toHaveValue(/independent/);
    if (shots) await page.screenshot({ path: path.join(shots, 'roles.png') });
  });
});
