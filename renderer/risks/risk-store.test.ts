// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useRisks } from './risk-store';

describe('risk store deletes', () => {
  beforeEach(() => {
    Object.defineProperty(window, 'isms', {
      configurable: true,
      value: { invoke: vi.fn(), onChanged: () => () => undefined, onMenuCommand: () => () => undefined },
    });
  });

  it('reports success when the main process answers null, and failure on an error', async () => {
    const invoke = window.isms.invoke as ReturnType<typeof vi.fn>;
    invoke.mockResolvedValueOnce({ ok: true, value: null });
    expect(await useRisks.getState().deleteRisk(3)).toBe(true);
    invoke.mockResolvedValueOnce({ ok: false, error: { code: 'NOT_FOUND', message: 'That risk no longer exists.' } });
    expect(await useRisks.getState().deleteAsset(9)).toBe(false);
    invoke.mockResolvedValueOnce({ ok: true, value: null });
    expect(await useRisks.getState().deleteAction(1)).toBe(true);
    expect(invoke).toHaveBeenCalledWith('risk:delete', { id: 3 });
  });
});
