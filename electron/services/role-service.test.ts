import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { BLANK_ROLE } from '../../shared/domain/context';
import { listChanges } from '../repositories/change-log-repo';
import { createRole, deleteRole, listRoles, moveRole, updateRole } from './role-service';

const tempDir = useTempDir();

describe('ISMS roles', () => {
  it('adds roles at the end, moves them, and closes the gap after a delete', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const owner = createRole(ctx, { ...BLANK_ROLE, title: 'ISMS owner', holder: 'Siobhan Kerr' });
    const ceo = createRole(ctx, { ...BLANK_ROLE, title: 'Top management' });
    const auditor = createRole(ctx, { ...BLANK_ROLE, title: 'Internal auditor' });
    expect(listRoles(ctx).map((r) => r.title)).toEqual(['ISMS owner', 'Top management', 'Internal auditor']);
    moveRole(ctx, ceo.id, -1);
    expect(moveRole(ctx, ceo.id, -1).map((r) => r.title)).toEqual(['Top management', 'ISMS owner', 'Internal auditor']);
    deleteRole(ctx, owner.id);
    expect(listRoles(ctx).map((r) => [r.title, r.position])).toEqual([
      ['Top management', 0],
      ['Internal auditor', 1],
    ]);
    expect(listRoles(ctx).find((r) => r.id === auditor.id)?.position).toBe(1);
    session.close();
  });

  it('keeps the competences the competence area writes through it, and logs changes', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const role = createRole(ctx, { ...BLANK_ROLE, title: 'Internal auditor', accountabilities: 'Plans the audit programme' });
    const updated = updateRole(ctx, role.id, { holder: ' Priya Shah ', competences: ['ISO/IEC 27001 lead auditor', 'ISO/IEC 27001 lead auditor'] });
    expect(updated).toMatchObject({ holder: 'Priya Shah', competences: ['ISO/IEC 27001 lead auditor'] });
    const fields = listChanges(ctx.db, { area: 'isms-role', limit: 10 }).map((c) => c.field);
    expect(fields.sort()).toEqual(['competences', 'created', 'holder']);
    expect(() => updateRole(ctx, role.id, { title: '' })).toThrow('The role needs a title');
    session.close();
  });
});
