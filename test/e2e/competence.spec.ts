import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { addDays } from '../../shared/domain/competence';
import { createTrainingRecord, listRoles, listTraining } from '../../electron/services/competence-service';
import { test, expect } from './fixtures';

/** The browser's calendar day, as the screen judges expiry by it. */
const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

test.describe('Competence screen', () => {
  test('flags expired and soon-expiring records, renews one, adds a record and deletes one', async ({ app }) => {
    await app.start({ sample: false });
    const ctx = app.session.context();
    const day = today();
    const base = { role: 'Platform Engineer', evidence: 'Learning platform report', completedOn: addDays(day, -360) };
    createTrainingRecord(ctx, { ...base, person: 'Tom Hughes', kind: 'training', subject: 'Secure coding (annual)', expiresOn: addDays(day, -5) });
    createTrainingRecord(ctx, { ...base, person: 'Aisha Rahman', kind: 'awareness', subject: 'Security awareness (annual)', expiresOn: addDays(day, 12) });
    createTrainingRecord(ctx, { ...base, person: 'Aisha Rahman', kind: 'qualification', subject: 'AWS Security Specialty', expiresOn: addDays(day, 400) });
    const { page } = app;
    await page.reload();
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    await app.go('Competence');

    await expect(page.locator('[data-record="TR-001"]')).toHaveClass(/competence-expired/);
    await expect(page.locator('[data-record="TR-001"]')).toContainText('Expired');
    await expect(page.locator('[data-record="TR-002"]')).toContainText('Expires soon');
    await expect(page.locator('[data-record="TR-003"]')).toContainText('Valid');
    await expect(page.getByTestId('records-expired')).toHaveText('1expired');
    await expect(page.getByTestId('records-expiring')).toHaveText('1expire within 30 days');

    await page.getByRole('button', { name: 'Show records to renew' }).click();
    await expect(page.locator('[data-record]')).toHaveCount(2);
    await page.locator('[data-record="TR-001"]').click();
    const editor = page.getByRole('article', { name: 'Edit TR-001' });
    await expect(editor.getByRole('note')).toContainText('Expired on');
    await editor.getByLabel('Completed on').fill(day);
    await expect(editor.getByLabel('Expires on')).toHaveValue(addDays(day, 355));
    await editor.getByLabel('Expires on').fill(addDays(day, 365));
    await expect(editor.getByRole('note')).toHaveCount(0);
    await expect(page.getByTestId('records-expired')).toHaveText('0expired');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(page.locator('[data-record]')).toHaveCount(3);

    await page.getByRole('button', { name: 'New record' }).click();
    const form = page.getByRole('form', { name: 'New record' });
    await form.getByLabel('Person').fill('Aisha Rahman');
    await form.getByLabel('Kind').selectOption('awareness');
    await form.getByLabel('Subject').fill('Phishing refresher');
    await form.getByRole('button', { name: 'Add record' }).click();
    const added = page.getByRole('article', { name: 'Edit TR-004' });
    await expect(added.getByLabel('Role')).toHaveValue('Platform Engineer');
    await expect(added.getByLabel('Expires on')).toHaveValue(`${Number(day.slice(0, 4)) + 1}${day.slice(4)}`.replace(/-02-29$/, '-02-28'));
    await expect(added).toContainText('No evidence recorded');
    await added.getByLabel('Evidence').fill('Attendance list, team meeting');
    await added.getByLabel('Evidence').blur();
    await expect(added).not.toContainText('No evidence recorded');

    await page.locator('[data-record="TR-003"]').click();
    const third = page.getByRole('article', { name: 'Edit TR-003' });
    await third.getByRole('button', { name: 'Delete record…' }).click();
    await third.getByRole('button', { name: 'Delete record', exact: true }).click();
    await expect(page.locator('[data-record="TR-003"]')).toHaveCount(0);

    const records = listTraining(app.session.context());
    expect(records.map((r) => r.ref).sort()).toEqual(['TR-001', 'TR-002', 'TR-004']);
    expect(records.find((r) => r.ref === 'TR-001')).toMatchObject({ completedOn: day, expiresOn: addDays(day, 365) });
    expect(records.find((r) => r.ref === 'TR-004')).toMatchObject({ person: 'Aisha Rahman', kind: 'awareness', evidence: 'Attendance list, team meeting' });
  });

  test('edits the competences each sample role requires, follows a role to its records and exports the document', async ({ app }) => {
    await app.start();
    const { page } = app;
    await app.go('Competence');
    await page.getByRole('tab', { name: /Role competences/ }).click();

    const itLead = page.getByRole('region', { name: 'Competences for IT Lead' });
    await expect(itLead.getByLabel(/^Competence \d+ of IT Lead$/)).toHaveCount(4);
    await itLead.getByLabel('New competence for IT Lead').fill('Backup and restore of Google Workspace data');
    await itLead.getByLabel('New competence for IT Lead').press('Enter');
    await expect(itLead.getByLabel(/^Competence \d+ of IT Lead$/)).toHaveCount(5);

    await itLead.getByLabel('Competence 1 of IT Lead').fill('Identity and access management in Okta, including lifecycle automation');
    await itLead.getByLabel('Competence 1 of IT Lead').press('Enter');
    await itLead.getByRole('button', { name: /^Remove “Joiner, mover and leaver procedures”$/ }).click();
    await expect(itLead.getByLabel(/^Competence \d+ of IT Lead$/)).toHaveCount(4);

    const role = listRoles(app.session.context()).find((r) => r.title === 'IT Lead')!;
    expect(role.competences).toEqual([
      'Identity and access management in Okta, including lifecycle automation',
      'Endpoint management and protection (Kandji, CrowdStrike Falcon)',
      'Google Workspace administration and security settings',
      'Backup and restore of Google Workspace data',
    ]);

    await itLead.getByRole('button', { name: /records held/ }).click();
    await expect(page.getByRole('tab', { name: /Training and awareness records/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByLabel('Filter by person')).toHaveValue('Callum Fraser');
    await expect(page.locator('[data-record]')).toHaveCount(3);

    app.dialogs.exportPath = path.join(app.dir, 'competence.docx');
    await page.getByRole('button', { name: 'Export to Word' }).click();
    await expect.poll(() => fs.existsSync(app.dialogs.exportPath!)).toBe(true);
    const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(app.dialogs.exportPath!)))['word/document.xml']!);
    expect(xml).toContain('Backup and restore of Google Workspace data');
    expect(xml).toContain('Required competences by role');
  });
});
