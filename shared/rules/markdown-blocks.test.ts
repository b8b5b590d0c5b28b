import { describe, expect, it } from 'vitest';
import { markdownToPlainText, parseInline, parseMarkdown, splitRow, type Block, type Span } from './markdown-blocks';

const plain = (text: string): Span => ({ text, bold: false, italic: false });
const bold = (text: string): Span => ({ text, bold: true, italic: false });
const italic = (text: string): Span => ({ text, bold: false, italic: true });
const both = (text: string): Span => ({ text, bold: true, italic: true });

describe('parseInline', () => {
  it('reads bold, italic and both, keeping the text between them', () => {
    expect(parseInline('A **must** and a *should*.')).toEqual([plain('A '), bold('must'), plain(' and a '), italic('should'), plain('.')]);
    expect(parseInline('***Never*** share it')).toEqual([both('Never'), plain(' share it')]);
  });

  it('nests italic inside bold and bold inside italic', () => {
    expect(parseInline('**all *staff* must**')).toEqual([bold('all '), both('staff'), bold(' must')]);
    expect(parseInline('*see **section 4** below*')).toEqual([italic('see '), both('section 4'), italic(' below')]);
  });

  it('leaves stars that open or close nothing as text', () => {
    expect(parseInline('2 * 3 * 4')).toEqual([plain('2 * 3 * 4')]);
    expect(parseInline('an *unclosed emphasis')).toEqual([plain('an *unclosed emphasis')]);
    expect(parseInline('** spaced **')).toEqual([plain('** spaced **')]);
    expect(parseInline('5 ** 2')).toEqual([plain('5 ** 2')]);
    expect(parseInline('**')).toEqual([plain('**')]);
  });

  it('takes a backslash-escaped character literally', () => {
    expect(parseInline('\\*not italic\\*')).toEqual([plain('*not italic*')]);
    expect(parseInline('a \\\\ b')).toEqual([plain('a \\ b')]);
    expect(parseInline('C:\\Users')).toEqual([plain('C:\\Users')]);
  });

  it('falls back to a shorter run when the longest has no match', () => {
    expect(parseInline('***bold** then text')).toEqual([plain('*'), bold('bold'), plain(' then text')]);
  });

  it('returns nothing for an empty string', () => {
    expect(parseInline('')).toEqual([]);
  });
});

describe('parseMarkdown', () => {
  it('reads headings of three levels and treats deeper ones as level 3', () => {
    const blocks = parseMarkdown('# Policy\n## 1. Purpose\n### Detail ###\n#### Deeper');
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, content: [plain('Policy')] },
      { kind: 'heading', level: 2, content: [plain('1. Purpose')] },
      { kind: 'heading', level: 3, content: [plain('Detail')] },
      { kind: 'heading', level: 3, content: [plain('Deeper')] },
    ]);
  });

  it('does not take a hash without a space for a heading', () => {
    expect(parseMarkdown('#hashtag')).toEqual([{ kind: 'paragraph', content: [plain('#hashtag')] }]);
  });

  it('joins the lines of a paragraph and splits paragraphs on blank lines', () => {
    const blocks = parseMarkdown('First line\nsecond line.\n\n\nNext **one**.\r\n');
    expect(blocks).toEqual([
      { kind: 'paragraph', content: [plain('First line second line.')] },
      { kind: 'paragraph', content: [plain('Next '), bold('one'), plain('.')] },
    ]);
  });

  it('reads bullet lists with any marker, and a line without a marker continues the item', () => {
    const blocks = parseMarkdown('- one\n* two\n  still two\n+ three');
    expect(blocks).toEqual([
      {
        kind: 'list',
        ordered: false,
        start: 1,
        items: [
          { level: 0, ordered: false, content: [plain('one')] },
          { level: 0, ordered: false, content: [plain('two still two')] },
          { level: 0, ordered: false, content: [plain('three')] },
        ],
      },
    ]);
  });

  it('reads numbered lists with their start number, and keeps a list open across blank lines', () => {
    const [list] = parseMarkdown('3. third\n\n4) fourth\n\nAfter.');
    expect(list).toMatchObject({ kind: 'list', ordered: true, start: 3 });
    expect((list as Extract<Block, { kind: 'list' }>).items.map((i) => i.content)).toEqual([[plain('third')], [plain('fourth')]]);
    expect(parseMarkdown('1. a\n\nAfter.').at(-1)).toEqual({ kind: 'paragraph', content: [plain('After.')] });
  });

  it('nests items by indentation, up to three levels', () => {
    const [list] = parseMarkdown('1. top\n   - nested\n     - deeper\n       - deepest stays at 2\n2. next top');
    const items = (list as Extract<Block, { kind: 'list' }>).items;
    expect(items.map((i) => [i.level, i.ordered])).toEqual([
      [0, true],
      [1, false],
      [2, false],
      [2, false],
      [0, true],
    ]);
  });

  it('lets a list interrupt a paragraph and a heading end a list', () => {
    const blocks = parseMarkdown('Staff must:\n- lock screens\n## Next');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'heading']);
  });

  it('does not mistake bold at the start of a line for a bullet', () => {
    expect(parseMarkdown('**Must** do this')).toEqual([{ kind: 'paragraph', content: [bold('Must'), plain(' do this')] }]);
  });

  it('reads a pipe table with alignments, padding short rows and cutting long ones', () => {
    const blocks = parseMarkdown('| Role | Duty | Days |\n|:---|:---:|---:|\n| **Owner** | Approves | 5 |\n| Staff |\n| A | B | C | D |\n\nAfter');
    expect(blocks[0]).toEqual({
      kind: 'table',
      align: ['left', 'center', 'right'],
      header: [[plain('Role')], [plain('Duty')], [plain('Days')]],
      rows: [
        [[bold('Owner')], [plain('Approves')], [plain('5')]],
        [[plain('Staff')], [], []],
        [[plain('A')], [plain('B')], [plain('C')]],
      ],
    });
    expect(blocks[1]).toEqual({ kind: 'paragraph', content: [plain('After')] });
  });

  it('reads tables without outer pipes and with escaped pipes in cells', () => {
    const [table] = parseMarkdown('a | b\n--- | ---\nx \\| y | z');
    expect(table).toMatchObject({ kind: 'table', align: [null, null], rows: [[[plain('x | y')], [plain('z')]]] });
  });

  it('needs the delimiter row to match the header for a table; otherwise the lines are a paragraph', () => {
    expect(parseMarkdown('| a | b |\n|---|\n| c | d |').map((b) => b.kind)).toEqual(['paragraph']);
    expect(parseMarkdown('just a | pipe').map((b) => b.kind)).toEqual(['paragraph']);
  });

  it('never throws and never drops text outside the subset', () => {
    const odd = '> quote\n```\ncode\n```\n---\n[link](http://x) `tick`';
    expect(() => parseMarkdown(odd)).not.toThrow();
    const text = markdownToPlainText(odd);
    for (const word of ['quote', 'code', 'link', 'tick']) expect(text).toContain(word);
  });

  it('gives no blocks for an empty or blank body', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown('  \n\t\n')).toEqual([]);
  });
});

describe('helpers', () => {
  it('splits rows on unescaped pipes', () => {
    expect(splitRow('| a | b \\| c |')).toEqual(['a', 'b \\| c']);
    expect(splitRow('a|b')).toEqual(['a', 'b']);
  });

  it('gives the plain text of every block', () => {
    expect(markdownToPlainText('# T\n\n- **a**\n\n| x | y |\n|---|---|\n| 1 | 2 |')).toBe('T\na\nx | y\n1 | 2');
  });
});
