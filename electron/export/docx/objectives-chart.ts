/**
 * An objective's measurements as a Word table with a bar per result drawn to scale and the target as a dark
 * vertical line across the bars. Bars are runs of shaded cells over a grid of narrow columns, so the chart is
 * plain table formatting: it renders the same in Word and LibreOffice, prints, and needs no drawing objects.
 */
import { BorderStyle, ShadingType, TableCell, TableRow, WidthType, type IBorderOptions, type Table } from 'docx';
import { formatMeasure, type Objective } from '../../../shared/domain/objectives';
import { chartScale, meetsTarget, sortMeasurements } from '../../../shared/rules/objective-status';
import { formatDateShort } from './dates';
import { COLOURS, SIZES, STYLE } from './styles';
import { bodyRow, cell, columnWidths, table, tableHeaderCell, type CellOptions } from './table-blocks';
import { EMPTY, para } from './text-blocks';

/** Columns the bar area is divided into: one step is 2% of the scale. */
export const BAR_STEPS = 50;

export const BAR_COLOURS = { on: '3D8B5F', off: 'C4473A', neutral: '8A99AD' } as const;

const GRID: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.border, space: 0 };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto', space: 0 };
const TARGET_LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 18, color: COLOURS.text, space: 0 };

/** How many of the BAR_STEPS a value covers on the scale (clamped to the bar area). */
export function stepsFor(value: number, scale: number): number {
  return Math.min(BAR_STEPS, Math.max(0, Math.round((value / scale) * BAR_STEPS)));
}

export interface BarSegment {
  steps: number;
  filled: boolean;
  /** A target line at the segment's left edge (or, for the last segment at the end of the scale, its right edge). */
  lineLeft: boolean;
  lineRight: boolean;
}

/**
 * The runs of cells one bar is made of: filled up to the value, empty after it, split where the target line falls
 * so the line sits on a cell edge. Segments of zero width are left out.
 */
export function barSegments(valueSteps: number, targetSteps: number | null): BarSegment[] {
  const cuts = [0, valueSteps, ...(targetSteps === null ? [] : [targetSteps]), BAR_STEPS];
  const edges = [...new Set(cuts)].sort((a, b) => a - b);
  const segments: BarSegment[] = [];
  for (let i = 0; i < edges.length - 1; i += 1) {
    const from = edges[i]!;
    const to = edges[i + 1]!;
    segments.push({
      steps: to - from,
      filled: to <= valueSteps,
      lineLeft: targetSteps !== null && targetSteps < BAR_STEPS && from === targetSteps,
      lineRight: targetSteps === BAR_STEPS && to === BAR_STEPS,
    });
  }
  return segments;
}

function barCells(segments: readonly BarSegment[], stepWidth: number, fill: string): TableCell[] {
  return segments.map(
    (segment, index) =>
      new TableCell({
        children: [para('', { style: STYLE.tableTextCompact })],
        columnSpan: segment.steps > 1 ? segment.steps : undefined,
        width: { size: segment.steps * stepWidth, type: WidthType.DXA },
        shading: segment.filled ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
        borders: {
          top: GRID,
          bottom: GRID,
          left: segment.lineLeft ? TARGET_LINE : index === 0 ? GRID : NONE,
          right: segment.lineRight ? TARGET_LINE : index === segments.length - 1 ? GRID : NONE,
        },
      }),
  );
}

const compact: CellOptions = { style: STYLE.tableTextCompact };
const header = (label: string, width: number, align: CellOptions['align'] = 'left', columnSpan?: number) =>
  tableHeaderCell(label, { width, align, columnSpan, size: SIZES.tableCompact });

/** The measurements table with its bars; `width` is the table's total width in twips. */
export function measurementChartTable(objective: Objective, width: number): Table {
  const [dateW, valueW, judgedW, barW, noteW] = columnWidths([1.3, 1.2, 1.2, 3.6, 3.4], width) as [number, number, number, number, number];
  const stepWidth = Math.floor(barW / BAR_STEPS);
  const barTotal = stepWidth * BAR_STEPS;
  const widths = [dateW, valueW, judgedW, ...Array<number>(BAR_STEPS).fill(stepWidth), noteW + (barW - barTotal)];
  const { targetValue: target, targetDirection: direction, unit } = objective;
  const measurements = sortMeasurements(objective.measurements);
  const scale = chartScale(
    measurements.map((m) => m.value),
    target,
    unit,
  );
  const targetSteps = target !== null && direction !== null ? stepsFor(target, scale) : null;
  const noteWidth = widths.at(-1)!;

  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        header('Date', dateW),
        header('Result', valueW, 'right'),
        header('Against target', judgedW),
        header(`Scale 0 to ${formatMeasure(scale, unit)}`, barTotal, 'left', BAR_STEPS),
        header('Note', noteWidth),
      ],
    }),
  ];
  for (const m of measurements) {
    const ok = target !== null && direction !== null ? meetsTarget(m.value, target, direction) : null;
    const judged = ok === null ? EMPTY : ok ? 'Met' : 'Missed';
    const fill = ok === null ? BAR_COLOURS.neutral : ok ? BAR_COLOURS.on : BAR_COLOURS.off;
    rows.push(
      bodyRow([
        cell(formatDateShort(m.measuredOn), { ...compact, width: dateW }),
        cell(formatMeasure(m.value, unit), { ...compact, width: valueW, align: 'right', bold: true }),
        cell(judged, { ...compact, width: judgedW, ...(ok === false ? { bold: true, colour: BAR_COLOURS.off } : {}) }),
        ...barCells(barSegments(stepsFor(Math.max(0, m.value), scale), targetSteps), stepWidth, fill),
        cell(m.note || '', { ...compact, width: noteWidth }),
      ]),
    );
  }
  return table(rows, { columnWidths: widths });
}
