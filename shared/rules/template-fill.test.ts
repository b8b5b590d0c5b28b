import { describe, expect, it } from 'vitest';
import {
  TEMPLATE_TOKENS,
  UnknownTokenError,
  fillTemplate,
  joinWithAnd,
  placeholdersIn,
  tokensIn,
  withoutLeadingTitle,
  type TemplateOrganisation,
} from './template-fill';

const org: TemplateOrganisation = {
  legalName: 'Harbour Analytics Ltd',
  shortName: 'Harbour',
  ismsOwner: 'Nadia Rahman, Security Lead',
  defaultApprover: 'Tom Ellis, Managing Director',
  reviewCycleMonths: 12,
  classificationLabels: ['Public', 'Internal', 'Confidential'],
};

describe('fillTemplate', () => {
  it('replaces every known token with the organisation’s details', () => {
    const template = TEMPLATE_TOKENS.map((token) => `{{${token}}}`).join(' / ');
    expect(fillTemplate(template, org)).toBe(
      'Harbour Analytics Ltd / Harbour / Nadia Rahman, Security Lead / Tom Ellis, Managing Director / 12 / Public, Internal and Confidential',
    );
  });

  it('tolerates spaces inside the braces and repeats', () => {
    expect(fillTemplate('{{ organisation.shortName }} and {{organisation.shortName}}', org)).toBe('Harbour and Harbour');
  });

  it('falls back to the legal name for an empty short name, and to roles for an empty owner or approver', () => {
    const bare = { ...org, shortName: '  ', ismsOwner: '', defaultApprover: '' };
    expect(fillTemplate('{{organisation.shortName}}', bare)).toBe('Harbour Analytics Ltd');
    expect(fillTemplate('owned by {{organisation.ismsOwner}}, approved by {{organisation.defaultApprover}}', bare)).toBe(
      'owned by the ISMS owner, approved by top management',
    );
  });

  it('says "every month" rather than "every 1 months"', () => {
    expect(fillTemplate('reviewed every {{organisation.reviewCycleMonths}} months', { ...org, reviewCycleMonths: 1 })).toBe('reviewed every month');
    expect(fillTemplate('reviewed every {{organisation.reviewCycleMonths}} months', { ...org, reviewCycleMonths: 6 })).toBe('reviewed every 6 months');
  });

  it('refuses a template with a token it cannot fill, naming it', () => {
    expect(() => fillTemplate('Dear {{organisation.ceo}} and {{customer.name}}', org)).toThrow(UnknownTokenError);
    expect(() => fillTemplate('{{organisation.ceo}}', org)).toThrow('{{organisation.ceo}}');
  });

  it('lists the tokens a template uses', () => {
    expect(tokensIn('{{a.b}} {{ c }} {{a.b}}')).toEqual(['a.b', 'c']);
  });
});

describe('helpers', () => {
  it('joins lists the way a sentence does', () => {
    expect(joinWithAnd([])).toBe('');
    expect(joinWithAnd(['Public'])).toBe('Public');
    expect(joinWithAnd(['Public', 'Internal'])).toBe('Public and Internal');
    expect(joinWithAnd(['A', ' ', 'B', 'C'])).toBe('A, B and C');
  });

  it('drops a leading title heading only when it repeats the title', () => {
    expect(withoutLeadingTitle('# Backup Policy\n\n## 1. Purpose\n', 'Backup policy')).toBe('## 1. Purpose\n');
    expect(withoutLeadingTitle('# Something else\n\nText', 'Backup Policy')).toBe('# Something else\n\nText');
    expect(withoutLeadingTitle('## 1. Purpose', 'Backup Policy')).toBe('## 1. Purpose');
  });

  it('finds text a reader would take for an unfinished template', () => {
    expect(placeholdersIn('Owned by [Insert name] on <date>; TBD; {{x}}; lorem ipsum')).toEqual(['{{x}}', '[Insert name]', '<date>', 'TBD', 'lorem ipsum']);
    expect(placeholdersIn('Access is reviewed [quarterly] by the IT lead.')).toEqual([]);
  });
});
