import { describe, expect, it } from 'vitest';
import { readableTextOn } from './colour-contrast';

describe('readableTextOn', () => {
  it('picks the text colour with the better contrast on a band colour', () => {
    expect(readableTextOn('#c2362b')).toBe('#ffffff');
    expect(readableTextOn('#1f4e79')).toBe('#ffffff');
    expect(readableTextOn('#e3b341')).toBe('#1d2733');
    expect(readableTextOn('#4c9a61')).toBe('#1d2733');
    expect(readableTextOn('not a colour')).toBe('#1d2733');
  });
});
