// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BodyEditor } from './BodyEditor';

afterEach(cleanup);

function setup(body = '## Scope\n\nAll staff must lock screens.', readOnly = false) {
  const onSave = vi.fn().mockResolvedValue(true);
  render(<BodyEditor body={body} readOnly={readOnly} onSave={onSave} />);
  return { onSave, area: screen.getByLabelText('Body (Markdown)') as HTMLTextAreaElement };
}

describe('BodyEditor', () => {
  it('shows a live preview rendered from the same Markdown', () => {
    const { area } = setup();
    const preview = screen.getByRole('document', { name: 'Preview' });
    expect(within(preview).getByRole('heading', { name: 'Scope' })).toBeTruthy();
    fireEvent.change(area, { target: { value: '## Scope\n\n- **Lock** screens' } });
    expect(within(preview).getByRole('listitem').innerHTML).toBe('<strong>Lock</strong> screens');
  });

  it('bolds the selection from the toolbar and from Ctrl+B, and makes the line a heading', () => {
    const { area } = setup('Lock screens');
    area.setSelectionRange(0, 4);
    fireEvent.click(screen.getByRole('button', { name: 'Bold' }));
    expect(area.value).toBe('**Lock** screens');
    area.setSelectionRange(9, 16);
    fireEvent.keyDown(area, { key: 'i', ctrlKey: true });
    expect(area.value).toBe('**Lock** *screens*');
    fireEvent.click(screen.getByRole('button', { name: 'Heading 3' }));
    expect(area.value).toBe('### **Lock** *screens*');
    fireEvent.click(screen.getByRole('button', { name: 'Insert table' }));
    expect(area.value).toContain('| Heading | Heading | Heading |');
  });

  it('saves on Ctrl+S and on leaving the text, and only when the text changed', () => {
    const { area, onSave } = setup();
    fireEvent.blur(area);
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.change(area, { target: { value: 'New text' } });
    expect(screen.getByTestId('body-state').textContent).toBe('Unsaved changes · Ctrl+S');
    fireEvent.keyDown(area, { key: 's', ctrlKey: true });
    expect(onSave).toHaveBeenCalledWith('New text');
    fireEvent.blur(area);
    expect(onSave).toHaveBeenCalledTimes(2);
  });

  it('switches between writing, side by side and preview', () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(screen.queryByLabelText('Body (Markdown)')).toBeNull();
    expect(screen.getByRole('button', { name: 'Bold' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Write' }));
    expect(screen.queryByRole('document', { name: 'Preview' })).toBeNull();
  });

  it('is read only for a retired document', () => {
    const { area, onSave } = setup('Text', true);
    expect(area.readOnly).toBe(true);
    expect(screen.getByRole('button', { name: 'Bold' }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(area, { target: { value: 'Changed' } });
    fireEvent.blur(area);
    expect(onSave).not.toHaveBeenCalled();
  });
});
