// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BLANK_OBJECTIVE, type Objective } from '../../shared/domain/objectives';
import { chartPoints } from './MeasurementChart';
import { parseValue } from './MeasurementsPanel';
import { ObjectiveEditor } from './ObjectiveEditor';

afterEach(cleanup);

const objective: Objective = {
  ...BLANK_OBJECTIVE,
  id: 3,
  ref: 'OBJ-003',
  objective: 'Keep the phishing click rate low',
  measure: 'Monthly simulation report',
  targetValue: 5,
  targetDirection: 'at-most',
  unit: '%',
  owner: 'CISO',
  measurements: [
    { id: 1, objectiveId: 3, measuredOn: '2026-01-31', value: 8, note: '' },
    { id: 2, objectiveId: 3, measuredOn: '2026-03-31', value: 6.5, note: 'Harder lure' },
    { id: 3, objectiveId: 3, measuredOn: '2026-02-28', value: 4, note: '' },
  ],
};

function setup(over: Partial<Objective> = {}) {
  const handlers = {
    onSave: vi.fn().mockResolvedValue(true),
    onDelete: vi.fn().mockResolvedValue(true),
    onAddMeasurement: vi.fn().mockResolvedValue(true),
    onDeleteMeasurement: vi.fn().mockResolvedValue(true),
  };
  render(<ObjectiveEditor objective={{ ...objective, ...over }} owners={['CISO']} {...handlers} />);
  return handlers;
}

describe('ObjectiveEditor', () => {
  it('says why an objective is off target and draws its results with the target line', () => {
    setup();
    expect(screen.getByRole('note').textContent).toContain('6.5% on');
    const chart = screen.getByTestId('measurement-chart');
    expect(chart.querySelectorAll('circle')).toHaveLength(3);
    expect(chart.querySelectorAll('circle.missed')).toHaveLength(2);
    expect(screen.getByTestId('chart-target').textContent).toBe('Target 5%');
    expect(chart.getAttribute('aria-label')).toContain('latest 6.5%, target at most 5%');
  });

  it('saves text on blur, parses the target, and keeps it when it is not a number', () => {
    const { onSave } = setup();
    fireEvent.change(screen.getByLabelText('Target value'), { target: { value: '4,5' } });
    fireEvent.blur(screen.getByLabelText('Target value'));
    expect(onSave).toHaveBeenLastCalledWith({ targetValue: 4.5, targetDirection: 'at-most' });
    fireEvent.change(screen.getByLabelText('Target value'), { target: { value: 'five' } });
    fireEvent.blur(screen.getByLabelText('Target value'));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/The target must be a number/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Target direction'), { target: { value: '' } });
    expect(onSave).toHaveBeenLastCalledWith({ targetValue: null, targetDirection: null });
  });

  it('records a result and deletes one only after confirmation', () => {
    const { onAddMeasurement, onDeleteMeasurement } = setup();
    const form = screen.getByRole('form', { name: 'Record a result' });
    fireEvent.change(within(form).getByLabelText('Measured on'), { target: { value: '2026-04-30' } });
    fireEvent.change(within(form).getByLabelText('Result (%)'), { target: { value: '3.2 %' } });
    fireEvent.submit(form);
    expect(onAddMeasurement).toHaveBeenCalledWith({ objectiveId: 3, measuredOn: '2026-04-30', value: 3.2, note: '' });
    fireEvent.click(screen.getAllByRole('button', { name: /Delete the result of/ })[0]!);
    expect(onDeleteMeasurement).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDeleteMeasurement).toHaveBeenCalledWith(2);
  });
});

describe('chart and value helpers', () => {
  it('places results by date with the latest at the right and values within the scale', () => {
    const { points, scale } = chartPoints(objective);
    expect(scale).toBe(10);
    expect(points.map((p) => p.measurement.id)).toEqual([1, 3, 2]);
    expect(points[0]!.x).toBeLessThan(points[1]!.x);
    expect(points[2]!.y).toBeLessThan(points[1]!.y);
    expect(points.map((p) => p.met)).toEqual([false, true, false]);
  });

  it('reads numbers the way people type them', () => {
    expect(parseValue('98 %')).toBe(98);
    expect(parseValue('4,5')).toBe(4.5);
    expect(parseValue('.5')).toBe(0.5);
    expect(parseValue('abc')).toBeNull();
    expect(parseValue('')).toBeNull();
  });
});
