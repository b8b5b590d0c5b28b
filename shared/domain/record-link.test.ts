import { describe, expect, it } from 'vitest';
import { heatCellRecord, parseHeatCellRecord } from './record-link';

describe('heat-map cell links', () => {
  it('round-trips a cell and refuses anything else', () => {
    const cell = { which: 'residual', likelihood: 3, impact: 4 } as const;
    expect(heatCellRecord(cell)).toBe('cell:residual:3:4');
    expect(parseHeatCellRecord(heatCellRecord(cell))).toEqual(cell);
    expect(parseHeatCellRecord('R-004')).toBeNull();
    expect(parseHeatCellRecord('cell:residual:0:4')).toBeNull();
    expect(parseHeatCellRecord('cell:future:3:4')).toBeNull();
  });
});
