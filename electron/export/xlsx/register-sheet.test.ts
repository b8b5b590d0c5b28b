import { describe, expect, it } from 'vitest';
import { textOn } from './register-sheet';

describe('register sheets', () => {
  it('picks readable text colours', () => {
    expect(textOn('#ffffff')).toBe('FF000000');
    expect(textOn('#e3b341')).toBe('FF000000');
    expect(textOn('#1f3864')).toBe('FFFFFFFF');
    expect(textOn('#c2362b')).toBe('FFFFFFFF');
  });
});
