// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChipListField } from './ChipListField';
import { parseControl, showControl } from './audit-view';

afterEach(cleanup);

describe('ChipListField', () => {
  it('adds typed controls on Enter, several at once, and keeps what it could not read with a message', () => {
    const onChange = vi.fn();
    render(<ChipListField label="Controls" values={['5.1']} parse={parseControl} display={showControl} onChange={onChange} />);
    const input = screen.getByLabelText('Add to controls');
    fireEvent.change(input, { target: { value: 'A.8.13, 5.1; 9.9' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith(['5.1', '8.13']);
    expect((input as HTMLInputElement).value).toBe('9.9');
    expect(screen.getByText('Not recognised: 9.9')).toBeTruthy();
  });

  it('keeps commas in people’s names and removes a chip with its button or Backspace', () => {
    const onChange = vi.fn();
    render(<ChipListField label="Auditors" values={['Priya Natarajan, Halden Assurance']} commaSeparates={false} onChange={onChange} />);
    const input = screen.getByLabelText('Add to auditors');
    fireEvent.change(input, { target: { value: 'Callum Fraser, IT Lead' } });
    fireEvent.keyDown(input, { key: ',' });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith(['Priya Natarajan, Halden Assurance', 'Callum Fraser, IT Lead']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Priya Natarajan, Halden Assurance' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.keyDown(input, { key: 'Backspace' });
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('marks a flagged value with the reason as its tooltip', () => {
    render(<ChipListField label="Auditors" values={['Sam Lee']} flagged={new Map([['Sam Lee', 'Sam Lee owns control A.5.1.']])} onChange={vi.fn()} />);
    const chip = screen.getByText('Sam Lee').closest('.audit-chip')!;
    expect(chip.className).toContain('flagged');
    expect(chip.getAttribute('title')).toBe('Sam Lee owns control A.5.1.');
  });
});
