// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftField } from './DraftField';

afterEach(cleanup);

describe('DraftField', () => {
  it('saves the trimmed text once, when a changed field is left or on Enter', () => {
    const onSave = vi.fn();
    render(<DraftField label="Owner" value="CISO" onSave={onSave} suggestions={['CISO', 'IT Lead']} placeholder="Accountable role" />);
    const input = screen.getByLabelText('Owner') as HTMLInputElement;
    expect(input.placeholder).toBe('Accountable role');
    fireEvent.blur(input);
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: ' IT Lead  ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.blur(input);
    expect(onSave).toHaveBeenCalledWith('IT Lead');
    const options = [...document.getElementById(input.getAttribute('list')!)!.querySelectorAll('option')].map((o) => o.getAttribute('value'));
    expect(options).toEqual(['CISO', 'IT Lead']);
  });

  it('is a text area when given rows: Enter is a new line, Escape drops the edit, and a hint describes it', () => {
    const onSave = vi.fn();
    const view = render(<DraftField label="Resources" value="Two days" rows={3} hint="Clause 6.2 f" onSave={onSave} />);
    const area = screen.getByLabelText('Resources') as HTMLTextAreaElement;
    expect(area.tagName).toBe('TEXTAREA');
    expect(area.rows).toBe(3);
    expect(screen.getByText('Clause 6.2 f').id).toBe(area.getAttribute('aria-describedby'));
    fireEvent.change(area, { target: { value: 'Typo' } });
    fireEvent.keyDown(area, { key: 'Escape' });
    expect(area.value).toBe('Two days');
    fireEvent.blur(area);
    expect(onSave).not.toHaveBeenCalled();
    view.rerender(<DraftField label="Resources" value="Three days" rows={3} onSave={onSave} />);
    expect(area.value).toBe('Three days');
  });

  it('saves an emptied optional field as empty text', () => {
    const onSave = vi.fn();
    render(<DraftField label="Location" value="London" onSave={onSave} />);
    const input = screen.getByLabelText('Location');
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.blur(input);
    expect(onSave).toHaveBeenCalledWith('');
  });
});
