// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNavigation } from './navigation-store';
import { useNotices } from './notice-store';
import { useFocusRecord, type FocusTarget } from './use-focus-record';

beforeEach(() => {
  vi.useFakeTimers();
  useNavigation.setState({ screen: 'dashboard', focus: null });
  useNotices.setState({ notices: [] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const RISKS = ['R-001', 'R-002', 'R-003'];

/** A register screen in miniature: a filter that can hide records, and a selection. */
function Register({ ready, onOpened }: { ready: boolean; onOpened(): void }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [filter, setFilter] = useState('R-001');
  useFocusRecord('risks', ready, (record): FocusTarget | null => {
    if (!RISKS.includes(record)) return null;
    if (!record.includes(filter)) setFilter('');
    setSelected(record);
    return { selector: `[data-risk="${record}"]`, then: onOpened };
  });
  return (
    <ul>
      {RISKS.filter((r) => r.includes(filter)).map((r) => (
        <li key={r} data-risk={r} aria-selected={r === selected}>
          {r}
        </li>
      ))}
    </ul>
  );
}

const open = (record: string) => act(() => useNavigation.getState().go({ screen: 'risks', record, label: `Open ${record}` }));

describe('useFocusRecord', () => {
  it('waits for the records, then selects the record a link asked for, shows it highlighted and clears the request', async () => {
    const onOpened = vi.fn();
    const view = render(<Register ready={false} onOpened={onOpened} />);
    open('R-003');
    expect(view.container.querySelector('[data-risk="R-003"]')).toBeNull();
    expect(useNavigation.getState().focus).not.toBeNull();

    view.rerender(<Register ready onOpened={onOpened} />);
    const row = view.container.querySelector('[data-risk="R-003"]')!;
    expect(row.getAttribute('aria-selected')).toBe('true');
    expect(useNavigation.getState().focus).toBeNull();
    expect(onOpened).not.toHaveBeenCalled();

    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(row.classList.contains('record-flash')).toBe(true);
    expect(onOpened).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(row.classList.contains('record-flash')).toBe(false);
  });

  it('opens the same record again when asked twice, and leaves other screens’ requests alone', async () => {
    const onOpened = vi.fn();
    render(<Register ready onOpened={onOpened} />);
    open('R-001');
    await act(() => vi.advanceTimersByTimeAsync(50));
    open('R-001');
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(onOpened).toHaveBeenCalledTimes(2);

    act(() => useNavigation.getState().go({ screen: 'soa', record: '5.23', label: 'Open A.5.23' }));
    expect(useNavigation.getState().focus).toMatchObject({ screen: 'soa', record: '5.23' });
  });

  it('tells the user when the record is no longer in the workbook', () => {
    render(<Register ready onOpened={() => undefined} />);
    open('R-404');
    expect(useNavigation.getState().focus).toBeNull();
    expect(useNotices.getState().notices.map((n) => n.text)).toEqual(['R-404 is not in this workbook any more.']);
  });
});
