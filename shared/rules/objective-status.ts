/**
 * How an information security objective stands (ISO/IEC 27001:2022 6.2 and 9.1): whether it can be measured, its
 * latest result against the target, which way the results are moving, and whether its due date has passed.
 * Pure: the same objective and day always give the same answer.
 */
import type { Measurement, Objective, ObjectiveInput, TargetDirection } from '../domain/objectives';

type Target = Pick<ObjectiveInput, 'measure' | 'targetValue' | 'targetDirection'>;

/** Measurable: it says what is measured and has a numeric target with a direction. */
export function isMeasurable(objective: Target): boolean {
  return objective.measure.trim() !== '' && objective.targetValue !== null && Number.isFinite(objective.targetValue) && objective.targetDirection !== null;
}

/** Oldest first by date; measurements taken on the same day keep the order they were recorded in. */
export function sortMeasurements<M extends Pick<Measurement, 'id' | 'measuredOn'>>(measurements: readonly M[]): M[] {
  return [...measurements].sort((a, b) => (a.measuredOn < b.measuredOn ? -1 : a.measuredOn > b.measuredOn ? 1 : a.id - b.id));
}

/** The most recent measurement, or null when nothing has been measured yet. */
export function latestMeasurement<M extends Pick<Measurement, 'id' | 'measuredOn'>>(measurements: readonly M[]): M | null {
  return sortMeasurements(measurements).at(-1) ?? null;
}

/** Whether a value meets a target: at least the target, or at most it. */
export function meetsTarget(value: number, target: number, direction: TargetDirection): boolean {
  return direction === 'at-least' ? value >= target : value <= target;
}

export type Trend = 'improving' | 'worsening' | 'steady';
export const TREND_LABELS: Record<Trend, string> = { improving: 'Improving', worsening: 'Worsening', steady: 'Steady' };

/**
 * Which way the last two results moved, judged by the direction of the target (a falling click rate improves);
 * null with fewer than two results or no direction.
 */
export function trendOf(measurements: readonly Pick<Measurement, 'id' | 'measuredOn' | 'value'>[], direction: TargetDirection | null): Trend | null {
  if (direction === null) return null;
  const sorted = sortMeasurements(measurements);
  if (sorted.length < 2) return null;
  const delta = sorted.at(-1)!.value - sorted.at(-2)!.value;
  if (Math.abs(delta) < 1e-9) return 'steady';
  return (delta > 0) === (direction === 'at-least') ? 'improving' : 'worsening';
}

/** An active objective whose due date is before the given day (YYYY-MM-DD). */
export function isPastDue(objective: Pick<ObjectiveInput, 'status' | 'dueDate'>, asOf: string): boolean {
  return objective.status === 'active' && objective.dueDate !== null && objective.dueDate < asOf;
}

/**
 * The one-word standing shown as a chip: on or off target by the latest result; not measured yet; no numeric
 * target to judge by; or closed (achieved or retired).
 */
export type Standing = 'on-target' | 'off-target' | 'not-measured' | 'no-target' | 'closed';
export const STANDING_LABELS: Record<Standing, string> = {
  'on-target': 'On target',
  'off-target': 'Off target',
  'not-measured': 'Not measured yet',
  'no-target': 'No numeric target',
  closed: 'Closed',
};

export interface ObjectiveAssessment {
  measurable: boolean;
  latest: Measurement | null;
  /** Latest result against the target; null when there is no result or no target. */
  onTarget: boolean | null;
  trend: Trend | null;
  pastDue: boolean;
  standing: Standing;
}

export function assessObjective(objective: Objective, asOf: string): ObjectiveAssessment {
  const measurable = isMeasurable(objective);
  const latest = latestMeasurement(objective.measurements);
  const onTarget =
    latest && objective.targetValue !== null && objective.targetDirection !== null
      ? meetsTarget(latest.value, objective.targetValue, objective.targetDirection)
      : null;
  let standing: Standing;
  if (objective.status !== 'active') standing = 'closed';
  else if (objective.targetValue === null || objective.targetDirection === null) standing = 'no-target';
  else if (onTarget === null) standing = 'not-measured';
  else standing = onTarget ? 'on-target' : 'off-target';
  return {
    measurable,
    latest,
    onTarget,
    trend: trendOf(objective.measurements, objective.targetDirection),
    pastDue: isPastDue(objective, asOf),
    standing,
  };
}

export interface ObjectivesSummary {
  total: number;
  active: number;
  onTarget: number;
  offTarget: number;
  notMeasured: number;
  /** Active objectives without a measure and a numeric target. */
  notMeasurable: number;
  pastDue: number;
  achieved: number;
  retired: number;
}

/** Counts for the summary strip, the Word document and the management review. */
export function summariseObjectives(objectives: readonly Objective[], asOf: string): ObjectivesSummary {
  const summary: ObjectivesSummary = { total: objectives.length, active: 0, onTarget: 0, offTarget: 0, notMeasured: 0, notMeasurable: 0, pastDue: 0, achieved: 0, retired: 0 };
  for (const objective of objectives) {
    if (objective.status === 'achieved') summary.achieved += 1;
    if (objective.status === 'retired') summary.retired += 1;
    if (objective.status !== 'active') continue;
    summary.active += 1;
    const a = assessObjective(objective, asOf);
    if (!a.measurable) summary.notMeasurable += 1;
    if (a.standing === 'on-target') summary.onTarget += 1;
    if (a.standing === 'off-target') summary.offTarget += 1;
    if (a.standing === 'not-measured') summary.notMeasured += 1;
    if (a.pastDue) summary.pastDue += 1;
  }
  return summary;
}

const NICE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten) at or above a value. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = NICE_STEPS.find((s) => s * power >= value - 1e-9) ?? 10;
  return Math.round(step * power * 1e6) / 1e6;
}

/**
 * The top of a chart's value axis: a round number a little above the largest result or target, so small values
 * still show; never more than 100 for percentages that stay within 100. The axis always starts at 0.
 */
export function chartScale(values: readonly number[], target: number | null, unit: string): number {
  const largest = Math.max(0, ...values, target ?? 0);
  const scale = niceCeiling(largest * 1.1);
  return unit.trim() === '%' && largest <= 100 ? Math.min(100, scale) : scale;
}
