import { z } from 'zod';
import { isoDate } from './soa';

/** Information security objectives (ISO/IEC 27001:2022 6.2) and the measurements that monitor them (9.1). */

export const OBJECTIVE_STATUSES = ['active', 'achieved', 'retired'] as const;
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];
export const OBJECTIVE_STATUS_LABELS: Record<ObjectiveStatus, string> = {
  active: 'Active',
  achieved: 'Achieved',
  retired: 'Retired',
};

/** Whether a result must reach the target from below (coverage, completion) or stay under it (incidents, click rate). */
export const TARGET_DIRECTIONS = ['at-least', 'at-most'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];
export const TARGET_DIRECTION_LABELS: Record<TargetDirection, string> = {
  'at-least': 'At least',
  'at-most': 'At most',
};

const finite = z.number().refine(Number.isFinite, 'Enter a number');

export const objectiveInputSchema = z.object({
  objective: z.string().trim().min(1, 'State the objective').max(500),
  /** What is measured, and how: the metric and its source. */
  measure: z.string().max(1000),
  targetValue: finite.nullable(),
  targetDirection: z.enum(TARGET_DIRECTIONS).nullable(),
  /** Unit printed after values: "%", "days", "incidents". */
  unit: z.string().trim().max(40),
  owner: z.string().max(120),
  resources: z.string().max(1000),
  dueDate: isoDate.nullable(),
  /** How and when results are evaluated, and by whom. */
  evaluation: z.string().max(1000),
  status: z.enum(OBJECTIVE_STATUSES),
});
export type ObjectiveInput = z.infer<typeof objectiveInputSchema>;

export const measurementInputSchema = z.object({
  objectiveId: z.number().int().positive(),
  measuredOn: isoDate,
  value: finite,
  note: z.string().max(1000),
});
export type MeasurementInput = z.infer<typeof measurementInputSchema>;

export interface Measurement extends MeasurementInput {
  id: number;
}

export interface Objective extends ObjectiveInput {
  id: number;
  /** Readable reference, e.g. OBJ-003. */
  ref: string;
  /** Oldest first. */
  measurements: Measurement[];
}

export const BLANK_OBJECTIVE: ObjectiveInput = {
  objective: '',
  measure: '',
  targetValue: null,
  targetDirection: 'at-least',
  unit: '',
  owner: '',
  resources: '',
  dueDate: null,
  evaluation: '',
  status: 'active',
};

/** A value with its unit: "4.5 %", "12 days", "98". */
export function formatMeasure(value: number | null, unit: string): string {
  if (value === null) return '—';
  const number = Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  const u = unit.trim();
  if (u === '') return number;
  return u === '%' ? `${number}%` : `${number} ${u}`;
}

/** "At least 95%", "At most 5%", or "" when the objective has no numeric target. */
export function formatTarget(objective: Pick<ObjectiveInput, 'targetValue' | 'targetDirection' | 'unit'>): string {
  if (objective.targetValue === null || objective.targetDirection === null) return '';
  return `${TARGET_DIRECTION_LABELS[objective.targetDirection]} ${formatMeasure(objective.targetValue, objective.unit)}`;
}
