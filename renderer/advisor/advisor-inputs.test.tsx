// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BLANK_ADVISOR_ANSWERS, DEFAULT_COST_FIGURES } from '../../shared/domain/advisor';
import { CostTable } from './CostTable';
import { Questionnaire } from './Questionnaire';

afterEach(cleanup);

describe('Questionnaire', () => {
  it('treats "None of these" as an answer of its own and unticking every buyer as no answer', () => {
    const onChange = vi.fn();
    const { rerender } = render(<Questionnaire answers={BLANK_ADVISOR_ANSWERS} onChange={onChange} />);
    const regulated = within(screen.getByRole('group', { name: 'Do you sell to regulated buyers?' }));
    fireEvent.click(regulated.getByLabelText('None of these'));
    expect(onChange).toHaveBeenLastCalledWith({ regulatedBuyers: [] });

    rerender(<Questionnaire answers={{ ...BLANK_ADVISOR_ANSWERS, regulatedBuyers: [] }} onChange={onChange} />);
    expect((regulated.getByLabelText('None of these') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(regulated.getByLabelText('Insurers'));
    expect(onChange).toHaveBeenLastCalledWith({ regulatedBuyers: ['insurers'] });

    rerender(<Questionnaire answers={{ ...BLANK_ADVISOR_ANSWERS, regulatedBuyers: ['insurers'] }} onChange={onChange} />);
    expect((regulated.getByLabelText('None of these') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(regulated.getByLabelText('Insurers'));
    expect(onChange).toHaveBeenLastCalledWith({ regulatedBuyers: null });
  });

  it('saves a single answer as soon as it is picked and marks open questions', () => {
    const onChange = vi.fn();
    render(<Questionnaire answers={{ ...BLANK_ADVISOR_ANSWERS, stage: 'seed' }} onChange={onChange} />);
    fireEvent.click(screen.getByLabelText('Series B or later'));
    expect(onChange).toHaveBeenCalledWith({ stage: 'series-b' });
    expect(screen.getByRole('group', { name: 'What stage is the company at?' }).className).not.toContain('unanswered');
    expect(screen.getByRole('group', { name: 'Where are your buyers?' }).className).toContain('unanswered');
  });
});

describe('CostTable', () => {
  const renderTable = (onSave = vi.fn(() => Promise.resolve(true))) => {
    render(<CostTable figures={DEFAULT_COST_FIGURES} edited={['isoCost']} onSave={onSave} />);
    return onSave;
  };

  it('saves a valid range when Enter is pressed, and says what is wrong with an invalid one without saving', () => {
    const onSave = renderTable();
    const low = screen.getByLabelText('SOC 2 Type 1: time to the report: lower end');
    const high = screen.getByLabelText('SOC 2 Type 1: time to the report: upper end');
    fireEvent.change(high, { target: { value: '2' } });
    fireEvent.keyDown(high, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe('The upper end must not be below the lower end');
    expect(high.getAttribute('aria-invalid')).toBe('true');
    expect(low.getAttribute('aria-invalid')).toBe('false');
    fireEvent.change(low, { target: { value: '0' } });
    fireEvent.keyDown(low, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe('Enter the lower end as a whole number of months up to 60');
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.change(low, { target: { value: '1' } });
    fireEvent.keyDown(high, { key: 'Enter' });
    expect(onSave).toHaveBeenCalledWith({ soc2Type1Months: { low: 1, high: 2, plus: false } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reads amounts typed with k, marks an edited figure, and resets it to its default', () => {
    const onSave = renderTable();
    const high = screen.getByLabelText('SOC 2 Type 1: cost: upper end');
    fireEvent.change(high, { target: { value: '60k' } });
    fireEvent.keyDown(high, { key: 'Enter' });
    expect(onSave).toHaveBeenLastCalledWith({ soc2Type1Cost: { low: 15_000, high: 60_000, plus: false } });

    const isoRow = within(screen.getByText('ISO 27001: first certification').closest('tbody')!);
    expect(isoRow.getByText('Edited by you')).toBeTruthy();
    fireEvent.click(isoRow.getByRole('button', { name: /^Reset ISO 27001: first certification to the default/ }));
    expect(onSave).toHaveBeenLastCalledWith({ isoCost: null });
    expect(within(screen.getByText('ISO 27001: yearly surveillance audit').closest('tbody')!).getByText('Typical range, not a quote')).toBeTruthy();
  });
});
