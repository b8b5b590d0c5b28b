import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { listChanges } from '../repositories/change-log-repo';
import { bulkUpdateSoa, listSoa, updateSoaEntry } from './soa-service';

const tempDir = useTempDir();

describe('Statement of Applicability service', () => {
  it('starts a new workbook with all 93 controls applicable and awaiting a decision', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const entries = listSoa(ctx);
    expect(entries).toHaveLength(93);
    expect(entries.every((e) => e.applicable && e.status === 'not-started' && e.reasons.length === 0)).toBe(true);
    expect(entries.map((e) => e.controlId).slice(0, 3)).toEqual(['5.1', '5.2', '5.3']);
    expect(entries.at(-1)?.controlId).toBe('8.34');
    session.close();
  });

  it('saves an edit and logs each changed field with old and new values', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    updateSoaEntry(ctx, '8.7', { status: 'implemented', reasons: ['risk-treatment'], owner: 'IT Lead' });
    expect(listSoa(ctx).find((e) => e.controlId === '8.7')).toMatchObject({ status: 'implemented', owner: 'IT Lead' });
    const log = listChanges(ctx.db, { area: 'soa', recordId: '8.7', limit: 10 });
    expect(log.map((l) => [l.field, l.oldValue, l.newValue]).sort()).toEqual([
      ['owner', '', 'IT Lead'],
      ['reasons', '[]', '["risk-treatment"]'],
      ['status', 'not-started', 'implemented'],
    ]);
    expect(log[0]).toMatchObject({ actor: 'tester', at: '2026-11-20T10:00:00.000Z' });
    session.close();
  });

  it('refuses an exclusion without a justification and changes nothing', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    expect(() => updateSoaEntry(ctx, '7.6', { applicable: false })).toThrowError(/justification/);
    expect(listSoa(ctx).find((e) => e.controlId === '7.6')?.applicable).toBe(true);
    updateSoaEntry(ctx, '7.6', { applicable: false, exclusionJustification: 'No secure areas in scope.' });
    expect(listSoa(ctx).find((e) => e.controlId === '7.6')?.applicable).toBe(false);
    session.close();
  });

  it('applies a bulk edit to all controls or to none', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    updateSoaEntry(ctx, '5.2', { applicable: false, exclusionJustification: 'Covered elsewhere' });
    bulkUpdateSoa(ctx, ['5.1', '5.2', '5.3'], { owner: 'CISO' });
    expect(listSoa(ctx).filter((e) => e.owner === 'CISO').map((e) => e.controlId)).toEqual(['5.1', '5.2', '5.3']);
    const logCount = listChanges(ctx.db, { limit: 1000 }).length;
    expect(() => bulkUpdateSoa(ctx, ['5.1', '5.4'], { applicable: false, exclusionJustification: '' })).toThrow();
    expect(listSoa(ctx).filter((e) => !e.applicable).map((e) => e.controlId)).toEqual(['5.2']);
    expect(listChanges(ctx.db, { limit: 1000 })).toHaveLength(logCount);
    session.close();
  });
});
