// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { controlById } from '../../shared/catalog/annex-a';
import type { SoaEntry } from '../../shared/domain/soa';
import { ControlEditor } from './ControlEditor';

afterEach(cleanup);

const entry: SoaEntry = {
  controlId: '7.4',
  applicable: true,
  reasons: ['risk-treatment'],
  exclusionJustification: '',
  status: 'planned',
  implementation: 'CCTV at the office entrance',
  owner: 'Facilities',
  evidence: [],
  lastReviewed: null,
};

describe('ControlEditor', () => {
  it('asks for a justification before excluding, and saves both together', async () => {
    const onSave = vi.fn().mockResolvedValue(true);
    render(<ControlEditor control={controlById('7.4')!} entry={entry} owners={[]} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Not applicable' }));
    expect(onSave).not.toHaveBeenCalled();
    const exclude = screen.getByRole('button', { name: 'Exclude control' });
    expect((exclude as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(/Justification for exclusion/), { target: { value: 'No premises of our own.' } });
    fireEvent.click(exclude);
    expect(onSave).toHaveBeenCalledWith({ applicable: false, exclusionJustification: 'No premises of our own.' });
  });

  it('saves text when the field loses focus, not on every keystroke', () => {
    const onSave = vi.fn().mockResolvedValue(true);
    render(<ControlEditor control={controlById('7.4')!} entry={entry} owners={[]} onSave={onSave} />);
    const field = screen.getByLabelText('How it is implemented');
    fireEvent.change(field, { target: { value: 'CCTV and badge readers at both doors ' } });
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.blur(field);
    expect(onSave).toHaveBeenCalledWith({ implementation: 'CCTV and badge readers at both doors' });
  });

  it('keeps reasons in the standard order and shows guidance and SOC 2 links', () => {
    const onSave = vi.fn().mockResolvedValue(true);
    render(<ControlEditor control={controlById('7.4')!} entry={entry} owners={[]} onSave={onSave} />);
    fireEvent.click(screen.getByLabelText('Legal or regulatory'));
    expect(onSave).toHaveBeenCalledWith({ reasons: ['risk-treatment', 'legal-regulatory'] });
    expect(screen.getByRole('region', { name: 'Guidance' }).textContent).toContain('What an auditor looks for');
  });
});
