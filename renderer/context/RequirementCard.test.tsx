// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { blankRequirement, type PartyRequirement } from '../../shared/domain/context';
import { RequirementCard } from './RequirementCard';

afterEach(cleanup);

const requirement = (over: Partial<PartyRequirement> = {}): PartyRequirement => ({
  ...blankRequirement(3, 'Report breaches within 72 hours'),
  id: 12,
  ...over,
});

function setup(req: PartyRequirement) {
  const onSave = vi.fn().mockResolvedValue(true);
  const onDelete = vi.fn().mockResolvedValue(true);
  const view = render(<RequirementCard requirement={req} label="IP-003.2" onSave={onSave} onDelete={onDelete} />);
  return { onSave, onDelete, view };
}

describe('RequirementCard', () => {
  it('marks an ISMS requirement with neither text nor links as not yet addressed', () => {
    const { view } = setup(requirement());
    expect(screen.getByRole('status').textContent).toBe('Not yet addressed');
    expect(view.container.querySelector('li')?.className).toContain('unaddressed');
    view.rerender(<RequirementCard requirement={requirement({ objectives: ['OBJ-002'] })} label="IP-003.2" onSave={vi.fn()} onDelete={vi.fn()} />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('reads controls as people write them, saves the canonical ids and says what it left out', () => {
    const { onSave } = setup(requirement());
    const input = screen.getByLabelText('Controls') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'a.5.26; 5.24, A.9.2' } });
    fireEvent.blur(input);
    expect(onSave).toHaveBeenLastCalledWith({ controls: ['5.26', '5.24'] });
    expect(input.value).toBe('A.5.26, A.5.24');
    expect(screen.getByText('Not Annex A controls, left out: A.9.2')).toBeTruthy();
  });

  it('saves document and objective references without duplicates, and keeps the requirement text', () => {
    const { onSave } = setup(requirement());
    fireEvent.change(screen.getByLabelText('Documents'), { target: { value: 'pol-001, POL-001, PRO-004' } });
    fireEvent.blur(screen.getByLabelText('Documents'));
    expect(onSave).toHaveBeenLastCalledWith({ documents: ['POL-001', 'PRO-004'] });

    fireEvent.change(screen.getByLabelText('Requirement'), { target: { value: ' ' } });
    fireEvent.blur(screen.getByLabelText('Requirement'));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/A requirement cannot be empty/)).toBeTruthy();
  });

  it('hides the "how addressed" fields for a need the ISMS does not take on, and asks before removing', () => {
    const { onSave, onDelete } = setup(requirement({ isIsmsRequirement: false }));
    expect(screen.queryByLabelText('Controls')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.click(screen.getByLabelText('ISMS requirement'));
    expect(onSave).toHaveBeenLastCalledWith({ isIsmsRequirement: true });
    fireEvent.click(screen.getByRole('button', { name: 'Remove requirement…' }));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(onDelete).toHaveBeenCalledTimes(1);
  });
});
