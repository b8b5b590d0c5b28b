import { describe, expect, it } from 'vitest';
import { compareControlIds, isAnnexAControlId, parseControlId, parseControlList } from './control-id';

describe('control references', () => {
  it.each([
    ['A.5.1', '5.1'],
    ['5.1', '5.1'],
    ['A 5.1', '5.1'],
    ['a.8.34', '8.34'],
    ['A5.23', '5.23'],
    [' A.05.07 ', '5.7'],
    ['8 7', '8.7'],
  ])('reads %s as %s', (text, id) => {
    expect(parseControlId(text)).toBe(id);
  });

  it.each(['5.38', '6.9', '7.15', '8.35', '9.1', 'A.12.1.1', '', 'CC6.1', '5'])('rejects %s', (text) => {
    expect(parseControlId(text)).toBeNull();
  });

  it('splits lists separated by commas, semicolons or new lines', () => {
    expect(parseControlList('A.8.7, 8.8; A 5.1\n8.7, bogus')).toEqual({ ids: ['8.7', '8.8', '5.1'], invalid: ['bogus'] });
  });

  it('orders numerically', () => {
    expect(['5.10', '5.2', '8.1', '6.3'].sort(compareControlIds)).toEqual(['5.2', '5.10', '6.3', '8.1']);
    expect(isAnnexAControlId('5.01')).toBe(false);
  });
});
