/**
 * The house style of every Word document the workbook exports: named fonts, real Word paragraph styles (Title,
 * Subtitle, Heading 1-3 with outline levels so a table of contents fills), one table style, a restrained colour
 * palette, page geometry, and small builders for the paragraphs and tables the documents are made of.
 *
 * Documents use these builders instead of formatting text directly, so a user who restyles "Heading 1" or the
 * "ISMS Table" style in Word restyles the whole document.
 */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  HeightRule,
  ImageRun,
  LineRuleType,
  PageBreak,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type IPropertiesOptions,
  type ParagraphChild,
} from 'docx';

// ---------------------------------------------------------------------------------------------------------------
// Palette and fonts

/** Fonts are named explicitly: Word uses Calibri, LibreOffice on Linux renders it with metric-compatible Carlito. */
export const FONT = 'Calibri';

export const COLOURS = {
  /** Headings and the title: dark navy-slate. */
  heading: '1F3A5F',
  /** Body text: near-black, softer than pure black on screen. */
  text: '222A35',
  /** Secondary text: captions, header and footer, cover metadata. */
  muted: '5B6675',
  /** Accent rules under the title and around the header/footer. */
  accent: '2E5C8A',
  /** Table grid lines. */
  border: 'A7B0BC',
  /** Table header rows. */
  headerFill: 'E3E7EC',
  /** Group rows inside a table (e.g. one per Annex A theme). */
  groupFill: 'D5DEE9',
  /** Label column of label/value tables. */
  labelFill: 'F2F4F7',
  white: 'FFFFFF',
} as const;

/** Sizes in half-points, as Word stores them. */
export const SIZES = {
  body: 20, // 10 pt
  table: 18, // 9 pt
  tableCompact: 16, // 8 pt
  small: 16, // 8 pt
  title: 56, // 28 pt
  subtitle: 30, // 15 pt
  heading1: 30, // 15 pt
  heading2: 24, // 12 pt
  heading3: 21, // 10.5 pt
} as const;

/** Paragraph and table style ids written into styles.xml; documents refer to them by id. */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  tableText: 'TableText',
  tableTextCompact: 'TableTextCompact',
  tableHeading: 'TableHeading',
  coverMeta: 'CoverMeta',
  headerFooter: 'HeaderFooter',
  table: 'IsmsTable',
} as const;

export type TextStyle = typeof STYLE.tableText | typeof STYLE.tableTextCompact;

// ---------------------------------------------------------------------------------------------------------------
// Page geometry (twips: 1/20 pt; 567 twips = 1 cm)

export const TWIPS_PER_CM = 567;
export const cm = (value: number): number => Math.round(value * TWIPS_PER_CM);

const A4 = { width: 11906, height: 16838 };
const MARGINS = { top: cm(2.0), bottom: cm(1.8), left: cm(2.0), right: cm(2.0), header: cm(0.9), footer: cm(0.8) };

export type Orientation = 'portrait' | 'landscape';

/** The page of a section: A4 in the given orientation, with the house margins. */
export function pageSetup(orientation: Orientation) {
  return {
    size: {
      width: A4.width,
      height: A4.height,
      orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: { ...MARGINS, gutter: 0 },
  };
}

/** The width between the margins, in twips. */
export function contentWidth(orientation: Orientation): number {
  const pageWidth = orientation === 'landscape' ? A4.height : A4.width;
  return pageWidth - MARGINS.left - MARGINS.right;
}

// ---------------------------------------------------------------------------------------------------------------
// Styles

const TABLE_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.border, space: 0 };
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto', space: 0 };

/** Cell padding in twips: compact but never touching the grid lines. */
const CELL_MARGIN = { top: 40, bottom: 40, left: 85, right: 85 };

function tableStyleXml(): string {
  const side = (name: string) =>
    `<w:${name} w:val="single" w:sz="4" w:space="0" w:color="${COLOURS.border}"/>`;
  return (
    `<w:style w:type="table" w:styleId="${STYLE.table}">` +
    '<w:name w:val="ISMS Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>' +
    '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
    '<w:tblPr><w:tblBorders>' +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(side).join('') +
    '</w:tblBorders><w:tblCellMar>' +
    `<w:top w:w="${CELL_MARGIN.top}" w:type="dxa"/><w:left w:w="${CELL_MARGIN.left}" w:type="dxa"/>` +
    `<w:bottom w:w="${CELL_MARGIN.bottom}" w:type="dxa"/><w:right w:w="${CELL_MARGIN.right}" w:type="dxa"/>` +
    '</w:tblCellMar></w:tblPr>' +
    '</w:style>'
  );
}

