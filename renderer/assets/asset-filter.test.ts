import { describe, expect, it } from 'vitest';
import type { Asset } from '../../shared/domain/risk';
import {
  ciaDescription,
  distinctValues,
  EMPTY_ASSET_FILTER,
  isFiltered,
  matchesAssetFilter,
  riskCountsByAsset,
  risksForAsset,
  sortAssets,
  toggleSort,
  visibleAssets,
} from './asset-filter';

let nextId = 1;
const asset = (over: Partial<Asset> = {}): Asset => ({
  id: nextId,
  ref: `AS-${String(nextId++).padStart(3, '0')}`,
  name: 'Customer database',
  type: 'information',
  owner: 'Head of Engineering',
  classification: 'Confidential',
  confidentiality: 3,
  integrity: 3,
  availability: 2,
  location: 'AWS eu-west-2',
  description: 'PostgreSQL cluster with customer ledgers',
  riskIds: [],
  ...over,
});

describe('asset filter', () => {
  it('matches every word of the query across ref, name, owner, location and description', () => {
    const a = asset({ ref: 'AS-042' });
    expect(matchesAssetFilter(a, { ...EMPTY_ASSET_FILTER, query: 'as-042' })).toBe(true);
    expect(matchesAssetFilter(a, { ...EMPTY_ASSET_FILTER, query: 'postgresql  eu-west' })).toBe(true);
    expect(matchesAssetFilter(a, { ...EMPTY_ASSET_FILTER, query: 'engineering customer' })).toBe(true);
    expect(matchesAssetFilter(a, { ...EMPTY_ASSET_FILTER, query: 'customer laptop' })).toBe(false);
  });

  it('filters by type, owner and classification, with empty values as their own choice', () => {
    const a = asset({ owner: '', classification: '' });
    expect(matchesAssetFilter(a, { ...EMPTY_ASSET_FILTER, type: 'hardware' })).toBe(false);
    expect(matchesAssetFilter(a, { ...EMPTY_ASSET_FILTER, type: 'information' })).toBe(true);
    expect(matchesAssetFilter(a, { ...EMPTY_ASSET_FILTER, owner: '' })).toBe(true);
    expect(matchesAssetFilter(a, { ...EMPTY_ASSET_FILTER, owner: 'CTO' })).toBe(false);
    expect(matchesAssetFilter(a, { ...EMPTY_ASSET_FILTER, classification: '' })).toBe(true);
    expect(matchesAssetFilter(a, { ...EMPTY_ASSET_FILTER, classification: 'Internal' })).toBe(false);
    expect(isFiltered(EMPTY_ASSET_FILTER)).toBe(false);
    expect(isFiltered({ ...EMPTY_ASSET_FILTER, owner: '' })).toBe(true);
    expect(isFiltered({ ...EMPTY_ASSET_FILTER, query: '  ' })).toBe(false);
  });
});

describe('asset sort', () => {
  const list = [
    asset({ ref: 'AS-10', name: 'laptops', type: 'hardware', owner: 'IT Lead' }),
    asset({ ref: 'AS-9', name: 'Payroll', type: 'service', owner: '' }),
    asset({ ref: 'AS-100', name: 'Backups', type: 'information', owner: 'CTO' }),
  ];

  it('sorts refs numerically and names without regard to case', () => {
    expect(sortAssets(list, { key: 'ref', direction: 'asc' }).map((a) => a.ref)).toEqual(['AS-9', 'AS-10', 'AS-100']);
    expect(sortAssets(list, { key: 'ref', direction: 'desc' }).map((a) => a.ref)).toEqual(['AS-100', 'AS-10', 'AS-9']);
    expect(sortAssets(list, { key: 'name', direction: 'asc' }).map((a) => a.name)).toEqual(['Backups', 'laptops', 'Payroll']);
  });

  it('sorts types by their label and keeps empty owners last in both directions', () => {
    expect(sortAssets(list, { key: 'type', direction: 'asc' }).map((a) => a.type)).toEqual(['hardware', 'information', 'service']);
    expect(sortAssets(list, { key: 'owner', direction: 'asc' }).map((a) => a.owner)).toEqual(['CTO', 'IT Lead', '']);
    expect(sortAssets(list, { key: 'owner', direction: 'desc' }).map((a) => a.owner)).toEqual(['IT Lead', 'CTO', '']);
  });

  it('does not change the input, filters before sorting, and toggles direction on the same column', () => {
    const before = list.map((a) => a.ref);
    const shown = visibleAssets(list, { ...EMPTY_ASSET_FILTER, type: 'hardware' }, { key: 'name', direction: 'asc' });
    expect(shown.map((a) => a.ref)).toEqual(['AS-10']);
    expect(list.map((a) => a.ref)).toEqual(before);
    expect(toggleSort({ key: 'name', direction: 'asc' }, 'name')).toEqual({ key: 'name', direction: 'desc' });
    expect(toggleSort({ key: 'name', direction: 'desc' }, 'owner')).toEqual({ key: 'owner', direction: 'asc' });
  });

  it('sorts 2,000 assets quickly', () => {
    const many = Array.from({ length: 2000 }, (_, i) => asset({ ref: `AS-${2000 - i}`, name: `Asset ${i % 97}` }));
    const started = performance.now();
    const sorted = visibleAssets(many, { ...EMPTY_ASSET_FILTER, query: 'asset' }, { key: 'name', direction: 'asc' });
    expect(sorted).toHaveLength(2000);
    expect(performance.now() - started).toBeLessThan(250);
  });
});

describe('asset helpers', () => {
  it('counts each risk once per asset and lists an asset’s risks by ref', () => {
    const risks = [
      { ref: 'R-10', assetIds: [1, 2] },
      { ref: 'R-2', assetIds: [1, 1] },
      { ref: 'R-3', assetIds: [] },
    ];
    expect([...riskCountsByAsset(risks)]).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(risksForAsset(risks, 1).map((r) => r.ref)).toEqual(['R-2', 'R-10']);
    expect(risksForAsset(risks, 9)).toEqual([]);
  });

  it('lists distinct, non-empty values in order, and spells out C/I/A values', () => {
    expect(distinctValues(['IT', '', 'CTO', 'IT', ' '])).toEqual(['CTO', 'IT']);
    expect(ciaDescription({ confidentiality: 3, integrity: 1, availability: 2 })).toBe('Confidentiality High, Integrity Low, Availability Medium');
  });
});
