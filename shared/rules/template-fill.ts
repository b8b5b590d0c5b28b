/**
 * Fills a policy template with the organisation's details. Templates name them with tokens such as
 * {{organisation.legalName}}; every token is replaced, and a token the app does not know is an error rather than
 * text left for an auditor to find.
 */
import type { Organisation } from '../domain/organisation';

export type TemplateOrganisation = Pick<
  Organisation,
  'legalName' | 'shortName' | 'ismsOwner' | 'defaultApprover' | 'reviewCycleMonths' | 'classificationLabels'
>;

export const TEMPLATE_TOKENS = [
  'organisation.legalName',
  'organisation.shortName',
  'organisation.ismsOwner',
  'organisation.defaultApprover',
  'organisation.reviewCycleMonths',
  'organisation.classificationLabels',
] as const;
export type TemplateToken = (typeof TEMPLATE_TOKENS)[number];

const TOKEN = /\{\{\s*([A-Za-z0-9_.]+)\s*\}\}/g;

/** "Public, Internal, Confidential and Restricted". */
export function joinWithAnd(items: readonly string[]): string {
  const clean = items.map((item) => item.trim()).filter((item) => item !== '');
  if (clean.length <= 1) return clean[0] ?? '';
  return `${clean.slice(0, -1).join(', ')} and ${clean.at(-1)}`;
}

/**
 * What each token becomes. An empty short name falls back to the legal name; an empty owner or approver to the
 * role, so a sentence still reads correctly before the profile is complete.
 */
export function tokenValues(org: TemplateOrganisation): Record<TemplateToken, string> {
  const legalName = org.legalName.trim();
  return {
    'organisation.legalName': legalName,
    'organisation.shortName': org.shortName.trim() || legalName,
    'organisation.ismsOwner': org.ismsOwner.trim() || 'the ISMS owner',
    'organisation.defaultApprover': org.defaultApprover.trim() || 'top management',
    'organisation.reviewCycleMonths': String(org.reviewCycleMonths),
    'organisation.classificationLabels': joinWithAnd(org.classificationLabels) || 'the classification labels in use',
  };
}

export function isTemplateToken(name: string): name is TemplateToken {
  return (TEMPLATE_TOKENS as readonly string[]).includes(name);
}

/** The distinct tokens a template uses, in order of first use. */
export function tokensIn(template: string): string[] {
  return [...new Set([...template.matchAll(TOKEN)].map((match) => match[1]!))];
}

export class UnknownTokenError extends Error {
  constructor(readonly tokens: string[]) {
    super(`The template uses ${tokens.length === 1 ? 'a token' : 'tokens'} the app cannot fill: ${tokens.map((t) => `{{${t}}}`).join(', ')}.`);
    this.name = 'UnknownTokenError';
  }
}

/** Replaces every token; throws UnknownTokenError, naming them, if the template uses tokens the app does not know. */
export function fillTemplate(template: string, org: TemplateOrganisation): string {
  const unknown = tokensIn(template).filter((name) => !isTemplateToken(name));
  if (unknown.length > 0) throw new UnknownTokenError(unknown);
  const values = tokenValues(org);
  // "every 1 months" reads badly: a one-month cycle is "every month".
  const text =
    org.reviewCycleMonths === 1 ? template.replace(/every \{\{\s*organisation\.reviewCycleMonths\s*\}\} months/g, 'every month') : template;
  return text.replace(TOKEN, (_all, name: string) => values[name as TemplateToken]);
}

/**
 * A template body without its leading "# Title" line: the title is a field of the document and its cover, so
 * repeating it in the body would only go stale when the document is renamed.
 */
export function withoutLeadingTitle(markdown: string, title: string): string {
  const match = /^\s*#[ \t]+(.+?)[ \t]*#*[ \t]*(?:\r?\n|$)/.exec(markdown);
  if (!match || match[1]!.trim().toLowerCase() !== title.trim().toLowerCase()) return markdown;
  return markdown.slice(match[0].length).replace(/^\s*\n/, '');
}

/**
 * Text a reader would take for an unfinished template: tokens, square-bracket or angle-bracket placeholders,
 * "TBD", "TODO", "lorem ipsum", "XXX". Returns what it found, for tests and checks.
 */
export function placeholdersIn(text: string): string[] {
  const patterns = [
    /\{\{[^}]*\}\}/g,
    /\[(?:insert|enter|add|your|company|organisation|organization|name|date|tbc|tbd)[^\]]*\]/gi,
    /<(?:insert|enter|your|company|organisation|organization|name|date)[^>]*>/gi,
    /\b(?:TBD|TBC|TODO|FIXME|XXX+)\b/g,
    /lorem ipsum/gi,
    /\b(?:ACME|Example Ltd|Company Name)\b/gi,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[0]));
}
