import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { WorkbookSession } from '../workbook-session';
import { dispatch } from './dispatch';

const tempDir = useTempDir();

describe('dispatch', () => {
  it('validates input before any handler runs and reports the field', async () => {
    const { session } = openTestWorkbook(tempDir());
    const result = await dispatch({ session }, 'soa:update', { controlId: '5.1', patch: { status: 'finished' } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toMatch(/patch\.status/);
    }
    session.close();
  });

  it('refuses unknown channels and shell channels that have no shell', async () => {
    const session = new WorkbookSession({ actor: 't' });
    const unknown = await dispatch({ session }, 'fs:readFile', { path: '/etc/passwd' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const dialog = await dispatch({ session }, 'dialog:openWorkbook', {});
    expect(dialog).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('says clearly when no workbook is open', async () => {
    const session = new WorkbookSession({ actor: 't' });
    expect(await dispatch({ session }, 'soa:list', {})).toMatchObject({ ok: false, error: { code: 'NO_WORKBOOK' } });
    expect(await dispatch({ session }, 'workbook:current', {})).toEqual({ ok: true, value: null });
  });

  it('announces the areas a write changed, and nothing for reads or failures', async () => {
    const { session } = openTestWorkbook(tempDir());
    const announced: string[][] = [];
    const onChanged = (areas: readonly string[]) => announced.push([...areas]);
    await dispatch({ session }, 'soa:list', {}, { onChanged });
    await dispatch({ session }, 'soa:update', { controlId: '5.1', patch: { applicable: false } }, { onChanged });
    await dispatch({ session }, 'soa:update', { controlId: '5.1', patch: { owner: 'CISO' } }, { onChanged });
    expect(announced).toEqual([['soa', 'change-log']]);
    session.close();
  });

  it('turns unexpected exceptions into INTERNAL errors instead of crashing', async () => {
    const { session } = openTestWorkbook(tempDir());
    session.context().db.exec('DROP TABLE soa_entry');
    const errors: unknown[] = [];
    const result = await dispatch({ session }, 'soa:list', {}, { onUnexpectedError: (_c, e) => errors.push(e) });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(errors).toHaveLength(1);
    session.close();
  });
});
