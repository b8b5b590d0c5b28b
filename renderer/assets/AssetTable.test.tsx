// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Asset } from '../../shared/domain/risk';
import { AssetTable } from './AssetTable';

// jsdom lays nothing out: give the scroll container a size so the virtualiser renders rows.
const sizes = { clientHeight: 400, clientWidth: 800 };
const originals = Object.keys(sizes).map((key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)] as const);
beforeAll(() => {
  for (const [key, value] of Object.entries(sizes)) Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  Element.prototype.scrollTo = () => undefined;
});
afterAll(() => {
  for (const [key, descriptor] of originals) if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
});
afterEach(cleanup);

const rows: Asset[] = Array.from({ length: 2000 }, (_, i) => ({
  id: i + 1,
  ref: `AS-${String(i + 1).padStart(4, '0')}`,
  name: `Asset ${i + 1}`,
  type: 'hardware',
  owner: i % 2 ? 'IT Lead' : '',
  classification: 'Internal',
  confidentiality: 3,
  integrity: 2,
  availability: 1,
  location: '',
  description: '',
  riskIds: [],
}));

function setup(focusedId: number | null = 2) {
  const handlers = { onFocus: vi.fn(), onSort: vi.fn(), onOpenEditor: vi.fn(), onClearFilters: vi.fn() };
  render(
    <AssetTable rows={rows} riskCounts={new Map([[2, 4]])} focusedId={focusedId} sort={{ key: 'ref', direction: 'asc' }} {...handlers} />,
  );
  return { grid: screen.getByRole('grid'), ...handlers };
}

describe('AssetTable', () => {
  it('renders only the rows in view out of 2,000', () => {
    setup();
    const rendered = document.querySelectorAll('[data-asset]').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(screen.getByRole('grid').getAttribute('aria-rowcount')).toBe('2001');
  });

  it('shows values, C·I·A and risk counts, and sorts from the headers', () => {
    const { onSort } = setup();
    const row = document.querySelector('[data-asset="AS-0002"]')!;
    expect(row.textContent).toContain('IT Lead');
    expect(row.querySelector('[aria-label="Confidentiality High, Integrity Medium, Availability Low"]')).toBeTruthy();
    expect(row.lastElementChild!.textContent).toBe('4');
    expect(screen.getByRole('columnheader', { name: /Ref/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: 'Owner' }));
    expect(onSort).toHaveBeenCalledWith('owner');
  });

  it('moves with the arrow keys, Home and End, and opens the editor with Enter', () => {
    const { grid, onFocus, onOpenEditor } = setup();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(onFocus).toHaveBeenLastCalledWith(3);
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    expect(onFocus).toHaveBeenLastCalledWith(1);
    fireEvent.keyDown(grid, { key: 'End' });
    expect(onFocus).toHaveBeenLastCalledWith(2000);
    fireEvent.keyDown(grid, { key: 'Home' });
    expect(onFocus).toHaveBeenLastCalledWith(1);
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(onOpenEditor).toHaveBeenCalled();
  });

  it('offers to clear the filters when nothing matches', () => {
    const onClearFilters = vi.fn();
    render(
      <AssetTable rows={[]} riskCounts={new Map()} focusedId={null} sort={{ key: 'ref', direction: 'asc' }} onSort={vi.fn()} onFocus={vi.fn()} onOpenEditor={vi.fn()} onClearFilters={onClearFilters} />,
    );
    expect(screen.getByRole('heading', { name: 'No assets match' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClearFilters).toHaveBeenCalled();
  });
});
