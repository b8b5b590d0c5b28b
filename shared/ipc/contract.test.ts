import { describe, expect, it } from 'vitest';
import { contract, SHELL_CHANNELS } from './contract';
import { CHANNEL_NAMES } from './channels';

describe('IPC contract', () => {
  it('lists exactly the contract channels for the preload', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(contract).sort());
  });

  it('rejects unexpected fields rather than passing them through', () => {
    const parsed = contract['soa:update'].input.safeParse({ controlId: '5.1', patch: { status: 'implemented', sql: 'DROP' } });
    expect(parsed.success).toBe(false);
  });

  it('validates control numbers and statuses', () => {
    expect(contract['soa:update'].input.safeParse({ controlId: '5.1', patch: { status: 'implemented' } }).success).toBe(true);
    expect(contract['soa:update'].input.safeParse({ controlId: "5.1'; --", patch: {} }).success).toBe(false);
    expect(contract['soa:update'].input.safeParse({ controlId: '5.1', patch: { status: 'done' } }).success).toBe(false);
  });

  it('marks the dialog channels as shell-only', () => {
    expect(SHELL_CHANNELS.every((c) => c in contract)).toBe(true);
  });
});
