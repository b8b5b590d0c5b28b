// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OverdueReport } from '../../shared/ipc/contract-dashboard';
import { OVERDUE_KINDS } from '../../shared/ipc/contract-dashboard';
import { useNavigation } from '../app/navigation-store';
import { OverdueCard } from './OverdueCard';
import { ReadinessCard } from './ReadinessCard';

afterEach(cleanup);

const noCounts = Object.fromEntries(OVERDUE_KINDS.map((k) => [k, 0])) as OverdueReport['byKind'];

describe('dashboard cards', () => {
  it('shows why the readiness check failed and tries again on request', () => {
    const retry = vi.fn();
    render(<ReadinessCard readiness={{ status: 'error', message: 'not built yet', retry }} />);
    expect(screen.getByRole('alert').textContent).toContain('The readiness check could not be loaded. not built yet');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('marks a card busy while it loads', () => {
    render(<OverdueCard overdue={{ status: 'loading', retry: vi.fn() }} />);
    expect(screen.getByRole('region', { name: 'Overdue' }).getAttribute('aria-busy')).toBe('true');
  });

  it('lists an overdue item that opens its record, and says how many more there are', () => {
    const report: OverdueReport = {
      asOf: '2026-11-23',
      total: 140,
      byKind: { ...noCounts, 'risk-review': 140 },
      items: [
        {
          kind: 'risk-review',
          ref: 'R-004',
          title: 'Ransomware encrypts the ledger database',
          dueOn: '2026-10-01',
          daysOverdue: 53,
          owner: 'CTO',
          link: { screen: 'risks', record: 'R-004', label: 'Open R-004 in the risk register' },
        },
      ],
    };
    render(<OverdueCard overdue={{ status: 'ready', value: report, retry: vi.fn() }} />);
    expect(screen.getByTestId('overdue-count').textContent).toBe('140');
    expect(screen.getByText('The 1 most overdue of 140 items')).toBeTruthy();
    fireEvent.click(screen.getByTitle('Open R-004 in the risk register'));
    expect(useNavigation.getState()).toMatchObject({ screen: 'risks', focus: { screen: 'risks', record: 'R-004' } });
  });
});
