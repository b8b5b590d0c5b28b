import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { EMPTY_SCOPE } from '../../shared/domain/context';
import { listChanges } from '../repositories/change-log-repo';
import { readScope, updateScope } from './scope-service';

const tempDir = useTempDir();

describe('ISMS scope', () => {
  it('reads as empty in a new workbook and is written as one document', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    expect(readScope(ctx)).toEqual(EMPTY_SCOPE);
    updateScope(ctx, { statement: '  The AP platform.  ', locations: ['Manchester office'] });
    const scope = updateScope(ctx, { exclusions: [{ what: 'Marketing website', justification: 'Hosted by an agency; holds no customer data.' }] });
    expect(scope).toEqual({
      ...EMPTY_SCOPE,
      statement: 'The AP platform.',
      locations: ['Manchester office'],
      exclusions: [{ what: 'Marketing website', justification: 'Hosted by an agency; holds no customer data.' }],
    });
    expect(ctx.db.prepare('SELECT count(*) FROM isms_scope').pluck().get()).toBe(1);
    session.close();
  });

  it('logs each part that changed, and nothing for a save that changes nothing', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    updateScope(ctx, { statement: 'The AP platform.', locations: ['Manchester'] });
    updateScope(ctx, { statement: 'The AP platform.' });
    const changes = listChanges(ctx.db, { area: 'scope', limit: 10 });
    expect(changes.map((c) => c.field).sort()).toEqual(['locations', 'statement']);
    expect(changes.find((c) => c.field === 'locations')?.newValue).toBe('["Manchester"]');
    session.close();
  });

  it('refuses an exclusion without a justification and an empty list entry, changing nothing', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    expect(() => updateScope(ctx, { exclusions: [{ what: 'Website', justification: '' }] })).toThrow('An exclusion needs a justification');
    expect(() => updateScope(ctx, { locations: ['  '] })).toThrow('An entry cannot be empty');
    expect(readScope(ctx)).toEqual(EMPTY_SCOPE);
    session.close();
  });
});
