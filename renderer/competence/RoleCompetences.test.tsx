// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoleCompetences, TrainingRecord } from '../../shared/domain/competence';
import { RoleCompetencesList } from './RoleCompetences';

afterEach(cleanup);

const roles: RoleCompetences[] = [
  { roleId: 1, title: 'IT Lead', holder: 'Callum Fraser, IT Lead', competences: ['Okta administration', 'Endpoint management'] },
  { roleId: 2, title: 'Internal auditor', holder: '', competences: [] },
];
const records = [
  { id: 1, ref: 'TR-001', person: 'Callum Fraser', role: 'IT Lead', kind: 'qualification', subject: 'Okta', completedOn: '2024-11-12', expiresOn: '2026-11-12', evidence: '' },
  { id: 2, ref: 'TR-002', person: 'Callum Fraser', role: 'IT Lead', kind: 'training', subject: 'Falcon', completedOn: '2026-04-22', expiresOn: null, evidence: '' },
] as TrainingRecord[];

function setup() {
  const onSave = vi.fn().mockResolvedValue(true);
  const onShowRecords = vi.fn();
  render(<RoleCompetencesList roles={roles} records={records} asOf="2026-11-20" onSave={onSave} onShowRecords={onShowRecords} />);
  return { onSave, onShowRecords };
}

describe('RoleCompetencesList', () => {
  it('adds, edits in place and removes competences, saving the whole list', () => {
    const { onSave } = setup();
    const card = screen.getByRole('region', { name: 'Competences for IT Lead' });
    fireEvent.change(within(card).getByLabelText('New competence for IT Lead'), { target: { value: ' Google Workspace security ' } });
    fireEvent.submit(within(card).getByRole('form'));
    expect(onSave).toHaveBeenLastCalledWith(1, ['Okta administration', 'Endpoint management', 'Google Workspace security']);

    fireEvent.change(within(card).getByLabelText('Competence 2 of IT Lead'), { target: { value: 'Endpoint management (Kandji)' } });
    fireEvent.blur(within(card).getByLabelText('Competence 2 of IT Lead'));
    expect(onSave).toHaveBeenLastCalledWith(1, ['Okta administration', 'Endpoint management (Kandji)']);

    fireEvent.click(within(card).getByRole('button', { name: 'Remove “Okta administration”' }));
    expect(onSave).toHaveBeenLastCalledWith(1, ['Endpoint management']);
  });

  it('shows the records held for a role with their flags, and flags roles without competences', () => {
    const { onShowRecords } = setup();
    const card = screen.getByRole('region', { name: 'Competences for IT Lead' });
    const held = within(card).getByRole('button', { name: /records held/ });
    expect(held.textContent).toBe('2 records held · 1 expired');
    fireEvent.click(held);
    expect(onShowRecords).toHaveBeenCalledWith(roles[0]);
    const auditor = screen.getByRole('region', { name: 'Competences for Internal auditor' });
    expect(auditor.textContent).toContain('No competences yet');
    expect(auditor.textContent).toContain('No holder assigned');
  });
});
