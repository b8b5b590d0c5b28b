import type { Database } from 'better-sqlite3';
import type { InterestedParty, InterestedPartyInput, PartyRequirement, PartyRequirementInput } from '../../shared/domain/context';

interface PartyRow {
  id: number;
  ref: string;
  name: string;
  category: InterestedParty['category'];
  needs: string;
}

interface RequirementRow {
  id: number;
  party_id: number;
  requirement: string;
  is_isms_requirement: number;
  how_addressed: string;
  controls: string;
  documents: string;
  objectives: string;
}

function toRequirement(row: RequirementRow): PartyRequirement {
  return {
    id: row.id,
    partyId: row.party_id,
    requirement: row.requirement,
    isIsmsRequirement: row.is_isms_requirement === 1,
    howAddressed: row.how_addressed,
    controls: JSON.parse(row.controls) as string[],
    documents: JSON.parse(row.documents) as string[],
    objectives: JSON.parse(row.objectives) as string[],
  };
}

const toParty = (row: PartyRow, requirements: PartyRequirement[]): InterestedParty => ({ ...row, requirements });

export function listInterestedParties(db: Database): InterestedParty[] {
  const byParty = new Map<number, PartyRequirement[]>();
  for (const row of db.prepare('SELECT * FROM party_requirement ORDER BY party_id, id').all() as RequirementRow[]) {
    const requirement = toRequirement(row);
    const list = byParty.get(requirement.partyId);
    if (list) list.push(requirement);
    else byParty.set(requirement.partyId, [requirement]);
  }
  return (db.prepare('SELECT * FROM interested_party ORDER BY id').all() as PartyRow[]).map((row) => toParty(row, byParty.get(row.id) ?? []));
}

export function getInterestedParty(db: Database, id: number): InterestedParty | null {
  const row = db.prepare('SELECT * FROM interested_party WHERE id = ?').get(id) as PartyRow | undefined;
  if (!row) return null;
  const requirements = (db.prepare('SELECT * FROM party_requirement WHERE party_id = ? ORDER BY id').all(id) as RequirementRow[]).map(toRequirement);
  return toParty(row, requirements);
}

export function insertInterestedParty(db: Database, ref: string, party: InterestedPartyInput): number {
  return Number(
    db
      .prepare('INSERT INTO interested_party (ref, name, category, needs) VALUES (@ref, @name, @category, @needs)')
      .run({ ref, name: party.name, category: party.category, needs: party.needs }).lastInsertRowid,
  );
}

export function updateInterestedPartyRow(db: Database, id: number, party: InterestedPartyInput): void {
  db.prepare('UPDATE interested_party SET name = @name, category = @category, needs = @needs WHERE id = @id').run({
    id,
    name: party.name,
    category: party.category,
    needs: party.needs,
  });
}

export function deleteInterestedPartyRow(db: Database, id: number): void {
  db.prepare('DELETE FROM interested_party WHERE id = ?').run(id);
}

export function getPartyRequirement(db: Database, id: number): PartyRequirement | null {
  const row = db.prepare('SELECT * FROM party_requirement WHERE id = ?').get(id) as RequirementRow | undefined;
  return row ? toRequirement(row) : null;
}

function requirementParams(requirement: PartyRequirementInput) {
  return {
    partyId: requirement.partyId,
    requirement: requirement.requirement,
    isIsms: requirement.isIsmsRequirement ? 1 : 0,
    howAddressed: requirement.howAddressed,
    controls: JSON.stringify(requirement.controls),
    documents: JSON.stringify(requirement.documents),
    objectives: JSON.stringify(requirement.objectives),
  };
}

export function insertPartyRequirement(db: Database, requirement: PartyRequirementInput): number {
  return Number(
    db
      .prepare(
        `INSERT INTO party_requirement (party_id, requirement, is_isms_requirement, how_addressed, controls, documents, objectives)
         VALUES (@partyId, @requirement, @isIsms, @howAddressed, @controls, @documents, @objectives)`,
      )
      .run(requirementParams(requirement)).lastInsertRowid,
  );
}

export function updatePartyRequirementRow(db: Database, id: number, requirement: PartyRequirementInput): void {
  db.prepare(
    `UPDATE party_requirement SET party_id = @partyId, requirement = @requirement, is_isms_requirement = @isIsms,
       how_addressed = @howAddressed, controls = @controls, documents = @documents, objectives = @objectives
     WHERE id = @id`,
  ).run({ ...requirementParams(requirement), id });
}

export function deletePartyRequirementRow(db: Database, id: number): void {
  db.prepare('DELETE FROM party_requirement WHERE id = ?').run(id);
}
