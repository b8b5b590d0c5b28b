/**
 * Builders for the tables of a document: cells, header, group and body rows, tables in the "ISMS Table" style,
 * column widths that add up to the page, and two-column label/value tables.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import { COLOURS, STYLE } from './styles';
import { EMPTY, para, type RunOptions } from './text-blocks';

const TABLE_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.border, space: 0 };
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto', space: 0 };

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
