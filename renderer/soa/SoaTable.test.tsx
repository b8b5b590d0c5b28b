// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ANNEX_A } from '../../shared/catalog/annex-a';
import type { SoaEntry } from '../../shared/domain/soa';
import { SoaTable } from './SoaTable';

beforeAll(() => {
  Element.prototype.scrollIntoView = () => undefined;
});
afterEach(cleanup);

const rows = ANNEX_A.slice(0, 4).map((control) => ({
  control,
  entry: {
    controlId: control.id,
    applicable: true,
    reasons: ['risk-treatment'],
    exclusionJustification: '',
    status: 'implemented',
    implementation: '',
    owner: 'CISO',
    evidence: [],
    lastReviewed: null,
  } satisfies SoaEntry,
}));

function setup(focusedId = '5.2') {
  const handlers = { onFocus: vi.fn(), onToggle: vi.fn(), onSelect: vi.fn(), onOpenEditor: vi.fn() };
  render(<SoaTable rows={rows} focusedId={focusedId} selected={[]} {...handlers} />);
  return { grid: screen.getByRole('grid'), ...handlers };
}

describe('SoaTable keyboard', () => {
  it('moves with the arrows, selects with Space, edits with Enter, selects all with Ctrl+A', () => {
    const { grid, onFocus, onToggle, onOpenEditor, onSelect } = setup();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(onFocus).toHaveBeenLastCalledWith('5.3');
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    expect(onFocus).toHaveBeenLastCalledWith('5.1');
    fireEvent.keyDown(grid, { key: 'End' });
    expect(onFocus).toHaveBeenLastCalledWith('5.4');
    fireEvent.keyDown(grid, { key: ' ' });
    expect(onToggle).toHaveBeenCalledWith('5.2');
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(onOpenEditor).toHaveBeenCalled();
    fireEvent.keyDown(grid, { key: 'a', ctrlKey: true });
    expect(onSelect).toHaveBeenCalledWith(['5.1', '5.2', '5.3', '5.4']);
  });

  it('shows an empty state when nothing matches', () => {
    render(<SoaTable rows={[]} focusedId={null} selected={[]} onFocus={vi.fn()} onToggle={vi.fn()} onSelect={vi.fn()} onOpenEditor={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'No controls match' })).toBeTruthy();
  });
});
