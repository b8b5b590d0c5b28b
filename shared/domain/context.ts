/**
 * The organisation's context (ISO/IEC 27001:2022 clause 4.1), its interested parties and their requirements (4.2),
 * the scope of the ISMS (4.3) and the ISMS roles top management assigns (5.3).
 */
import { z } from 'zod';
import { parseControlList } from '../rules/control-id';

// ---------------------------------------------------------------------------------------------------------------
// Context issues (4.1)

export const ISSUE_KINDS = ['internal', 'external'] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];
export const ISSUE_KIND_LABELS: Record<IssueKind, string> = { internal: 'Internal', external: 'External' };

export const ISSUE_CATEGORIES = [
  'regulatory',
  'legal',
  'contractual',
  'technological',
  'market',
  'economic',
  'organisational',
  'people',
  'environmental',
  'social',
  'political',
] as const;
export type IssueCategory = (typeof ISSUE_CATEGORIES)[number];
export const ISSUE_CATEGORY_LABELS: Record<IssueCategory, string> = {
  regulatory: 'Regulatory',
  legal: 'Legal',
  contractual: 'Contractual',
  technological: 'Technological',
  market: 'Market and competition',
  economic: 'Economic and financial',
  organisational: 'Organisational',
  people: 'People and culture',
  environmental: 'Environmental and climate',
  social: 'Social',
  political: 'Political',
};

export const contextIssueInputSchema = z.object({
  kind: z.enum(ISSUE_KINDS),
  category: z.enum(ISSUE_CATEGORIES),
  title: z.string().trim().min(1, 'The issue needs a short title').max(200),
  description: z.string().max(4000),
  /** How the issue affects the ISMS and its intended outcomes. */
  effect: z.string().max(4000),
  /** Ids of the risks the issue gives rise to (ids survive renumbering of the readable refs). */
  riskIds: z.array(z.number().int().positive()).max(500),
});
export type ContextIssueInput = z.infer<typeof contextIssueInputSchema>;

export interface ContextIssue extends ContextIssueInput {
  id: number;
  /** Readable reference, e.g. CI-004. */
  ref: string;
}

export const BLANK_CONTEXT_ISSUE: ContextIssueInput = {
  kind: 'internal',
  category: 'organisational',
  title: '',
  description: '',
  effect: '',
  riskIds: [],
};

/** The risks an issue links to, as the register now numbers them; links to risks no longer there are dropped. */
export function linkedRisks<R extends { id: number; ref: string }>(issue: Pick<ContextIssue, 'riskIds'>, risks: readonly R[]): R[] {
  const byId = new Map(risks.map((risk) => [risk.id, risk]));
  return issue.riskIds
    .map((id) => byId.get(id))
    .filter((risk): risk is R => risk !== undefined)
    .sort((a, b) => a.ref.localeCompare(b.ref, undefined, { numeric: true }));
}

// ---------------------------------------------------------------------------------------------------------------
// Interested parties and their requirements (4.2)

export const PARTY_CATEGORIES = [
  'customer',
  'regulator',
  'staff',
  'owner',
  'supplier',
  'partner',
  'insurer',
  'certification-body',
  'community',
  'other',
] as const;
export type PartyCategory = (typeof PARTY_CATEGORIES)[number];
export const PARTY_CATEGORY_LABELS: Record<PartyCategory, string> = {
  customer: 'Customers',
  regulator: 'Regulators and authorities',
  staff: 'Staff and contractors',
  owner: 'Owners, investors and board',
  supplier: 'Suppliers',
  partner: 'Partners',
  insurer: 'Insurers',
  'certification-body': 'Certification body',
  community: 'Community and public',
  other: 'Other',
};

export const interestedPartyInputSchema = z.object({
  name: z.string().trim().min(1, 'The interested party needs a name').max(200),
  category: z.enum(PARTY_CATEGORIES),
  /** Their needs and expectations, as the organisation understands them. */
  needs: z.string().max(4000),
});
export type InterestedPartyInput = z.infer<typeof interestedPartyInputSchema>;

const controlId = z.string().regex(/^[5-8]\.\d{1,2}$/, 'Use an Annex A control number such as 5.1');
/** A document ID (POL-001, ISMS-SCOPE) or an objective reference (OBJ-003): no spaces. */
const recordRef = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'Use a reference without spaces, such as POL-001');

export const partyRequirementInputSchema = z.object({
  partyId: z.number().int().positive(),
  requirement: z.string().trim().min(1, 'Describe the requirement').max(2000),
  /** Whether the organisation takes this need on as a requirement its ISMS must meet. */
  isIsmsRequirement: z.boolean(),
  howAddressed: z.string().max(4000),
  controls: z.array(controlId).max(93),
  documents: z.array(recordRef).max(50),
  objectives: z.array(recordRef).max(50),
});
export type PartyRequirementInput = z.infer<typeof partyRequirementInputSchema>;

export interface PartyRequirement extends PartyRequirementInput {
  id: number;
}

export interface InterestedParty extends InterestedPartyInput {
  id: number;
  /** Readable reference, e.g. IP-003. */
  ref: string;
  requirements: PartyRequirement[];
}

export const BLANK_PARTY: InterestedPartyInput = { name: '', category: 'customer', needs: '' };

export function blankRequirement(partyId: number, requirement: string): PartyRequirementInput {
  return { partyId, requirement, isIsmsRequirement: true, howAddressed: '', controls: [], documents: [], objectives: [] };
}

type Addressable = Pick<PartyRequirement, 'isIsmsRequirement' | 'howAddressed' | 'controls' | 'documents' | 'objectives'>;

