/**
 * The policy template library: resources/templates/index.json and one Markdown file per template, read from
 * disk at run time. The same loader serves the packaged app (electron-builder copies the folder to
 * <resources>/templates), `npm start`, the CLI through tsx, vitest and Playwright, without a build step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DOCUMENT_TYPES, documentIdSchema, type DocumentTemplate } from '../../shared/domain/documents';
import { AppError } from '../../shared/ipc/result';

const INDEX = 'index.json';

const templateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,80}$/),
  title: z.string().trim().min(1).max(200),
  type: z.enum(DOCUMENT_TYPES),
  documentId: documentIdSchema,
  clauses: z.array(z.string()),
  controls: z.array(z.string().regex(/^[5-8]\.\d{1,2}$/)),
  summary: z.string().trim().min(1).max(600),
});

function hasIndex(dir: string): boolean {
  return fs.existsSync(path.join(dir, INDEX));
}

/** The folders the templates may sit in, most specific first. */
function candidates(): string[] {
  const found: string[] = [];
  // Packaged app: electron-builder's extraResources puts them beside app.asar.
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) found.push(path.join(resourcesPath, 'templates'));
  // Everywhere else: walk up from the running code, the script and the working folder to the project root.
  const starts = [typeof __dirname === 'string' ? __dirname : null, process.argv[1] ? path.dirname(process.argv[1]) : null, process.cwd()];
  for (const start of starts) {
    if (!start) continue;
    let dir = path.resolve(start);
    for (;;) {
      found.push(path.join(dir, 'resources', 'templates'));
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return found;
}

let cachedRoot: string | null = null;

/** The folder holding index.json and the templates. */
export function templatesRoot(): string {
  if (cachedRoot && hasIndex(cachedRoot)) return cachedRoot;
  const root = candidates().find(hasIndex);
  if (!root) throw new AppError('INTERNAL', 'The policy template library is missing from this installation (resources/templates).');
  cachedRoot = root;
  return root;
}

let cachedIndex: { root: string; templates: DocumentTemplate[] } | null = null;

/** Every template, in the library's order. */
export function listTemplates(root = templatesRoot()): DocumentTemplate[] {
  if (cachedIndex?.root === root) return cachedIndex.templates;
  const parsed = z.array(templateSchema).safeParse(JSON.parse(fs.readFileSync(path.join(root, INDEX), 'utf8')));
  if (!parsed.success) {
    throw new AppError('INTERNAL', `The template library index is damaged: ${parsed.error.issues[0]?.message ?? 'invalid'}.`);
  }
  cachedIndex = { root, templates: parsed.data };
  return parsed.data;
}

export function findTemplate(id: string, root = templatesRoot()): DocumentTemplate {
  const template = listTemplates(root).find((t) => t.id === id);
  if (!template) throw new AppError('NOT_FOUND', `There is no template "${id}".`);
  return template;
}

/** The Markdown of a template, tokens and all. */
export function readTemplateBody(id: string, root = templatesRoot()): string {
  const template = findTemplate(id, root);
  return fs.readFileSync(path.join(root, `${template.id}.md`), 'utf8');
}
