// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequiredTextField } from './RequiredTextField';

afterEach(cleanup);

const MESSAGE = 'An asset needs a name: the previous name was kept.';

function setup(value = 'CRM') {
  const onSave = vi.fn();
  const view = render(<RequiredTextField label="Name" value={value} emptyMessage={MESSAGE} onSave={onSave} />);
  return { onSave, input: screen.getByLabelText('Name') as HTMLInputElement, view };
}

describe('RequiredTextField', () => {
  it('saves the trimmed text when the field is left, and only when it changed', () => {
    const { onSave, input } = setup();
    fireEvent.blur(input);
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '  Salesforce CRM ' } });
    fireEvent.blur(input);
    expect(onSave).toHaveBeenCalledWith('Salesforce CRM');
  });

  it('refuses to be emptied: keeps the saved text, says why, and clears the message once fixed', () => {
    const { onSave, input } = setup();
    fireEvent.change(input, { target: { value: '   ' } });
    fireEvent.blur(input);
    expect(onSave).not.toHaveBeenCalled();
    expect(input.value).toBe('CRM');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(MESSAGE).id).toBe(input.getAttribute('aria-describedby'));

    fireEvent.change(input, { target: { value: 'CRM platform' } });
    fireEvent.blur(input);
    expect(onSave).toHaveBeenCalledWith('CRM platform');
    expect(screen.queryByText(MESSAGE)).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('drops the edit on Escape, and follows a value changed elsewhere', () => {
    const { onSave, input, view } = setup();
    fireEvent.change(input, { target: { value: 'Typo' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('CRM');
    view.rerender(<RequiredTextField label="Name" value="Renamed by undo" emptyMessage={MESSAGE} onSave={onSave} />);
    expect(input.value).toBe('Renamed by undo');
    expect(onSave).not.toHaveBeenCalled();
  });
});
