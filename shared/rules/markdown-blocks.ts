/**
 * The Markdown of document bodies, and only that: headings (#, ##, ###), paragraphs, bullet and numbered lists
 * (nested by indentation), GitHub pipe tables, **bold** and *italic*. Anything else is kept as plain text, so
 * nothing a user types is ever lost. Pure: the editor's preview and the Word export both render these blocks.
 */

export interface Span {
  text: string;
  bold: boolean;
  italic: boolean;
}

export type Alignment = 'left' | 'center' | 'right' | null;

export interface ListItem {
  /** Nesting depth: 0 for the outer list, at most 2. */
  level: number;
  ordered: boolean;
  content: Span[];
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; content: Span[] }
  | { kind: 'paragraph'; content: Span[] }
  /** One list; `ordered` and `start` describe its outer level. */
  | { kind: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { kind: 'table'; align: Alignment[]; header: Span[][]; rows: Span[][][] };

export const MAX_LIST_LEVEL = 2;

// ---------------------------------------------------------------------------------------------------------------
// Inline: **bold**, *italic*, ***both***, and backslash escapes.

const ESCAPABLE = /[\\*_#|`[\]()>+\-.!{}~]/;

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/.test(char);
}

/** Where the delimiter that closes one opened at `from` is, or -1. Skips escapes and, for `*`, whole `**` spans. */
function findClose(text: string, from: number, delimiter: string): number {
  for (let j = from; j < text.length; j += 1) {
    if (text[j] === '\\') {
      j += 1;
      continue;
    }
    if (!text.startsWith(delimiter, j)) {
      continue;
    }
    if (delimiter === '*' && text[j + 1] === '*') {
      // A bold span inside an italic one: jump over it when it closes, else treat its stars as a close.
      const end = findClose(text, j + 2, '**');
      if (end !== -1 && !isSpace(text[j + 2])) {
        j = end + 1;
        continue;
      }
    }
    if (j > from && !isSpace(text[j - 1])) return j;
  }
  return -1;
}

/**
 * The emphasis span opened by the run of stars at `i`: the longest closing match for the last three, two or one
 * of them (stars before those stay text, as in "***bold**"). Null when nothing closes it.
 */
function openSpan(text: string, i: number): { prefix: string; run: string; start: number; end: number } | null {
  const stars = /^\*+/.exec(text.slice(i))![0].length;
  const start = i + stars;
  if (isSpace(text[start])) return null;
  for (const length of [3, 2, 1]) {
    if (length > stars) continue;
    const run = '*'.repeat(length);
    const end = findClose(text, start, run);
    if (end !== -1) return { prefix: '*'.repeat(stars - length), run, start, end };
  }
  return null;
}

function pushText(out: Span[], text: string, bold: boolean, italic: boolean): void {
  if (text === '') return;
  const last = out.at(-1);
  if (last && last.bold === bold && last.italic === italic) last.text += text;
  else out.push({ text, bold, italic });
}

function parseSpans(text: string, bold: boolean, italic: boolean, out: Span[]): void {
  let plain = '';
  let i = 0;
  const flush = () => {
    pushText(out, plain, bold, italic);
    plain = '';
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1]!)) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (char === '*') {
      const span = openSpan(text, i);
      if (span) {
        plain += span.prefix;
        flush();
        parseSpans(text.slice(span.start, span.end), bold || span.run.length >= 2, italic || span.run.length !== 2, out);
        i = span.end + span.run.length;
        continue;
      }
      const stars = /^\*+/.exec(text.slice(i))![0];
      plain += stars;
      i += stars.length;
      continue;
    }
    plain += char;
    i += 1;
  }
  flush();
}

/** The formatted runs of one line (or of several lines joined with spaces). */
export function parseInline(text: string): Span[] {
  const out: Span[] = [];
  parseSpans(text, false, false, out);
  return out;
}

export function spansToText(spans: readonly Span[]): string {
  return spans.map((span) => span.text).join('');
}

// ---------------------------------------------------------------------------------------------------------------
// Blocks

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const LIST_ITEM = /^( *)(?:([-*+])|(\d{1,9})[.)])[ \t]+(.*)$/;
const DELIMITER_CELL = /^:?-+:?$/;

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** The cells of a table row: the outer pipes are optional and `\|` is a literal pipe. */
export function splitRow(line: string): string[] {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '\\' && text[i + 1] === '|') {
      current += '\\|';
      i += 1;
    } else if (text[i] === '|') {
      cells.push(current.trim());
      current = '';
    } else current += text[i];
  }
  cells.push(current.trim());
  return cells;
}

