// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BLANK_NONCONFORMITY, type Nonconformity } from '../../shared/domain/nonconformity';
import { NcEditor } from './NcEditor';

afterEach(cleanup);

const base: Nonconformity = {
  ...BLANK_NONCONFORMITY,
  id: 2,
  ref: 'NC-002',
  source: 'audit',
  sourceRef: 'IA-2026-01-F04',
  raisedOn: '2026-09-18',
  description: 'Induction training late for two starters.',
  correctiveAction: 'Assign training automatically.',
  owner: 'Head of People',
  dueDate: '2020-12-18',
  status: 'implemented',
  findingRefs: ['IA-2026-01-F04'],
};

function setup(over: Partial<Nonconformity> = {}) {
  const onSave = vi.fn().mockResolvedValue(true);
  render(<NcEditor nc={{ ...base, ...over }} owners={[]} onSave={onSave} onDelete={vi.fn()} />);
  return onSave;
}

const closedOption = () => screen.getByLabelText('Status').querySelector('option[value="closed"]') as HTMLOptionElement;

describe('NcEditor', () => {
  it('blocks closing until an effectiveness review found the action effective', () => {
    setup();
    expect(closedOption().disabled).toBe(true);
    expect(screen.getByTestId('closure-hint').textContent).toContain('Record the effectiveness review');
    expect(screen.queryByRole('button', { name: 'Close nonconformity' })).toBeNull();
    cleanup();
    setup({ effectivenessReviewedOn: '2026-11-16', effectivenessResult: 'not-effective' });
    expect(closedOption().disabled).toBe(true);
    expect(screen.getByTestId('closure-hint').textContent).toContain('not effective');
  });

  it('closes in one click once the review found it effective', () => {
    const onSave = setup({ effectivenessReviewedOn: '2026-11-16', effectivenessResult: 'effective' });
    expect(closedOption().disabled).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Close nonconformity' }));
    expect(onSave).toHaveBeenCalledWith({ status: 'closed' });
  });

  it('flags an overdue action only while it is still to be done, and shows where it came from', () => {
    setup({ status: 'action-planned' });
    expect(screen.getByRole('note').textContent).toContain('Overdue');
    expect(screen.getByText('Raised from audit finding IA-2026-01-F04')).toBeTruthy();
    cleanup();
    setup({ status: 'implemented' });
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('saves text on blur and records the review result on change', () => {
    const onSave = setup();
    fireEvent.change(screen.getByLabelText('Root cause'), { target: { value: ' Manual assignment ' } });
    fireEvent.blur(screen.getByLabelText('Root cause'));
    expect(onSave).toHaveBeenLastCalledWith({ rootCause: 'Manual assignment' });
    fireEvent.change(screen.getByLabelText('Result'), { target: { value: 'effective' } });
    expect(onSave).toHaveBeenLastCalledWith({ effectivenessResult: 'effective' });
  });
});
