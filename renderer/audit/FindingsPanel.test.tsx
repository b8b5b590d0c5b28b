// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BLANK_AUDIT, type Audit, type AuditFinding } from '../../shared/domain/audit';
import { BLANK_NONCONFORMITY, type Nonconformity } from '../../shared/domain/nonconformity';
import { FindingsPanel } from './FindingsPanel';

afterEach(cleanup);

const audit: Audit = { ...BLANK_AUDIT, id: 1, ref: 'IA-2026-01', title: 'Audit', controls: ['6.3', '8.9'] };
const finding = (id: number, over: Partial<AuditFinding>): AuditFinding => ({
  id,
  auditId: 1,
  ref: `IA-2026-01-F0${id}`,
  type: 'conformity',
  clause: null,
  control: '8.9',
  description: `Finding ${id}`,
  evidence: '',
  nonconformityId: null,
  ...over,
});
const nc: Nonconformity = { ...BLANK_NONCONFORMITY, id: 7, ref: 'NC-001', raisedOn: '2026-09-18', description: 'SoA overstated', status: 'closed', findingRefs: ['IA-2026-01-F02'] };

function setup(openId: number | null = null) {
  const props = {
    onOpen: vi.fn(),
    onCreate: vi.fn().mockResolvedValue(null),
    onUpdate: vi.fn().mockResolvedValue(true),
    onDelete: vi.fn().mockResolvedValue(true),
    onRaise: vi.fn().mockResolvedValue(null),
  };
  render(
    <FindingsPanel
      audit={audit}
      findings={[finding(1, {}), finding(2, { type: 'minor', nonconformityId: 7 }), finding(3, { type: 'major', clause: '9.3', control: null })]}
      nonconformities={[nc]}
      openId={openId}
      {...props}
    />,
  );
  return props;
}

describe('FindingsPanel', () => {
  it('offers "Raise nonconformity" only on a nonconformity finding without a record, and raises it in one click', () => {
    const props = setup();
    const rows = screen.getAllByRole('listitem');
    expect(within(rows[0]!).queryByRole('button', { name: /Raise nonconformity/ })).toBeNull();
    expect(within(rows[1]!).getByText('NC-001 · Closed')).toBeTruthy();
    expect(within(rows[1]!).queryByRole('button', { name: /Raise nonconformity/ })).toBeNull();
    expect(rows[2]!.className).toContain('missing-nc');
    fireEvent.click(within(rows[2]!).getByRole('button', { name: 'Raise nonconformity from IA-2026-01-F03' }));
    expect(props.onRaise).toHaveBeenCalledWith(3);
  });

  it('adds a finding only once it is described and tied to a clause or control', () => {
    const props = setup();
    const form = screen.getByRole('form', { name: 'Add finding' });
    const add = within(form).getByRole('button', { name: 'Add finding' }) as HTMLButtonElement;
    fireEvent.change(within(form).getByLabelText('Description of the new finding'), { target: { value: 'Drift checks missed' } });
    expect(add.disabled).toBe(true);
    // The control list offers the audit's own controls.
    const controls = [...(within(form).getByLabelText('Control of the finding') as HTMLSelectElement).options].map((o) => o.value);
    expect(controls).toEqual(['', '6.3', '8.9']);
    fireEvent.change(within(form).getByLabelText('Type of finding'), { target: { value: 'minor' } });
    fireEvent.change(within(form).getByLabelText('Control of the finding'), { target: { value: '8.9' } });
    expect(add.disabled).toBe(false);
    fireEvent.click(add);
    expect(props.onCreate).toHaveBeenCalledWith({ auditId: 1, type: 'minor', clause: null, control: '8.9', description: 'Drift checks missed', evidence: '', nonconformityId: null });
  });

  it('opens a finding to edit it, and will not leave it tied to nothing', () => {
    const props = setup(1);
    const editor = screen.getByRole('group', { name: 'Edit IA-2026-01-F01' });
    fireEvent.change(within(editor).getByLabelText('Control'), { target: { value: '' } });
    expect(props.onUpdate).not.toHaveBeenCalled();
    expect(within(editor).getByText(/Keep a clause or a control/)).toBeTruthy();
    fireEvent.change(within(editor).getByLabelText('Clause'), { target: { value: '8.1' } });
    expect(props.onUpdate).toHaveBeenCalledWith(1, { clause: '8.1' });
    fireEvent.change(within(editor).getByLabelText('Type'), { target: { value: 'observation' } });
    expect(props.onUpdate).toHaveBeenLastCalledWith(1, { type: 'observation' });
  });
});
