import { AppError } from '../../shared/ipc/result';
import {
  interestedPartyInputSchema,
  partyRequirementInputSchema,
  type InterestedParty,
  type InterestedPartyInput,
  type PartyRequirement,
  type PartyRequirementInput,
} from '../../shared/domain/context';
import { isAnnexAControlId } from '../../shared/rules/control-id';
import { nextRef } from '../repositories/readable-ref';
import {
  deleteInterestedPartyRow,
  deletePartyRequirementRow,
  getInterestedParty,
  getPartyRequirement,
  insertInterestedParty,
  insertPartyRequirement,
  listInterestedParties,
  updateInterestedPartyRow,
  updatePartyRequirementRow,
} from '../repositories/party-repo';
import { logChanges, logEvent } from './change-log';
import { inTransaction, type WorkbookContext } from './workbook-context';

const PARTY_AREA = 'interested-party';
const REQUIREMENT_AREA = 'party-requirement';
const PARTY_FIELDS = Object.keys(interestedPartyInputSchema.shape) as (keyof InterestedPartyInput)[];
const REQUIREMENT_FIELDS = Object.keys(partyRequirementInputSchema.shape).filter((f) => f !== 'partyId') as (keyof PartyRequirementInput)[];

export function listInterestedPartyRegister(ctx: WorkbookContext): InterestedParty[] {
  return listInterestedParties(ctx.db);
}

function requireParty(ctx: WorkbookContext, id: number): InterestedParty {
  const party = getInterestedParty(ctx.db, id);
  if (!party) throw new AppError('NOT_FOUND', 'That interested party no longer exists.');
  return party;
}

function requireRequirement(ctx: WorkbookContext, id: number): PartyRequirement {
  const requirement = getPartyRequirement(ctx.db, id);
  if (!requirement) throw new AppError('NOT_FOUND', 'That requirement no longer exists.');
  return requirement;
}

function invalid(issues: { message: string }[], fallback: string): AppError {
  return new AppError('INVALID_INPUT', issues[0]?.message ?? fallback, { issues });
}

function validateParty(input: unknown): InterestedPartyInput {
  const parsed = interestedPartyInputSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues, 'Invalid interested party');
  return parsed.data;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function validateRequirement(ctx: WorkbookContext, input: unknown): PartyRequirementInput {
  const parsed = partyRequirementInputSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues, 'Invalid requirement');
  const requirement = parsed.data;
  if (!getInterestedParty(ctx.db, requirement.partyId)) throw new AppError('INVALID_INPUT', 'The requirement belongs to an interested party that does not exist.');
  const unknownControl = requirement.controls.find((id) => !isAnnexAControlId(id));
  if (unknownControl) throw new AppError('INVALID_INPUT', `${unknownControl} is not an Annex A control.`);
  requirement.controls = unique(requirement.controls);
  requirement.documents = unique(requirement.documents);
  requirement.objectives = unique(requirement.objectives);
  return requirement;
}

const requirementRecord = (party: Pick<InterestedParty, 'ref'>, id: number) => `${party.ref}/${id}`;

/** Adds parties and their requirements inside the caller's transaction (used by create and by the sample). */
export function insertInterestedParties(
  ctx: WorkbookContext,
  inputs: (InterestedPartyInput & { requirements?: Omit<PartyRequirementInput, 'partyId'>[] })[],
): InterestedParty[] {
  return inputs.map(({ requirements = [], ...input }) => {
    const party = validateParty(input);
    const ref = nextRef(ctx.db, 'interested_party', 'IP');
    const id = insertInterestedParty(ctx.db, ref, party);
    logEvent(ctx, PARTY_AREA, ref, 'created', party.name);
    for (const requirement of requirements) insertRequirement(ctx, { ...requirement, partyId: id });
    return requireParty(ctx, id);
  });
}

export function createInterestedParty(ctx: WorkbookContext, input: InterestedPartyInput): InterestedParty {
  return inTransaction(ctx, () => insertInterestedParties(ctx, [input])[0]!);
}

export function updateInterestedParty(ctx: WorkbookContext, id: number, patch: Partial<InterestedPartyInput>): InterestedParty {
  return inTransaction(ctx, () => {
    const before = requireParty(ctx, id);
    const after = validateParty({ name: before.name, category: before.category, needs: before.needs, ...patch });
    updateInterestedPartyRow(ctx.db, id, after);
    logChanges(ctx, PARTY_AREA, before.ref, before, after, PARTY_FIELDS);
    return requireParty(ctx, id);
  });
}

/** Deletes a party with its requirements. */
export function deleteInterestedParty(ctx: WorkbookContext, id: number): void {
  inTransaction(ctx, () => {
    const party = requireParty(ctx, id);
    deleteInterestedPartyRow(ctx.db, id);
    logEvent(ctx, PARTY_AREA, party.ref, 'deleted', JSON.stringify(party));
  });
}

function insertRequirement(ctx: WorkbookContext, input: PartyRequirementInput): PartyRequirement {
  const requirement = validateRequirement(ctx, input);
  const party = requireParty(ctx, requirement.partyId);
  const id = insertPartyRequirement(ctx.db, requirement);
  logEvent(ctx, REQUIREMENT_AREA, requirementRecord(party, id), 'created', requirement.requirement);
  return requireRequirement(ctx, id);
}

export function createPartyRequirement(ctx: WorkbookContext, input: PartyRequirementInput): PartyRequirement {
  return inTransaction(ctx, () => insertRequirement(ctx, input));
}

export function updatePartyRequirement(ctx: WorkbookContext, id: number, patch: Partial<PartyRequirementInput>): PartyRequirement {
  return inTransaction(ctx, () => {
    const before = requireRequirement(ctx, id);
    const { id: _id, ...current } = before;
    const after = validateRequirement(ctx, { ...current, ...patch });
    const party = requireParty(ctx, after.partyId);
    updatePartyRequirementRow(ctx.db, id, after);
    if (after.partyId !== before.partyId) logEvent(ctx, REQUIREMENT_AREA, requirementRecord(party, id), 'partyId', party.ref);
    logChanges(ctx, REQUIREMENT_AREA, requirementRecord(party, id), before, after, REQUIREMENT_FIELDS);
    return requireRequirement(ctx, id);
  });
}

export function deletePartyRequirement(ctx: WorkbookContext, id: number): void {
  inTransaction(ctx, () => {
    const requirement = requireRequirement(ctx, id);
    const party = requireParty(ctx, requirement.partyId);
    deletePartyRequirementRow(ctx.db, id);
    logEvent(ctx, REQUIREMENT_AREA, requirementRecord(party, id), 'deleted', JSON.stringify(requirement));
  });
}
