// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Asset, Risk } from '../../shared/domain/risk';
import { defaultRiskMethod } from '../../shared/rules/default-risk-method';
import { AssetEditor } from './AssetEditor';

afterEach(cleanup);

const asset: Asset = {
  id: 7,
  ref: 'AS-007',
  name: 'Customer database',
  type: 'information',
  owner: 'CTO',
  classification: 'Secret',
  confidentiality: 3,
  integrity: 3,
  availability: 2,
  location: '',
  description: '',
  riskIds: [1, 2],
};
const risk = (id: number, residualLevel: string | null) => ({ id, ref: `R-00${id}`, title: `Risk ${id}`, residualLevel }) as Risk;

function setup() {
  const onSave = vi.fn().mockResolvedValue(true);
  const onDelete = vi.fn().mockResolvedValue(true);
  render(
    <AssetEditor
      asset={asset}
      relatedRisks={[risk(1, 'critical'), risk(2, null)]}
      method={defaultRiskMethod(5)}
      owners={['CTO']}
      classificationLabels={['Public', 'Internal', 'Confidential']}
      onSave={onSave}
      onDelete={onDelete}
    />,
  );
  return { onSave, onDelete };
}

describe('AssetEditor', () => {
  it('saves text on blur, keeps a name, and saves selects on change', () => {
    const { onSave } = setup();
    fireEvent.change(screen.getByLabelText('Owner'), { target: { value: ' Head of Engineering ' } });
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.blur(screen.getByLabelText('Owner'));
    expect(onSave).toHaveBeenLastCalledWith({ owner: 'Head of Engineering' });

    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '  ' } });
    fireEvent.blur(screen.getByLabelText('Name'));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Customer database');
    expect(screen.getByText(/An asset needs a name/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Availability'), { target: { value: '3' } });
    expect(onSave).toHaveBeenLastCalledWith({ availability: 3 });
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'service' } });
    expect(onSave).toHaveBeenLastCalledWith({ type: 'service' });
  });

  it('offers the organisation’s labels and keeps an unknown classification visible', () => {
    setup();
    const options = [...(screen.getByLabelText('Classification') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toEqual(['Not classified', 'Public', 'Internal', 'Confidential', 'Secret (not an organisation label)']);
  });

  it('lists related risks with their residual level and confirms deletion with the number of links lost', () => {
    const { onDelete } = setup();
    const related = screen.getByRole('region', { name: 'Related risks' });
    expect(related.textContent).toContain('R-001');
    expect(related.textContent).toContain('Critical');
    expect(related.textContent).toContain('Not rated');
    fireEvent.click(screen.getByRole('button', { name: 'Delete asset…' }));
    expect(onDelete).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog').textContent).toContain('2 risks will lose their link to it');
    fireEvent.click(screen.getByRole('button', { name: 'Delete asset' }));
    expect(onDelete).toHaveBeenCalled();
  });
});
