import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { dispatch } from '../handlers/dispatch';
import { listChanges } from '../repositories/change-log-repo';
import { SOC2_CATEGORIES_KEY } from '../repositories/soc2-scope-repo';
import { seedSampleSoc2 } from './sample/soc2-sample';
import { updateSoaEntry } from './soa-service';
import { readSoc2Readiness, readSoc2Scope, setSoc2Expectation, setSoc2Scope } from './soc2-service';
import { inTransaction } from './workbook-context';

const tempDir = useTempDir();

const soc2Changes = (ctx: ReturnType<typeof openTestWorkbook>['ctx']) =>
  listChanges(ctx.db, { area: 'soc2', limit: 100 }).map((c) => [c.recordId, c.field, c.oldValue, c.newValue]);

describe('SOC 2 scope', () => {
  it('starts with Security alone, stores the optional categories in catalogue order and logs each change', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    expect(readSoc2Scope(ctx)).toEqual({ categories: [] });
    expect(readSoc2Readiness(ctx).categories).toEqual(['security']);

    expect(setSoc2Scope(ctx, { categories: ['privacy', 'availability', 'privacy'] })).toEqual({ categories: ['availability', 'privacy'] });
    expect(readSoc2Scope(ctx)).toEqual({ categories: ['availability', 'privacy'] });
    expect(readSoc2Readiness(ctx).categories).toEqual(['security', 'availability', 'privacy']);
    setSoc2Scope(ctx, { categories: ['availability', 'privacy'] });
    setSoc2Scope(ctx, { categories: [] });

    expect(soc2Changes(ctx)).toEqual([
      ['scope', 'categories', '["availability","privacy"]', '[]'],
      ['scope', 'categories', '[]', '["availability","privacy"]'],
    ]);
    session.close();
  });

  it('rejects categories that are not optional Trust Services Categories, through the contract', async () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const security = await dispatch({ session }, 'soc2:setScope', { categories: ['security'] });
    expect(security).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const extra = await dispatch({ session }, 'soc2:setScope', { categories: [], everything: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const changed: string[][] = [];
    const ok = await dispatch({ session }, 'soc2:setScope', { categories: ['confidentiality'] }, { onChanged: (areas) => changed.push([...areas]) });
    expect(ok).toEqual({ ok: true, value: { categories: ['confidentiality'] } });
    expect(changed).toEqual([['soc2-scope', 'change-log']]);
    expect(readSoc2Scope(ctx)).toEqual({ categories: ['confidentiality'] });
    session.close();
  });

  it('reads an unreadable stored scope as Security alone rather than failing', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    ctx.db.prepare('INSERT INTO isms_setting (key, value) VALUES (?, ?)').run(SOC2_CATEGORIES_KEY, '{not json');
    expect(readSoc2Scope(ctx)).toEqual({ categories: [] });
    ctx.db.prepare('UPDATE isms_setting SET value = ? WHERE key = ?').run('["privacy","everything"]', SOC2_CATEGORIES_KEY);
    expect(readSoc2Scope(ctx)).toEqual({ categories: ['privacy'] });
    session.close();
  });
});

describe('SOC 2 expectations beyond ISO', () => {
  it('records an expectation as in place, moves the figure and logs it; refuses criteria without one', async () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const before = readSoc2Readiness(ctx);
    expect(before.criteria.find((c) => c.id === 'CC1.2')!.beyondIso).toMatchObject({ inPlace: false });

    const after = setSoc2Expectation(ctx, { criterionId: 'CC1.2', inPlace: true });
    expect(after.criteria.find((c) => c.id === 'CC1.2')).toMatchObject({ readiness: 50, beyondIso: { inPlace: true } });
    expect(after.overall).toBeGreaterThan(before.overall);
    setSoc2Expectation(ctx, { criterionId: 'CC1.2', inPlace: false });
    expect(readSoc2Readiness(ctx).criteria.find((c) => c.id === 'CC1.2')!.readiness).toBe(0);
    expect(soc2Changes(ctx)).toEqual([
      ['CC1.2', 'inPlace', 'true', 'false'],
      ['CC1.2', 'inPlace', 'false', 'true'],
    ]);

    const covered = await dispatch({ session }, 'soc2:setExpectation', { criterionId: 'CC6.1', inPlace: true });
    expect(covered).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/covered by its mapped ISO controls/) } });
    const unknown = await dispatch({ session }, 'soc2:setExpectation', { criterionId: 'CC9.9', inPlace: true });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const malformed = await dispatch({ session }, 'soc2:setExpectation', { criterionId: 'DROP TABLE', inPlace: true });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    session.close();
  });
});

describe('SOC 2 readiness of the sample', () => {
  it('covers Security, Availability and Confidentiality, and follows the SoA as it changes', () => {
    const { ctx, session } = openTestWorkbook(tempDir(), { sample: true });
    // Idempotent, so it holds whether or not the sample organisation already calls it.
    inTransaction(ctx, () => seedSampleSoc2(ctx));
    const r = readSoc2Readiness(ctx);
    expect(r.categories).toEqual(['security', 'availability', 'confidentiality']);
    expect(r.byCategory.map((b) => [b.category, b.criteria, b.ready, b.readiness])).toEqual([
      ['security', 33, 17, 90],
      ['availability', 3, 1, 86],
      ['confidentiality', 2, 0, 77],
    ]);
    expect(r.overall).toBe(89);
    expect(r.criteria.find((c) => c.id === 'CC9.1')!.beyondIso).toMatchObject({ inPlace: true });

    const c11 = r.criteria.find((c) => c.id === 'C1.1')!;
    updateSoaEntry(ctx, '5.13', { status: 'implemented' });
    updateSoaEntry(ctx, '7.7', { status: 'implemented' });
    updateSoaEntry(ctx, '8.11', { status: 'implemented' });
    const fixed = readSoc2Readiness(ctx).criteria.find((c) => c.id === 'C1.1')!;
    expect([c11.readiness, c11.status, fixed.readiness, fixed.status]).toEqual([71, 'partial', 100, 'ready']);
    session.close();
  });
});
