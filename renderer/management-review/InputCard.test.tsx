// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REVIEW_INPUTS } from '../../shared/domain/management-review';
import { InputCard } from './InputCard';

afterEach(cleanup);

const input = REVIEW_INPUTS.find((i) => i.key === 'risk')!;

function setup(props: { text?: string; edited?: boolean; refresh?: 'replaced' | 'kept' | 'failed' } = {}) {
  const onSave = vi.fn().mockResolvedValue(true);
  const onRefresh = vi.fn().mockResolvedValue(props.refresh ?? 'replaced');
  render(<InputCard input={input} text={props.text ?? '12 risks are above the acceptance criteria.'} edited={props.edited ?? false} onSave={onSave} onRefresh={onRefresh} />);
  return { onSave, onRefresh };
}

describe('InputCard', () => {
  it('shows the input’s title, clause and description, and where the text came from', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Risk assessment and treatment' })).toBeTruthy();
    expect(screen.getByText('9.3.2 f)')).toBeTruthy();
    expect(screen.getByText('From registers')).toBeTruthy();
    cleanup();
    setup({ edited: true });
    expect(screen.getByText('Edited')).toBeTruthy();
  });

  it('refreshes text that came from the registers without asking', () => {
    const { onRefresh } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Refresh from registers' }));
    expect(onRefresh).toHaveBeenCalledWith('risk', false);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks before replacing edited text, and keeps it when told to', async () => {
    const { onRefresh } = setup({ edited: true });
    fireEvent.click(screen.getByRole('button', { name: 'Refresh from registers' }));
    expect(onRefresh).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Keep my text' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Refresh from registers' }));
    fireEvent.click(screen.getByRole('button', { name: 'Replace text' }));
    expect(onRefresh).toHaveBeenCalledWith('risk', true);
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('asks when the main process kept text edited a moment before', async () => {
    setup({ refresh: 'kept' });
    fireEvent.click(screen.getByRole('button', { name: 'Refresh from registers' }));
    expect(await screen.findByRole('alertdialog', { name: 'Replace Risk assessment and treatment' })).toBeTruthy();
  });

  it('saves the trimmed text when the field loses focus', () => {
    const { onSave } = setup();
    const area = screen.getByRole('textbox', { name: 'Risk assessment and treatment' });
    fireEvent.change(area, { target: { value: 'All high risks were discussed. ' } });
    fireEvent.blur(area);
    expect(onSave).toHaveBeenCalledWith('All high risks were discussed.');
  });
});