const headingRun = (size: number) => ({ font: FONT, size, bold: true, color: COLOURS.heading });

const STYLES_NAMESPACES =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"';

/**
 * The styling options of every exported document, to spread into `new Document({...})`: docx's default styles
 * with the house Title, Heading 1-3 and document defaults, the house paragraph styles, and the "ISMS Table" table
 * style (docx has no option for table styles, so it comes in as a one-style external styles part, which docx
 * merges with its defaults).
 */
export function documentStyling(): Pick<IPropertiesOptions, 'styles' | 'externalStyles'> {
  return {
    externalStyles: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${STYLES_NAMESPACES}>${tableStyleXml()}</w:styles>`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZES.body, color: COLOURS.text },
          paragraph: { spacing: { before: 0, after: 120, line: 264, lineRule: LineRuleType.AUTO } },
        },
        title: {
          name: 'Title',
          basedOn: STYLE.normal,
          next: STYLE.normal,
          quickFormat: true,
          run: { font: FONT, size: SIZES.title, bold: true, color: COLOURS.heading },
          paragraph: {
            spacing: { before: 0, after: 160, line: 240, lineRule: LineRuleType.AUTO },
            border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: COLOURS.accent, space: 6 } },
          },
        },
        heading1: {
          name: 'heading 1',
          basedOn: STYLE.normal,
          next: STYLE.normal,
          quickFormat: true,
          run: headingRun(SIZES.heading1),
          paragraph: { outlineLevel: 0, keepNext: true, keepLines: true, spacing: { before: 360, after: 120 } },
        },
        heading2: {
          name: 'heading 2',
          basedOn: STYLE.normal,
          next: STYLE.normal,
          quickFormat: true,
          run: headingRun(SIZES.heading2),
          paragraph: { outlineLevel: 1, keepNext: true, keepLines: true, spacing: { before: 240, after: 80 } },
        },
        heading3: {
          name: 'heading 3',
          basedOn: STYLE.normal,
          next: STYLE.normal,
          quickFormat: true,
          run: { ...headingRun(SIZES.heading3), color: COLOURS.accent },
          paragraph: { outlineLevel: 2, keepNext: true, keepLines: true, spacing: { before: 200, after: 60 } },
        },
      },
      paragraphStyles: [
        {
          id: STYLE.subtitle,
          name: 'Subtitle',
          basedOn: STYLE.normal,
          next: STYLE.normal,
          quickFormat: true,
          run: { font: FONT, size: SIZES.subtitle, color: COLOURS.muted },
          paragraph: { spacing: { before: 0, after: 360 } },
        },
        {
          id: STYLE.tableText,
          name: 'Table Text',
          basedOn: STYLE.normal,
          quickFormat: true,
          run: { font: FONT, size: SIZES.table },
          paragraph: { spacing: { before: 0, after: 0, line: 252, lineRule: LineRuleType.AUTO } },
        },
        {
          id: STYLE.tableTextCompact,
          name: 'Table Text Compact',
          basedOn: STYLE.tableText,
          quickFormat: true,
          run: { size: SIZES.tableCompact },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
        {
          id: STYLE.tableHeading,
          name: 'Table Heading',
          basedOn: STYLE.tableText,
          quickFormat: true,
          run: { bold: true, color: COLOURS.heading },
          paragraph: { keepNext: true },
        },
        {
          id: STYLE.coverMeta,
          name: 'Cover Details',
          basedOn: STYLE.normal,
          run: { font: FONT, size: 22, color: COLOURS.muted },
          paragraph: { spacing: { before: 0, after: 60 } },
        },
        {
          id: STYLE.headerFooter,
          name: 'Header Footer Text',
          basedOn: STYLE.normal,
          run: { font: FONT, size: SIZES.small, color: COLOURS.muted },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      ],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Text

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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function dateParts(iso: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { y, m, d };
}

/** "2026-10-14" → "14 October 2026" (en-GB, independent of the machine's locale and time zone). */
export function formatDateLong(iso: string | null | undefined): string {
  const parts = iso ? dateParts(iso) : null;
  if (!parts) return iso ?? '';
  return `${parts.d} ${MONTHS[parts.m - 1]} ${parts.y}`;
}

/** "2026-10-14" → "14 Oct 2026", for narrow table columns. */
export function formatDateShort(iso: string | null | undefined): string {
  const parts = iso ? dateParts(iso) : null;
  if (!parts) return iso ?? '';
  return `${parts.d} ${MONTHS[parts.m - 1]!.slice(0, 3)} ${parts.y}`;
}

/** The placeholder printed for an empty value. */
export const EMPTY = '—';

// ---------------------------------------------------------------------------------------------------------------
// Tables

export interface CellOptions extends RunOptions {
  /** Width in twips. */
  width?: number;
  fill?: string;
  style?: string;
  columnSpan?: number;
  align?: 'left' | 'center' | 'right';
  verticalAlign?: 'top' | 'center' | 'bottom';
  /** Each string becomes its own paragraph. */
  paragraphs?: boolean;
  borders?: 'grid' | 'none' | 'bottom';
}

const V_ALIGN = {
  top: VerticalAlignTable.TOP,
  center: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
} as const;

function cellBorders(kind: CellOptions['borders']) {
  if (kind === 'none') return { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
  if (kind === 'bottom') {
    return {
      top: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOURS.text, space: 0 },
    };
  }
  return undefined;
}

/**
 * A table cell. `content` is text (line breaks kept), a list of lines (one line each, or one paragraph each with
 * `paragraphs`), or ready-made paragraphs.
 */
export function cell(content: string | readonly string[] | Paragraph[], opts: CellOptions = {}): TableCell {
  const style = opts.style ?? STYLE.tableText;
  let children: Paragraph[];
  if (typeof content === 'string') {
    children = [para(content, { ...opts, style, align: opts.align })];
  } else if (content.length > 0 && content[0] instanceof Paragraph) {
    children = content as Paragraph[];
  } else {
    const lines = content as readonly string[];
    children = opts.paragraphs
      ? lines.map((line) => para(line, { ...opts, style, align: opts.align }))
      : [para(lines.join('\n'), { ...opts, style, align: opts.align })];
    if (children.length === 0) children = [para('', { style })];
  }
  return new TableCell({
    children,
    width: opts.width !== undefined ? { size: opts.width, type: WidthType.DXA } : undefined,
    columnSpan: opts.columnSpan,
    verticalAlign: opts.verticalAlign ? V_ALIGN[opts.verticalAlign] : undefined,
    shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } : undefined,
    borders: cellBorders(opts.borders),
  });
}

/** A header cell: bold navy text on the light grey header fill. */
export function tableHeaderCell(text: string, opts: CellOptions = {}): TableCell {
  return cell(text, {
    fill: COLOURS.headerFill,
    verticalAlign: 'bottom',
    ...opts,
    style: opts.style ?? STYLE.tableHeading,
    bold: true,
    colour: COLOURS.heading,
  });
}

/**
 * A header row that Word repeats at the top of every page the table runs onto, and never splits.
 */
export function headerRow(
  labels: readonly string[],
  widths: readonly number[],
  opts: CellOptions & { alignments?: readonly CellOptions['align'][] } = {},
): TableRow {
  const { alignments, ...cellOpts } = opts;
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: labels.map((label, index) =>
      tableHeaderCell(label, { ...cellOpts, width: widths[index], align: alignments?.[index] ?? cellOpts.align }),
    ),
  });
}

/** A full-width shaded row that opens a group of rows, e.g. one Annex A theme. Kept with the row after it. */
export function groupRow(text: string, columnCount: number, width: number, opts: CellOptions = {}): TableRow {
  return new TableRow({
    cantSplit: true,
    keepNext: true,
    children: [
      cell(text, {
        fill: COLOURS.groupFill,
        bold: true,
        colour: COLOURS.heading,
        columnSpan: columnCount,
        width,
        ...opts,
      }),
    ],
  });
}

/** A body row that is never split across pages. */
export function bodyRow(cells: TableCell[], opts: { height?: number } = {}): TableRow {
  return new TableRow({
    cantSplit: true,
    children: cells,
    height: opts.height ? { value: opts.height, rule: HeightRule.ATLEAST } : undefined,
  });
}

export interface TableOptions {
  /** Widths of the columns in twips; the table is as wide as their sum. */
  columnWidths: readonly number[];
  borders?: 'grid' | 'none';
  align?: 'left' | 'center';
}

/** A table in the house table style with a fixed layout, so column widths hold in Word and LibreOffice. */
export function table(rows: TableRow[], opts: TableOptions): Table {
  const width = opts.columnWidths.reduce((sum, w) => sum + w, 0);
  const grid = opts.borders === 'none' ? NO_BORDER : TABLE_BORDER;
  return new Table({
    style: STYLE.table,
    rows,
    columnWidths: [...opts.columnWidths],
    width: { size: width, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: opts.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    borders: {
      top: grid,
      bottom: grid,
      left: grid,
      right: grid,
      insideHorizontal: grid,
      insideVertical: grid,
    },
  });
}

/**
 * Scales relative column weights to integer twips that add up exactly to `total` (the remainder goes to the
 * widest column), so tables line up with the margins.
 */
export function columnWidths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  const remainder = total - widths.reduce((a, b) => a + b, 0);
  const widest = weights.indexOf(Math.max(...weights));
  widths[widest] = widths[widest]! + remainder;
  return widths;
}

export interface LabelValueOptions {
  /** Total width in twips. */
  width: number;
  /** Share of the width given to the label column (0-1). */
  labelShare?: number;
  style?: string;
}

/** A two-column table of labels (shaded, bold) and their values. */
export function labelValueTable(rows: readonly (readonly [string, string])[], opts: LabelValueOptions): Table {
  const [labelWidth, valueWidth] = columnWidths(
    [opts.labelShare ?? 0.3, 1 - (opts.labelShare ?? 0.3)],
    opts.width,
  ) as [number, number];
  return table(
    rows.map(([label, value]) =>
      bodyRow([
        cell(label, { width: labelWidth, fill: COLOURS.labelFill, bold: true, colour: COLOURS.heading, style: opts.style }),
        cell(value || EMPTY, { width: valueWidth, style: opts.style }),
      ]),
    ),
    { columnWidths: [labelWidth, valueWidth] },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Images

export interface ImageInfo {
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

/** Reads the format and pixel size of a PNG or JPEG from its bytes; null for anything else or a damaged file. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  // PNG: signature, then the IHDR chunk with width and height as big-endian 32-bit integers.
  if (
    bytes.length >= 24 &&
    bytes[0] === 0x89 &&
    bytes[1] === 0x50 &&
    bytes[2] === 0x4e &&
    bytes[3] === 0x47 &&
    String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!) === 'IHDR'
  ) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    return width > 0 && height > 0 ? { type: 'png', width, height } : null;
  }
  // JPEG: walk the marker segments to the first start-of-frame, which holds height then width.
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < bytes.length) {
      if (bytes[offset] !== 0xff) return null;
      const marker = bytes[offset + 1]!;
      if (marker === 0xff) {
        offset += 1; // fill byte
        continue;
      }
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        offset += 2; // markers without a length
        continue;
      }
      const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
      const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isStartOfFrame) {
        const height = (bytes[offset + 5]! << 8) | bytes[offset + 6]!;
        const width = (bytes[offset + 7]! << 8) | bytes[offset + 8]!;
        return width > 0 && height > 0 ? { type: 'jpg', width, height } : null;
      }
      if (length < 2) return null;
      offset += 2 + length;
    }
  }
  return null;
}

const PX_PER_CM = 96 / 2.54;

/**
 * A logo as an inline image no wider than `maxWidthCm` and no taller than `maxHeightCm`, keeping its aspect
 * ratio; null when the bytes are not a PNG or JPEG. The drawing id is fixed so the output stays deterministic.
 */
export function logoImage(
  data: Uint8Array,
  opts: { maxWidthCm?: number; maxHeightCm?: number; name?: string } = {},
): ImageRun | null {
  const info = readImageInfo(data);
  if (!info) return null;
  const maxWidth = (opts.maxWidthCm ?? 4) * PX_PER_CM;
  const maxHeight = (opts.maxHeightCm ?? 2.5) * PX_PER_CM;
  const scale = Math.min(maxWidth / info.width, maxHeight / info.height, 1);
  const width = Math.max(1, Math.round(info.width * scale));
  const height = Math.max(1, Math.round(info.height * scale));
  return new ImageRun({
    type: info.type,
    data,
    transformation: { width, height },
    altText: { id: '1', name: opts.name ?? 'Logo', title: opts.name ?? 'Logo', description: opts.name ?? 'Logo' },
  });
}
