// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListEditor } from './ListEditor';
import { PairListEditor } from './PairListEditor';

afterEach(cleanup);

describe('ListEditor', () => {
  it('adds, edits and removes entries, saving the whole list each time', async () => {
    const onSave = vi.fn().mockResolvedValue(true);
    render(<ListEditor title="Locations" hint="" placeholder="" items={['Manchester office', 'AWS eu-west-2']} onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('Add to locations'), { target: { value: ' AWS eu-west-1 ' } });
    fireEvent.submit(screen.getByLabelText('Add to locations').closest('form')!);
    expect(onSave).toHaveBeenLastCalledWith(['Manchester office', 'AWS eu-west-2', 'AWS eu-west-1']);

    fireEvent.change(screen.getByLabelText('Locations: entry 1'), { target: { value: 'Manchester office, Weaver’s Yard' } });
    fireEvent.blur(screen.getByLabelText('Locations: entry 1'));
    expect(onSave).toHaveBeenLastCalledWith(['Manchester office, Weaver’s Yard', 'AWS eu-west-2']);

    // Emptying an entry removes it; so does its × button.
    fireEvent.change(screen.getByLabelText('Locations: entry 2'), { target: { value: '' } });
    fireEvent.blur(screen.getByLabelText('Locations: entry 2'));
    expect(onSave).toHaveBeenLastCalledWith(['Manchester office']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Manchester office' }));
    expect(onSave).toHaveBeenLastCalledWith(['AWS eu-west-2']);
  });

  it('does not add an entry that is already listed', () => {
    const onSave = vi.fn().mockResolvedValue(true);
    render(<ListEditor title="Locations" hint="" placeholder="" items={['Manchester office']} onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('Add to locations'), { target: { value: 'manchester office' } });
    fireEvent.submit(screen.getByLabelText('Add to locations').closest('form')!);
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('PairListEditor for exclusions', () => {
  const props = {
    title: 'Exclusions',
    hint: '',
    firstLabel: 'Excluded',
    secondLabel: 'Justification',
    firstPlaceholder: '',
    secondPlaceholder: '',
    secondRequired: 'An exclusion needs a justification',
  };

  it('will not add an exclusion without a justification, nor blank the justification of one', () => {
    const onSave = vi.fn().mockResolvedValue(true);
    render(<PairListEditor {...props} items={[{ first: 'Marketing website', second: 'Run by an agency.' }]} onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('New: excluded'), { target: { value: 'Building network' } });
    expect((screen.getByRole('button', { name: 'Add' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('New: justification'), { target: { value: 'Landlord runs it for all tenants.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onSave).toHaveBeenLastCalledWith([
      { first: 'Marketing website', second: 'Run by an agency.' },
      { first: 'Building network', second: 'Landlord runs it for all tenants.' },
    ]);

    const justification = screen.getByLabelText('Justification', { exact: true }) as HTMLTextAreaElement;
    fireEvent.change(justification, { target: { value: '  ' } });
    fireEvent.blur(justification);
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(justification.value).toBe('Run by an agency.');
    expect(screen.getByText('An exclusion needs a justification: the previous text was kept.')).toBeTruthy();
  });
});
