// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Risk, TreatmentAction } from '../../shared/domain/risk';
import { ActionEditor } from './ActionEditor';

afterEach(cleanup);

const risk = (id: number, controlIds: string[]) => ({ id, ref: `R-00${id}`, title: `Risk ${id}`, controlIds, residualLevel: null }) as unknown as Risk;
const risks = [risk(1, ['8.13', '8.7']), risk(2, ['5.17'])];
const action: TreatmentAction = {
  id: 4,
  ref: 'A-004',
  riskId: 1,
  title: 'Immutable backups',
  controlId: '8.13',
  owner: 'IT Lead',
  resources: '',
  dueDate: '2020-01-31',
  status: 'in-progress',
  completionEvidence: '',
  completedOn: null,
};

function setup(over: Partial<TreatmentAction> = {}) {
  const onSave = vi.fn().mockResolvedValue(true);
  render(<ActionEditor action={{ ...action, ...over }} risk={risks[0]} risks={risks} method={null} owners={[]} onSave={onSave} onDelete={vi.fn()} />);
  return onSave;
}

describe('ActionEditor', () => {
  it('limits the controls to the risk’s own, plus none', () => {
    setup();
    const options = [...(screen.getByLabelText('Control') as HTMLSelectElement).options].map((o) => o.value);
    expect(options).toEqual(['', '8.13', '8.7']);
  });

  it('drops the control when the action moves to a risk that does not name it', () => {
    const onSave = setup();
    fireEvent.change(screen.getByLabelText('Risk'), { target: { value: '2' } });
    expect(onSave).toHaveBeenCalledWith({ riskId: 2, controlId: null });
  });

  it('says when an open action is overdue, and shows the completion date read-only', () => {
    setup();
    expect(screen.getByRole('note').textContent).toContain('Overdue');
    expect(screen.getByTestId('completed-on').textContent).toBe('Not completed');
    cleanup();
    setup({ status: 'done', completedOn: '2020-02-03' });
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.getByTestId('completed-on').textContent).not.toBe('Not completed');
    expect(screen.getByText(/Done without evidence/)).toBeTruthy();
  });

  it('saves the status on change and text on blur', () => {
    const onSave = setup();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'done' } });
    expect(onSave).toHaveBeenLastCalledWith({ status: 'done' });
    fireEvent.change(screen.getByLabelText('Completion evidence'), { target: { value: 'Restore test report ' } });
    fireEvent.blur(screen.getByLabelText('Completion evidence'));
    expect(onSave).toHaveBeenLastCalledWith({ completionEvidence: 'Restore test report' });
  });
});
