/**
 * The risk matrix as a Word table: likelihood down the side (highest at the top), impact along the bottom (lowest
 * on the left), every cell shaded in the colour of its band. `heatMapTable` prints how many risks sit in each cell,
 * `matrixTable` the band of each cell (the method document). `riskLevelCell` is the coloured level cell the
 * registers use. Plain tables with cell shading render the same in Word and LibreOffice, unlike drawings.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  ShadingType,
  TableCell,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type Table,
} from 'docx';
import type { RiskBand, RiskMethod } from '../../../shared/domain/risk-method';
import { cm } from './page-setup';
import { COLOURS, SIZES, STYLE } from './styles';
import { table } from './table-blocks';
import { EMPTY, cleanText } from './text-blocks';

// ---------------------------------------------------------------------------------------------------------------
// Colour

const hex = (colour: string): string => colour.replace(/^#/, '').toUpperCase();

function luminance(colour: string): number {
  const value = parseInt(hex(colour), 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

/** Black or white, whichever contrasts more with the fill (WCAG relative luminance). */
export function textColourOn(fill: string): string {
  const l = luminance(fill);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '000000' : 'FFFFFF';
}

// ---------------------------------------------------------------------------------------------------------------
// Cells

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto', space: 0 };
/** White gaps between the coloured cells read as a clean grid on paper and on screen. */
const GAP: IBorderOptions = { style: BorderStyle.SINGLE, size: 16, color: COLOURS.white, space: 0 };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const GAP_BORDERS = { top: GAP, bottom: GAP, left: GAP, right: GAP };

interface TextSpec {
  text: string;
  bold?: boolean;
  size?: number;
  colour?: string;
  align?: 'left' | 'center' | 'right';
}

function textParagraph({ text, bold, size, colour, align }: TextSpec): Paragraph {
  const lines = cleanText(text).split('\n');
  return new Paragraph({
    style: STYLE.tableText,
    alignment: align === 'center' ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: lines.map(
      (line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, bold, size, color: colour }),
    ),
  });
}

/** A thin empty paragraph: a cell holding a table must end with a paragraph. */
const spacerParagraph = () => new Paragraph({ style: STYLE.tableText, spacing: { before: 0, after: 0, line: 80, lineRule: LineRuleType.EXACT } });

function plainCell(spec: TextSpec, width: number, opts: { columnSpan?: number; rowSpan?: number; vertical?: boolean } = {}) {
  return new TableCell({
    children: [textParagraph(spec)],
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.columnSpan,
    rowSpan: opts.rowSpan,
    textDirection: opts.vertical ? TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    borders: NO_BORDERS,
  });
}

function bandCell(band: RiskBand | null, text: string, width: number, size: number): TableCell {
  const fill = band ? hex(band.colour) : COLOURS.labelFill;
  return new TableCell({
    children: [textParagraph({ text, bold: true, size, colour: band ? textColourOn(band.colour) : COLOURS.muted, align: 'center' })],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    shading: { type: ShadingType.CLEAR, color: 'auto', fill },
    borders: GAP_BORDERS,
  });
}

export interface LevelCellOptions {
  width?: number;
  /** A second line under the band label, e.g. "4 × 5". */
  detail?: string;
  style?: string;
  columnSpan?: number;
  /** Text before the band label, e.g. "Residual: ". */
  prefix?: string;
  /** The detail in brackets after the label rather than on a line of its own. */
  inline?: boolean;
}

/** A table cell showing a risk level in its band colour; "—" on no fill while the risk is not yet rated. */
export function riskLevelCell(method: RiskMethod, levelId: string | null, opts: LevelCellOptions = {}): TableCell {
  const band = levelId === null ? null : (method.bands.find((b) => b.id === levelId) ?? null);
  const colour = band ? textColourOn(band.colour) : undefined;
  const label = band ? cleanText(band.label) : (levelId ?? EMPTY);
  const children: TextRun[] = [new TextRun({ text: `${opts.prefix ?? ''}${label}`, bold: band !== null, color: colour })];
  if (opts.detail) {
    const detail = cleanText(opts.detail);
    children.push(new TextRun(opts.inline ? { text: `  (${detail})`, color: colour } : { text: detail, break: 1, color: colour }));
  }
  return new TableCell({
    children: [new Paragraph({ style: opts.style ?? STYLE.tableText, alignment: AlignmentType.CENTER, children })],
    width: opts.width !== undefined ? { size: opts.width, type: WidthType.DXA } : undefined,
    columnSpan: opts.columnSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    shading: band ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(band.colour) } : undefined,
  });
}

/** A cell filled with a band colour, showing its hex code: the swatch of the method's level table. */
export function bandSwatchCell(colour: string, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(colour) },
    children: [textParagraph({ text: `#${hex(colour)}`, size: SIZES.tableCompact, colour: textColourOn(colour), align: 'center' })],
  });
}

/**
 * The bands as coloured chips in one row, lowest first: "Risk levels: [Low] [Medium] [High]". A small table rather
 * than shaded text, whose shading LibreOffice draws unevenly.
 */
