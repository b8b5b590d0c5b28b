// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SoaEntry } from '../../shared/domain/soa';
import { useSoa } from './soa-store';

const entry: SoaEntry = {
  controlId: '5.1',
  applicable: true,
  reasons: [],
  exclusionJustification: '',
  status: 'planned',
  implementation: '',
  owner: 'CISO',
  evidence: [],
  lastReviewed: null,
};

/** An invoke whose answer the test gives when it chooses. */
function deferredInvoke() {
  let answer: (value: unknown) => void = () => undefined;
  const invoke = vi.fn(() => new Promise((resolve) => (answer = resolve)));
  Object.defineProperty(window, 'isms', {
    configurable: true,
    value: { invoke, onChanged: () => () => undefined, onMenuCommand: () => () => undefined },
  });
  return { invoke, answer: (value: unknown) => answer(value) };
}

const shown = () => useSoa.getState().entries[0]!;

describe('SoA store update', () => {
  beforeEach(() => useSoa.setState({ entries: [entry], undoStack: [] }));

  it('shows the change while it is being saved, then the saved entry, and can undo it', async () => {
    const { invoke, answer } = deferredInvoke();
    const saving = useSoa.getState().update('5.1', { reasons: ['risk-treatment'] });
    expect(shown().reasons).toEqual(['risk-treatment']);
    answer({ ok: true, value: { ...entry, reasons: ['risk-treatment'], lastReviewed: '2026-11-23' } });
    expect(await saving).toBe(true);
    expect(shown().lastReviewed).toBe('2026-11-23');
    expect(invoke).toHaveBeenCalledWith('soa:update', { controlId: '5.1', patch: { reasons: ['risk-treatment'] } });
    expect(useSoa.getState().undoStack).toEqual([{ description: 'A.5.1', before: [{ controlId: '5.1', patch: { reasons: [] } }] }]);
  });

  it('puts the old value back when the main process refuses, and keeps nothing to undo', async () => {
    const { answer } = deferredInvoke();
    const saving = useSoa.getState().update('5.1', { status: 'implemented', owner: 'IT lead' });
    expect(shown().status).toBe('implemented');
    answer({ ok: false, error: { code: 'VALIDATION', message: 'The workbook is read-only.' } });
    expect(await saving).toBe(false);
    expect(shown()).toEqual(entry);
    expect(useSoa.getState().undoStack).toEqual([]);
  });
});
