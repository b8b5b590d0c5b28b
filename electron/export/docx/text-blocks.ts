/**
 * Builders for the text of a document: runs, paragraphs, the title, subtitle and Heading 1-3, page breaks and
 * spacers. They apply the house paragraph styles rather than formatting text directly (see styles.ts).
 */
import { AlignmentType, HeadingLevel, LineRuleType, PageBreak, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { STYLE } from './styles';

/** Removes characters XML 1.0 cannot hold (control characters other than tab and line breaks). */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

export interface RunOptions {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  colour?: string;
}

/** Text as runs; line breaks in the text become line breaks in Word. */
export function runs(text: string, opts: RunOptions = {}): TextRun[] {
  const lines = cleanText(text).replace(/\r\n?/g, '\n').split('\n');
  return lines.map(
    (line, index) =>
      new TextRun({
        text: line,
        break: index > 0 ? 1 : undefined,
        bold: opts.bold,
        italics: opts.italic,
        size: opts.size,
        color: opts.colour,
      }),
  );
}

export interface ParaOptions extends RunOptions {
  style?: string;
  align?: 'left' | 'center' | 'right' | 'justified';
  spacingBefore?: number;
  spacingAfter?: number;
  keepNext?: boolean;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justified: AlignmentType.JUSTIFIED,
} as const;

/** A paragraph of text (or of ready-made runs). */
export function para(content: string | ParagraphChild[], opts: ParaOptions = {}): Paragraph {
  const spacing =
    opts.spacingBefore !== undefined || opts.spacingAfter !== undefined
      ? { before: opts.spacingBefore, after: opts.spacingAfter }
      : undefined;
  return new Paragraph({
    style: opts.style,
    alignment: opts.align ? ALIGN[opts.align] : undefined,
    spacing,
    keepNext: opts.keepNext,
    children: typeof content === 'string' ? runs(content, opts) : content,
  });
}

const HEADING_LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A heading in the Heading 1-3 style (outline levels 0-2). */
export function heading(text: string, level: 1 | 2 | 3 = 1, opts: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({
    heading: HEADING_LEVELS[level],
    pageBreakBefore: opts.pageBreakBefore,
    children: runs(text),
  });
}

/** The document title, in the Title style. */
export function title(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: runs(text) });
}

export function subtitle(text: string): Paragraph {
  return new Paragraph({ style: STYLE.subtitle, children: runs(text) });
}

export function pageBreak(): Paragraph {
  return new Paragraph({ children: [new PageBreak()] });
}

/** An empty paragraph used as vertical space (twips). */
export function spacer(height: number): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: Math.max(height, 20), lineRule: LineRuleType.EXACT } });
}

/** The placeholder printed for an empty value. */
export const EMPTY = '—';