export function bandLegend(method: RiskMethod, opts: { label?: string; width?: number; center?: boolean } = {}): Table {
  const label = cm(2.1);
  const chip = Math.min(cm(1.9), Math.floor(((opts.width ?? cm(12)) - label) / method.bands.length));
  const cells = [
    plainCell({ text: `${opts.label ?? 'Risk levels'}:`, colour: COLOURS.muted, size: SIZES.tableCompact, align: opts.center ? 'right' : 'left' }, label),
    ...method.bands.map((band) => bandCell(band, band.label, chip, SIZES.tableCompact)),
  ];
  return table([new TableRow({ cantSplit: true, children: cells })], {
    columnWidths: [label, ...method.bands.map(() => chip)],
    borders: 'none',
    align: opts.center ? 'center' : 'left',
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The matrix

export interface MatrixOptions {
  /** Printed above the matrix. */
  title: string;
  /** Total width in twips; about 15 cm by default. */
  width?: number;
  /** Height of a matrix row in twips. */
  rowHeight?: number;
  /** Centre the table on the page. */
  center?: boolean;
}

function row(children: TableCell[], opts: { height?: number; keepNext?: boolean } = {}): TableRow {
  return new TableRow({
    cantSplit: true,
    keepNext: opts.keepNext ?? true,
    height: opts.height ? { value: opts.height, rule: HeightRule.ATLEAST } : undefined,
    children,
  });
}

function matrixGrid(method: RiskMethod, cellText: (l: number, i: number) => string, opts: MatrixOptions, size: number): Table {
  const impacts = method.impact.length;
  const total = opts.width ?? cm(15);
  const axis = cm(0.7);
  const label = Math.round(Math.min(cm(3.2), total * 0.24));
  const cellWidth = Math.floor((total - axis - label) / impacts);
  const widths = [axis, label, ...method.impact.map(() => cellWidth)];
  const width = widths.reduce((a, b) => a + b, 0);
  const bands = new Map(method.bands.map((b) => [b.id, b]));
  const muted = { size: SIZES.tableCompact, colour: COLOURS.muted };
  const axisText = { bold: true, colour: COLOURS.heading, size: SIZES.table };

  const rows: TableRow[] = [
    row([plainCell({ text: opts.title, bold: true, colour: COLOURS.heading, size: SIZES.heading3 }, width, { columnSpan: widths.length })]),
  ];
  const likelihoods = [...method.likelihood].reverse();
  likelihoods.forEach((level, index) => {
    const cells: TableCell[] = [];
    if (index === 0) cells.push(plainCell({ ...axisText, text: 'Likelihood', align: 'center' }, axis, { rowSpan: likelihoods.length, vertical: true }));
    cells.push(plainCell({ ...muted, text: `${level.value}  ${level.label}`, align: 'right' }, label));
    for (let i = 1; i <= impacts; i++) {
      const band = bands.get(method.matrix[level.value - 1]?.[i - 1] ?? '') ?? null;
      cells.push(bandCell(band, cellText(level.value, i), cellWidth, size));
    }
    rows.push(row(cells, { height: opts.rowHeight ?? cm(0.95) }));
  });
  const spacerCell = () => plainCell({ text: '' }, axis + label, { columnSpan: 2 });
  rows.push(row([spacerCell(), ...method.impact.map((level) => plainCell({ ...muted, text: `${level.value}\n${level.label}`, align: 'center' }, cellWidth))]));
  rows.push(row([spacerCell(), plainCell({ ...axisText, text: 'Impact', align: 'center' }, cellWidth * impacts, { columnSpan: impacts })], { keepNext: true }));
  rows.push(
    row(
      [
        new TableCell({
          children: [spacerParagraph(), bandLegend(method, { width: width - cm(0.4), center: true }), spacerParagraph()],
          columnSpan: widths.length,
          width: { size: width, type: WidthType.DXA },
          borders: NO_BORDERS,
        }),
      ],
      { keepNext: false },
    ),
  );
  return table(rows, { columnWidths: widths, borders: 'none', align: opts.center ? 'center' : 'left' });
}

/**
 * A heat map: the matrix with the number of risks in each cell (`counts[l - 1][i - 1]`, as heatMapCounts gives
 * them); empty cells stay blank so the populated ones stand out.
 */
export function heatMapTable(method: RiskMethod, counts: number[][], options: MatrixOptions): Table {
  return matrixGrid(
    method,
    (l, i) => {
      const count = counts[l - 1]?.[i - 1] ?? 0;
      return count > 0 ? String(count) : '';
    },
    options,
    24,
  );
}

/** The risk matrix of the method: each cell names its band. */
export function matrixTable(method: RiskMethod, options: MatrixOptions): Table {
  const bands = new Map(method.bands.map((b) => [b.id, b.label]));
  return matrixGrid(method, (l, i) => bands.get(method.matrix[l - 1]?.[i - 1] ?? '') ?? '', options, SIZES.tableCompact);
}
