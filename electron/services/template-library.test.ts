/**
 * The shipped template library: every template listed, readable, fillable for any organisation, and free of
 * tokens and placeholder text once filled.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import organisationJson from '../../resources/sample/organisation.json' with { type: 'json' };
import { clauseById } from '../../shared/catalog/clauses';
import { organisationSchema } from '../../shared/domain/organisation';
import { isAnnexAControlId } from '../../shared/rules/control-id';
import { parseMarkdown, spansToText } from '../../shared/rules/markdown-blocks';
import { fillTemplate, placeholdersIn, withoutLeadingTitle, type TemplateOrganisation } from '../../shared/rules/template-fill';
import { listTemplates, readTemplateBody, templatesRoot } from './template-library';

const northwind = organisationSchema.parse(organisationJson);
const sparse: TemplateOrganisation = {
  legalName: 'Tiny Start Ltd',
  shortName: '',
  ismsOwner: '',
  defaultApprover: '',
  reviewCycleMonths: 1,
  classificationLabels: ['Internal'],
};

const templates = listTemplates();

describe('template library', () => {
  it('finds resources/templates from the code', () => {
    expect(fs.existsSync(path.join(templatesRoot(), 'index.json'))).toBe(true);
  });

  it('offers at least 15 templates with unique ids and document IDs, each with a Markdown file and a summary', () => {
    expect(templates.length).toBeGreaterThanOrEqual(15);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    expect(new Set(templates.map((t) => t.documentId)).size).toBe(templates.length);
    for (const template of templates) {
      expect(fs.existsSync(path.join(templatesRoot(), `${template.id}.md`)), template.id).toBe(true);
      expect(template.summary.length, template.id).toBeGreaterThan(40);
    }
  });

  it('refers only to real clauses and Annex A controls', () => {
    for (const template of templates) {
      for (const clause of template.clauses) expect(clauseById(clause), `${template.id} ${clause}`).toBeDefined();
      for (const control of template.controls) expect(isAnnexAControlId(control), `${template.id} ${control}`).toBe(true);
    }
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s fills completely, leaving no token or placeholder', (_id, template) => {
    const raw = readTemplateBody(template.id);
    for (const org of [northwind, sparse]) {
      const body = withoutLeadingTitle(fillTemplate(raw, org), template.title);
      expect(placeholdersIn(body), `${template.id} for ${org.legalName}`).toEqual([]);
      expect(body).not.toMatch(/[{}]{2}/);
      expect(body).toContain(org.legalName);
    }
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s is a well-formed body in the supported Markdown', (_id, template) => {
    const body = withoutLeadingTitle(fillTemplate(readTemplateBody(template.id), northwind), template.title);
    const blocks = parseMarkdown(body);
    expect(blocks[0]?.kind, 'opens with a heading once the title is dropped').toBe('heading');
    expect(blocks.filter((b) => b.kind === 'heading' && b.level === 1), 'the title is the only level-1 heading').toEqual([]);
    // Table rows and headings that did not parse would show up as paragraphs starting with their markup.
    const stray = blocks.filter((b) => b.kind === 'paragraph' && /^(\||#|-{3})/.test(spansToText(b.content)));
    expect(stray).toEqual([]);
    // Emphasis markers left in the text mean unbalanced ** or *.
    const text = blocks.flatMap((b) =>
      b.kind === 'table' ? [...b.header, ...b.rows.flat()].map(spansToText) : b.kind === 'list' ? b.items.map((i) => spansToText(i.content)) : [spansToText(b.content)],
    );
    expect(text.filter((t) => t.includes('*'))).toEqual([]);
  });
});
