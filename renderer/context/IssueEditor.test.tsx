// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContextIssue } from '../../shared/domain/context';
import type { Risk } from '../../shared/domain/risk';
import { defaultRiskMethod } from '../../shared/rules/default-risk-method';
import { IssueEditor } from './IssueEditor';

afterEach(cleanup);

const issue: ContextIssue = {
  id: 4,
  ref: 'CI-004',
  kind: 'external',
  category: 'technological',
  title: 'Dependence on AWS',
  description: '',
  effect: '',
  riskIds: [2, 9],
};
const risk = (id: number, ref: string, title: string) => ({ id, ref, title, residualLevel: null }) as Risk;
const risks = [risk(2, 'R-011', 'Region outage'), risk(5, 'R-003', 'Payment diversion'), risk(7, 'R-046', 'Runaway costs')];

function setup(ready = true) {
  const onSave = vi.fn().mockResolvedValue(true);
  render(<IssueEditor issue={issue} risks={risks} risksReady={ready} method={defaultRiskMethod(5)} onSave={onSave} onDelete={vi.fn()} />);
  return { onSave, links: within(screen.getByRole('region', { name: 'Risks this issue gives rise to' })) };
}

describe('IssueEditor', () => {
  it('shows the linked risks by their current refs, leaving out a risk no longer in the register', () => {
    const { links } = setup();
    expect(links.getAllByRole('listitem').map((li) => li.querySelector('.related-ref')?.textContent)).toEqual(['R-011']);
    expect(screen.getByText('Say how the issue affects the ISMS: an auditor will ask.')).toBeTruthy();
  });

  it('links a risk picked from the register and unlinks one, saving ids', () => {
    const { onSave, links } = setup();
    const picker = links.getByLabelText('Link a risk') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.textContent)).toEqual(['Link a risk from the register…', 'R-003 Payment diversion', 'R-046 Runaway costs']);
    fireEvent.change(picker, { target: { value: '7' } });
    expect(onSave).toHaveBeenLastCalledWith({ riskIds: [2, 7] });
    fireEvent.click(links.getByRole('button', { name: 'Unlink R-011' }));
    expect(onSave).toHaveBeenLastCalledWith({ riskIds: [] });
  });

  it('waits for the risk register before offering risks, and switches kind on a click', () => {
    const { onSave, links } = setup(false);
    expect((links.getByLabelText('Link a risk') as HTMLSelectElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Internal' }));
    expect(onSave).toHaveBeenLastCalledWith({ kind: 'internal' });
  });
});
