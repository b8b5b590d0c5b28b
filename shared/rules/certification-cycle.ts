import {
  CERTIFICATION_MILESTONES,
  CERTIFICATION_MILESTONE_LABELS,
  type CertificationMilestone,
  type CertificationPlan,
} from '../domain/certification';

/**
 * Where each audit of the certification cycle stands on a given day:
 * done (its date has passed), next (the first one still ahead), later, or overdue (its window has closed
 * and it has not been held).
 */
export type MilestoneStatus = 'done' | 'next' | 'later' | 'overdue';

export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  done: 'Done',
  next: 'Next',
  later: 'Later',
  overdue: 'Overdue',
};

export interface CycleMilestone {
  milestone: CertificationMilestone;
  label: string;
  date: string | null;
  /** The last day the audit can be held for the certificate to stay valid, counted from Stage 2; null for Stages 1 and 2. */
  latest: string | null;
  status: MilestoneStatus;
  /** Days from the given day to the date: negative in the past, null without a date. */
  daysFromToday: number | null;
}

export interface CertificationCycle {
  milestones: CycleMilestone[];
  /** The first milestone still to come, dated or not; null when the whole cycle is done. */
  next: CycleMilestone | null;
  /** Dates that stand but that a certification body would question, in plain words. */
  notes: string[];
}

/** Months after Stage 2 by which each later audit must have been held (the certificate runs three years). */
const WINDOW_MONTHS: Partial<Record<CertificationMilestone, number>> = { surveillance1: 12, surveillance2: 24, recertification: 36 };

/** Months after Stage 2 at which a date is suggested: surveillance yearly, recertification a quarter before expiry. */
const SUGGESTED_MONTHS = { surveillance1: 12, surveillance2: 24, recertification: 33 } as const;
type SuggestedMilestone = keyof typeof SUGGESTED_MONTHS;

/** Stage 1 findings go stale: many certification bodies repeat Stage 1 when Stage 2 is more than six months later. */
const STAGE_GAP_MONTHS = 6;

const pad = (n: number) => String(n).padStart(2, '0');

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y!, m!, d!];
}

/** The same day `months` later, or the month's last day when it is shorter (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/** Whole days from one YYYY-MM-DD to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
}

function latestDate(plan: CertificationPlan, milestone: CertificationMilestone): string | null {
  const months = WINDOW_MONTHS[milestone];
  return months === undefined || plan.stage2 === null ? null : addMonths(plan.stage2, months);
}

/** The cycle's milestones in order with their standing on `today` (YYYY-MM-DD). */
export function certificationCycle(plan: CertificationPlan, today: string): CertificationCycle {
  const lastHeld = CERTIFICATION_MILESTONES.reduce((found, milestone, index) => {
    const date = plan[milestone];
    return date !== null && date < today ? index : found;
  }, -1);
  let nextTaken = false;
  const milestones = CERTIFICATION_MILESTONES.map((milestone, index): CycleMilestone => {
    const date = plan[milestone];
    const latest = latestDate(plan, milestone);
    // An undated audit before one already held must have taken place: the certification body holds them in order.
    const held = date !== null ? date < today : index < lastHeld;
    let status: MilestoneStatus;
    if (held) status = 'done';
    else if (latest !== null && latest < today) status = 'overdue';
    else {
      status = nextTaken ? 'later' : 'next';
      nextTaken = true;
    }
    return {
      milestone,
      label: CERTIFICATION_MILESTONE_LABELS[milestone],
      date,
      latest,
      status,
      daysFromToday: date === null ? null : daysBetween(today, date),
    };
  });
  return { milestones, next: milestones.find((m) => m.status === 'next') ?? null, notes: cycleNotes(plan) };
}

function cycleNotes(plan: CertificationPlan): string[] {
  const notes: string[] = [];
  if (plan.stage1 !== null && plan.stage2 !== null && plan.stage2 > addMonths(plan.stage1, STAGE_GAP_MONTHS)) {
    notes.push(
      'Stage 2 is more than six months after Stage 1. Many certification bodies repeat Stage 1 after a gap that long; agree the dates with yours.',
    );
  }
  const late = (milestone: CertificationMilestone) => {
    const latest = latestDate(plan, milestone);
    const date = plan[milestone];
    return latest !== null && date !== null && date > latest;
  };
  if (late('surveillance1')) {
    notes.push(
      'The first surveillance audit is more than 12 months after Stage 2. It has to fall within a year of the certification decision, so bring it forward.',
    );
  }
  if (late('surveillance2')) {
    notes.push('The second surveillance audit is more than 24 months after Stage 2. Surveillance is yearly, so bring it forward.');
  }
  if (late('recertification')) {
    notes.push(
      'The recertification audit is after the certificate expires, three years after Stage 2. Hold it early enough for the renewal decision to be made before expiry.',
    );
  }
  return notes;
}

/**
 * Dates to offer for the undated surveillance and recertification audits once Stage 2 is known: surveillance
 * 12 and 24 months after Stage 2, recertification 33 months after (a quarter before the certificate expires).
 * A suggestion that would break the order with a date the user already entered is left out. Offered to the
 * user to accept; never stored on its own.
 */
export function suggestCycleDates(plan: CertificationPlan): Partial<Pick<CertificationPlan, SuggestedMilestone>> {
  const stage2 = plan.stage2;
  if (stage2 === null) return {};
  const suggestions: Partial<Pick<CertificationPlan, SuggestedMilestone>> = {};
  const merged: CertificationPlan = { ...plan };
  for (const milestone of Object.keys(SUGGESTED_MONTHS) as SuggestedMilestone[]) {
    if (plan[milestone] !== null) continue;
    const date = addMonths(stage2, SUGGESTED_MONTHS[milestone]);
    const index = CERTIFICATION_MILESTONES.indexOf(milestone);
    const before = CERTIFICATION_MILESTONES.slice(0, index).map((m) => merged[m]);
    const after = CERTIFICATION_MILESTONES.slice(index + 1).map((m) => plan[m]);
    const fits = before.every((d) => d === null || d < date) && after.every((d) => d === null || d > date);
    if (!fits) continue;
    suggestions[milestone] = date;
    merged[milestone] = date;
  }
  return suggestions;
}