/**
 * An ISMS requirement is unaddressed while nothing says how it is met: no "how addressed" text and no link to a
 * control, a document or an objective. Needs the organisation has not taken on are never unaddressed.
 */
export function isUnaddressed(requirement: Addressable): boolean {
  return (
    requirement.isIsmsRequirement &&
    requirement.howAddressed.trim() === '' &&
    requirement.controls.length === 0 &&
    requirement.documents.length === 0 &&
    requirement.objectives.length === 0
  );
}

export interface RequirementSummary {
  parties: number;
  requirements: number;
  ismsRequirements: number;
  unaddressed: number;
}

export function summariseRequirements(parties: readonly InterestedParty[]): RequirementSummary {
  const all = parties.flatMap((party) => party.requirements);
  return {
    parties: parties.length,
    requirements: all.length,
    ismsRequirements: all.filter((r) => r.isIsmsRequirement).length,
    unaddressed: all.filter(isUnaddressed).length,
  };
}

/** Every unaddressed ISMS requirement with its party, in party order. */
export function unaddressedRequirements(parties: readonly InterestedParty[]): { party: InterestedParty; requirement: PartyRequirement }[] {
  return parties.flatMap((party) => party.requirements.filter(isUnaddressed).map((requirement) => ({ party, requirement })));
}

/** Reads "POL-001, POL-004; OBJ-2" as a list of references; duplicates go, parts with spaces inside are invalid. */
export function parseReferenceList(text: string): { refs: string[]; invalid: string[] } {
  const refs: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[,;\n]+/)) {
    const value = part.trim();
    if (value === '') continue;
    if (!recordRef.safeParse(value).success) invalid.push(value);
    else if (!refs.some((ref) => ref.toUpperCase() === value.toUpperCase())) refs.push(value.toUpperCase());
  }
  return { refs, invalid };
}

/** Reads "A.8.7, 5.1" as canonical Annex A ids. */
export function parseControls(text: string): { ids: string[]; invalid: string[] } {
  return parseControlList(text);
}

// ---------------------------------------------------------------------------------------------------------------
// Scope (4.3)

const scopeItem = z.string().trim().min(1, 'An entry cannot be empty').max(500);
const scopeList = z.array(scopeItem).max(100);

export const scopeInterfaceSchema = z
  .object({
    interface: z.string().trim().min(1, 'Name the interface or dependency').max(300),
    description: z.string().max(2000),
  })
  .strict();
export type ScopeInterface = z.infer<typeof scopeInterfaceSchema>;

export const scopeExclusionSchema = z
  .object({
    what: z.string().trim().min(1, 'Say what is excluded').max(300),
    justification: z.string().trim().min(1, 'An exclusion needs a justification').max(2000),
  })
  .strict();
export type ScopeExclusion = z.infer<typeof scopeExclusionSchema>;

/** The whole scope is one document, read and written whole. */
export const ismsScopeSchema = z
  .object({
    statement: z.string().max(6000),
    organisationalUnits: scopeList,
    locations: scopeList,
    productsAndServices: scopeList,
    systemsAndNetworks: scopeList,
    interfaces: z.array(scopeInterfaceSchema).max(100),
    exclusions: z.array(scopeExclusionSchema).max(100),
  })
  .strict();
export type IsmsScope = z.infer<typeof ismsScopeSchema>;
export const ismsScopePatchSchema = ismsScopeSchema.partial().strict();
export type IsmsScopePatch = z.infer<typeof ismsScopePatchSchema>;

export const EMPTY_SCOPE: IsmsScope = {
  statement: '',
  organisationalUnits: [],
  locations: [],
  productsAndServices: [],
  systemsAndNetworks: [],
  interfaces: [],
  exclusions: [],
};

export const SCOPE_LISTS = ['organisationalUnits', 'locations', 'productsAndServices', 'systemsAndNetworks'] as const;
export type ScopeListKey = (typeof SCOPE_LISTS)[number];
export const SCOPE_LIST_LABELS: Record<ScopeListKey, string> = {
  organisationalUnits: 'Organisational units',
  locations: 'Locations',
  productsAndServices: 'Products and services',
  systemsAndNetworks: 'Systems and networks',
};

/** What a Stage 1 auditor would find missing from the scope; empty when the scope is complete. */
export function scopeGaps(scope: IsmsScope): string[] {
  const gaps: string[] = [];
  if (scope.statement.trim() === '') gaps.push('No scope statement');
  for (const key of SCOPE_LISTS) if (scope[key].length === 0) gaps.push(`No ${SCOPE_LIST_LABELS[key].toLowerCase()} listed`);
  if (scope.interfaces.length === 0) gaps.push('No interfaces or dependencies recorded');
  return gaps;
}

// ---------------------------------------------------------------------------------------------------------------
// ISMS roles (5.3)

export const ismsRoleInputSchema = z.object({
  title: z.string().trim().min(1, 'The role needs a title').max(200),
  holder: z.string().max(200),
  /** What the holder is accountable for, one item a line. */
  accountabilities: z.string().max(4000),
  /** Competences the role requires (clause 7.2), kept by the competence area. */
  competences: z.array(z.string().trim().min(1).max(300)).max(50),
});
export type IsmsRoleInput = z.infer<typeof ismsRoleInputSchema>;

export interface IsmsRole extends IsmsRoleInput {
  id: number;
  /** Order in which roles are listed (0 first). */
  position: number;
}

export const BLANK_ROLE: IsmsRoleInput = { title: '', holder: '', accountabilities: '', competences: [] };

/** Accountabilities as a list: one a line, list markers ("-", "*", "•", "1.") dropped. */
export function accountabilityLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/, '').trim())
    .filter((line) => line !== '');
}
