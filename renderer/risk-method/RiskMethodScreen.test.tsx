// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RiskMethod } from '../../shared/domain/risk-method';
import { defaultRiskMethod } from '../../shared/rules/default-risk-method';
import { useNotices } from '../app/notice-store';
import { useRisks } from '../risks/risk-store';
import { useWorkbook } from '../workbook/workbook-store';
import { useMethodDraft } from './draft-store';
import { RiskMethodScreen } from './RiskMethodScreen';

const invoke = vi.fn();

beforeEach(() => {
  invoke.mockReset();
  (window as unknown as { isms: unknown }).isms = { invoke, onChanged: () => () => undefined, onMenuCommand: () => () => undefined };
  useRisks.setState({ method: defaultRiskMethod(5), loaded: true, risks: [] });
  useWorkbook.setState({ info: { path: '/tmp/a.isms', fileName: 'a.isms', organisationName: 'A Ltd', schemaVersion: 2 } });
  useMethodDraft.setState({ draft: null, base: null, owner: null });
  useNotices.setState({ notices: [] });
});
afterEach(cleanup);

// Queries by label: role queries over a 25-cell grid and a dozen text fields are slow in jsdom.
const cell = (likelihood: number, impact: number) => screen.getByLabelText(new RegExp(`^Likelihood ${likelihood} .*, impact ${impact} `));
const preset = (size: number) => screen.getByLabelText(`Start from ${size}×${size} default`);

describe('RiskMethodScreen', () => {
  it('edits the matrix as a draft, with the keyboard too, and discards it', () => {
    render(<RiskMethodScreen />);
    expect(screen.queryByLabelText('Unsaved changes')).toBeNull();
    const top = cell(5, 1);
    expect(top.textContent).toBe('Medium');
    expect(top.tabIndex).toBe(0);
    fireEvent.click(top);
    expect(cell(5, 1).textContent).toBe('High');
    expect(screen.getByLabelText('Unsaved changes')).toBeTruthy();

    top.focus();
    fireEvent.keyDown(top, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell(5, 2));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cell(4, 2));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(cell(4, 2).textContent).toBe('High');
    fireEvent.keyDown(document.activeElement!, { key: ' ', shiftKey: true });
    expect(cell(4, 2).textContent).toBe('Medium');

    fireEvent.click(screen.getByText('Discard'));
    expect(cell(5, 1).textContent).toBe('Medium');
    expect(screen.queryByLabelText('Unsaved changes')).toBeNull();
  });

  it('asks before a preset replaces unsaved changes', () => {
    render(<RiskMethodScreen />);
    fireEvent.change(screen.getByLabelText('Likelihood 1 label'), { target: { value: 'Very rare' } });
    fireEvent.click(preset(3));
    const dialog = screen.getByRole('dialog', { name: 'Replace your changes?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep my changes' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((screen.getByLabelText('Likelihood 1 label') as HTMLInputElement).value).toBe('Very rare');

    fireEvent.click(preset(3));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(preset(3));
    fireEvent.click(screen.getByRole('button', { name: 'Replace with 3×3 default' }));
    expect(screen.getByTestId('likelihood-count').textContent).toBe('3 levels');
    expect(document.querySelectorAll('.rm-cell')).toHaveLength(9);
  });

  it('shows problems inline and blocks applying until they are fixed', () => {
    render(<RiskMethodScreen />);
    fireEvent.change(screen.getByLabelText('Risk level 2 label'), { target: { value: ' ' } });
    expect(screen.getByRole('heading', { name: /One problem to fix/ })).toBeTruthy();
    expect(screen.getByText('Risk level 2 needs a label.')).toBeTruthy();
    expect(screen.getByLabelText('Risk level 2 label').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByText('Review and apply…') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByLabelText('Who may accept risk level 4') as HTMLInputElement).disabled).toBe(true);
  });

  it('reviews the risks that move, applies, and reloads the register', async () => {
    const three = defaultRiskMethod(3);
    invoke.mockImplementation(async (channel: string, input: { method: RiskMethod }) => {
      if (channel === 'riskMethod:preview') {
        return {
          ok: true,
          value: {
            moved: [
              {
                riskId: 1,
                ref: 'R-001',
                title: 'Laptop theft',
                ratings: { inherentLikelihood: 3, inherentImpact: 3, residualLikelihood: 1, residualImpact: 2 },
                before: { inherentLevel: 'critical', residualLevel: 'low' },
                after: { inherentLevel: 'high', residualLevel: 'low' },
              },
            ],
            unchanged: 4,
          },
        };
      }
      if (channel === 'riskMethod:apply') return { ok: true, value: { method: input.method, moved: 1 } };
      if (channel === 'riskMethod:get') return { ok: true, value: three };
      return { ok: true, value: [] };
    });
    render(<RiskMethodScreen />);
    fireEvent.click(preset(3));
    fireEvent.click(screen.getByText('Review and apply…'));
    const dialog = screen.getByRole('dialog', { name: 'Review and apply the risk method' });
    const row = await within(dialog).findByRole('row', { name: /R-001/ });
    expect(row.textContent).toContain('Laptop theft');
    expect(row.textContent).toContain('Critical→High');
    expect(within(dialog).getByTestId('unchanged-count').textContent).toBe('4 risks unchanged');

    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Apply to all risks' })));
    expect(invoke).toHaveBeenCalledWith('riskMethod:apply', { method: three });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(useNotices.getState().notices.map((n) => n.text)).toContain('Method saved; 1 risk rescored');
    expect(invoke).toHaveBeenCalledWith('riskMethod:get', {});
    expect(invoke).toHaveBeenCalledWith('risk:list', {});
    expect(screen.queryByLabelText('Unsaved changes')).toBeNull();
  });
});
