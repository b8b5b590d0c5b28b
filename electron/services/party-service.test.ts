import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { blankRequirement, isUnaddressed, summariseRequirements } from '../../shared/domain/context';
import { listChanges } from '../repositories/change-log-repo';
import {
  createInterestedParty,
  createPartyRequirement,
  deleteInterestedParty,
  deletePartyRequirement,
  listInterestedPartyRegister,
  updateInterestedParty,
  updatePartyRequirement,
} from './party-service';

const tempDir = useTempDir();

describe('interested parties and their requirements', () => {
  it('numbers parties and keeps their requirements with them', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const ico = createInterestedParty(ctx, { name: "Information Commissioner's Office", category: 'regulator', needs: 'Lawful processing' });
    const customers = createInterestedParty(ctx, { name: 'Customers', category: 'customer', needs: '' });
    expect([ico.ref, customers.ref]).toEqual(['IP-001', 'IP-002']);
    const breach = createPartyRequirement(ctx, blankRequirement(ico.id, 'Report qualifying breaches within 72 hours'));
    createPartyRequirement(ctx, { ...blankRequirement(customers.id, 'Answer security questionnaires'), isIsmsRequirement: false });

    const parties = listInterestedPartyRegister(ctx);
    expect(parties.map((p) => p.requirements.length)).toEqual([1, 1]);
    expect(isUnaddressed(breach)).toBe(true);
    expect(summariseRequirements(parties)).toMatchObject({ ismsRequirements: 1, unaddressed: 1 });
    session.close();
  });

  it('links a requirement to controls, documents and objectives, once each, and logs the change', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const ico = createInterestedParty(ctx, { name: 'ICO', category: 'regulator', needs: '' });
    const breach = createPartyRequirement(ctx, blankRequirement(ico.id, 'Report qualifying breaches within 72 hours'));
    const updated = updatePartyRequirement(ctx, breach.id, { controls: ['5.26', '5.24', '5.26'], documents: ['PRO-004'], objectives: ['OBJ-003'] });
    expect(updated).toMatchObject({ controls: ['5.26', '5.24'], documents: ['PRO-004'], objectives: ['OBJ-003'] });
    expect(isUnaddressed(updated)).toBe(false);
    const fields = listChanges(ctx.db, { area: 'party-requirement', recordId: `IP-001/${breach.id}`, limit: 10 }).map((c) => c.field);
    expect(fields.sort()).toEqual(['controls', 'created', 'documents', 'objectives']);
    session.close();
  });

  it('refuses controls outside Annex A, references with spaces and requirements for a missing party', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const party = createInterestedParty(ctx, { name: 'Insurer', category: 'insurer', needs: '' });
    const req = createPartyRequirement(ctx, blankRequirement(party.id, 'MFA on remote access'));
    expect(() => updatePartyRequirement(ctx, req.id, { controls: ['5.99'] })).toThrow('5.99 is not an Annex A control');
    expect(() => updatePartyRequirement(ctx, req.id, { documents: ['the policy'] })).toThrow('Use a reference without spaces');
    expect(() => createPartyRequirement(ctx, blankRequirement(999, 'Orphan'))).toThrow('does not exist');
    expect(() => updateInterestedParty(ctx, party.id, { name: '' })).toThrow('needs a name');
    session.close();
  });

  it('deletes a requirement alone, or a party with all of its requirements', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const party = createInterestedParty(ctx, { name: 'Board', category: 'owner', needs: '' });
    const first = createPartyRequirement(ctx, blankRequirement(party.id, 'Quarterly security reporting'));
    createPartyRequirement(ctx, blankRequirement(party.id, 'Certification by Q3'));
    deletePartyRequirement(ctx, first.id);
    expect(listInterestedPartyRegister(ctx)[0]!.requirements.map((r) => r.requirement)).toEqual(['Certification by Q3']);
    deleteInterestedParty(ctx, party.id);
    expect(listInterestedPartyRegister(ctx)).toEqual([]);
    expect(ctx.db.prepare('SELECT count(*) FROM party_requirement').pluck().get()).toBe(0);
    session.close();
  });
});