function delimiterAlignments(line: string): Alignment[] | null {
  if (!line.includes('-') || !/^[\s|:-]+$/.test(line)) return null;
  const cells = splitRow(line);
  if (!cells.every((cell) => DELIMITER_CELL.test(cell))) return null;
  return cells.map((cell) => {
    const left = cell.startsWith(':');
    const right = cell.endsWith(':');
    return left && right ? 'center' : right ? 'right' : left ? 'left' : null;
  });
}

function isTableStart(lines: readonly string[], index: number): boolean {
  const header = lines[index];
  const delimiter = lines[index + 1];
  if (header === undefined || delimiter === undefined || !header.includes('|')) return false;
  const align = delimiterAlignments(delimiter);
  return align !== null && align.length === splitRow(header).length;
}

function startsBlock(lines: readonly string[], index: number): boolean {
  const line = lines[index]!;
  return HEADING.test(line) || LIST_ITEM.test(line) || isTableStart(lines, index);
}

function fitRow(cells: string[], width: number): Span[][] {
  const fitted = cells.slice(0, width);
  while (fitted.length < width) fitted.push('');
  return fitted.map(parseInline);
}

/** Parses a body into blocks. Never throws: text outside the subset comes back as paragraphs. */
export function parseMarkdown(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i += 1;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = Math.min(heading[1]!.length, 3) as 1 | 2 | 3;
      blocks.push({ kind: 'heading', level, content: parseInline((heading[2] ?? '').trim()) });
      i += 1;
      continue;
    }
    if (isTableStart(lines, i)) {
      const header = splitRow(line);
      const align = delimiterAlignments(lines[i + 1]!)!;
      const rows: Span[][][] = [];
      i += 2;
      while (i < lines.length && !isBlank(lines[i]!) && lines[i]!.includes('|') && !HEADING.test(lines[i]!)) {
        rows.push(fitRow(splitRow(lines[i]!), header.length));
        i += 1;
      }
      blocks.push({ kind: 'table', align, header: fitRow(header, header.length), rows });
      continue;
    }
    if (LIST_ITEM.test(line)) {
      i = parseList(lines, i, blocks);
      continue;
    }
    const text: string[] = [line.trim()];
    i += 1;
    while (i < lines.length && !isBlank(lines[i]!) && !startsBlock(lines, i)) {
      text.push(lines[i]!.trim());
      i += 1;
    }
    blocks.push({ kind: 'paragraph', content: parseInline(text.join(' ')) });
  }
  return blocks;
}

/** Reads one list from `start`; returns the index of the first line after it. */
function parseList(lines: readonly string[], start: number, blocks: Block[]): number {
  const first = LIST_ITEM.exec(lines[start]!)!;
  const base = first[1]!.length;
  const items: { level: number; ordered: boolean; text: string[] }[] = [];
  /** The indentation of each open level, to tell a nested item from a sibling. */
  const indents: number[] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i]!;
    const match = LIST_ITEM.exec(line);
    if (match && indentOf(line) >= base) {
      const indent = match[1]!.length;
      while (indents.length > 0 && indent < indents.at(-1)!) indents.pop();
      if (indents.length === 0 || indent > indents.at(-1)! + 1) {
        if (indents.length === 0 || indents.length <= MAX_LIST_LEVEL) indents.push(indent);
      }
      const level = Math.min(indents.length - 1, MAX_LIST_LEVEL);
      items.push({ level, ordered: match[3] !== undefined, text: [match[4]!.trim()] });
      i += 1;
      continue;
    }
    if (isBlank(line)) {
      // A blank line keeps the list open only if another item follows it.
      let next = i + 1;
      while (next < lines.length && isBlank(lines[next]!)) next += 1;
      const following = lines[next];
      if (following !== undefined && LIST_ITEM.test(following) && indentOf(following) >= base) {
        i = next;
        continue;
      }
      break;
    }
    if (HEADING.test(line) || isTableStart(lines, i)) break;
    // A line without a marker carries on the item above it.
    items.at(-1)!.text.push(line.trim());
    i += 1;
  }
  blocks.push({
    kind: 'list',
    ordered: first[3] !== undefined,
    start: first[3] !== undefined ? Number(first[3]) : 1,
    items: items.map((item) => ({ level: item.level, ordered: item.ordered, content: parseInline(item.text.join(' ')) })),
  });
  return i;
}

/** The text of a body without its markup, e.g. to search it or to check what a document says. */
export function markdownToPlainText(markdown: string): string {
  return parseMarkdown(markdown)
    .flatMap((block) => {
      switch (block.kind) {
        case 'heading':
        case 'paragraph':
          return [spansToText(block.content)];
        case 'list':
          return block.items.map((item) => spansToText(item.content));
        case 'table':
          return [block.header, ...block.rows].map((row) => row.map(spansToText).join(' | '));
      }
    })
    .join('\n');
}
