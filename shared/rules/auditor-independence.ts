import type { Audit } from '../domain/audit';

/**
 * Objectivity of internal auditors (9.2.2 c): an auditor should not audit their own work. People are written as
 * the workbook holds them, "Siobhan Kerr, Head of Security & Compliance", "Siobhan Kerr" or "Head of Security &
 * Compliance", so names are compared part by part, and the ISMS roles and the ISMS owner tell which name holds
 * which title.
 */

export type IndependenceConcern = 'auditee' | 'control-owner' | 'isms-owner';

export interface IndependenceWarning {
  auditRef: string;
  auditor: string;
  concern: IndependenceConcern;
  /** The controls or clauses concerned (empty for an auditee). */
  items: string[];
  message: string;
}

export interface IndependenceContext {
  /** The SoA owner of each control. */
  controlOwners: ReadonlyMap<string, string>;
  /** ISMS roles (5.3): who holds which title. */
  roles: readonly { title: string; holder: string }[];
  /** The ISMS owner from the organisation profile: runs the management system itself. */
  ismsOwner: string;
}

type Parts = Set<string>;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\band\b/g, '&')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

/** The ways a person string names someone: the whole of it, and each comma-separated part, without remarks in brackets. */
export function nameParts(text: string): Parts {
  const withoutRemarks = text.replace(/\([^)]*\)/g, ' ');
  const parts = [withoutRemarks, ...withoutRemarks.split(/[,;/]|\s[-–]\s/)].map(normalise).filter((p) => p.length >= 2);
  return new Set(parts);
}

const overlaps = (a: Parts, b: Parts) => [...a].some((part) => b.has(part));

/** Groups of parts known to name one person: each role's holder with its title, and the ISMS owner's name with theirs. */
function identityLinks(context: Pick<IndependenceContext, 'roles' | 'ismsOwner'>): Parts[] {
  const links = context.roles
    .filter((role) => role.holder.trim() !== '' && role.title.trim() !== '')
    .map((role) => new Set([...nameParts(role.holder), ...nameParts(role.title)]));
  if (context.ismsOwner.trim() !== '') links.push(nameParts(context.ismsOwner));
  return links;
}

/**
 * One step of expansion only: "Rajiv Menon" also answers to the titles his roles carry, but two people who hold
 * the same generic title (say, "Risk owner") are not thereby the same person.
 */
function expand(parts: Parts, links: readonly Parts[]): Parts {
  const out = new Set(parts);
  for (const link of links) if (overlaps(link, parts)) for (const part of link) out.add(part);
  return out;
}

/** Whether two person strings name the same person, directly or through a role or the ISMS owner. */
export function samePerson(a: string, b: string, links: readonly Parts[] = []): boolean {
  const pa = nameParts(a);
  const pb = nameParts(b);
  if (pa.size === 0 || pb.size === 0) return false;
  return overlaps(pa, pb) || overlaps(expand(pa, links), pb) || overlaps(pa, expand(pb, links));
}

const MANAGEMENT_ROLE = /\bisms\b|information security (manager|officer|lead)|\bciso\b|chief information security/i;

/** Everyone who runs the management system: the ISMS owner and the holders of ISMS management roles. */
function managementSystemOwners(context: IndependenceContext): string[] {
  const holders = context.roles.filter((r) => MANAGEMENT_ROLE.test(r.title) && r.holder.trim() !== '').map((r) => r.holder);
  return [context.ismsOwner, ...holders].filter((name) => name.trim() !== '');
}

const list = (items: readonly string[], max = 6) =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;

/** Warnings for each auditor of the audit who would audit their own work. */
export function independenceWarnings(
  audit: Pick<Audit, 'ref' | 'auditors' | 'auditees' | 'clauses' | 'controls'>,
  context: IndependenceContext,
): IndependenceWarning[] {
  const links = identityLinks(context);
  const owners = managementSystemOwners(context);
  const warnings: IndependenceWarning[] = [];
  for (const auditor of audit.auditors) {
    if (auditor.trim() === '') continue;
    const base = { auditRef: audit.ref, auditor };
    const asAuditee = audit.auditees.filter((auditee) => samePerson(auditor, auditee, links));
    if (asAuditee.length > 0) {
      warnings.push({ ...base, concern: 'auditee', items: [], message: `${auditor} is also an auditee of ${audit.ref}.` });
    }
    const owned = audit.controls.filter((id) => {
      const owner = context.controlOwners.get(id);
      return owner !== undefined && owner.trim() !== '' && samePerson(auditor, owner, links);
    });
    if (owned.length > 0) {
      warnings.push({
        ...base,
        concern: 'control-owner',
        items: owned,
        message: `${auditor} owns ${owned.length === 1 ? 'control' : 'controls'} ${list(owned.map((id) => `A.${id}`))} in the SoA and would audit ${owned.length === 1 ? 'it' : 'them'}.`,
      });
    }
    if (audit.clauses.length > 0 && owners.some((owner) => samePerson(auditor, owner, links))) {
      warnings.push({
        ...base,
        concern: 'isms-owner',
        items: [...audit.clauses],
        message: `${auditor} runs the ISMS and would audit management-system clauses ${list(audit.clauses)}.`,
      });
    }
  }
  return warnings;
}
