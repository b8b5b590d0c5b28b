import { z } from 'zod';

/**
 * The certification cycle as the certification body runs it: the two-stage initial audit, two yearly
 * surveillance audits, then recertification before the three-year certificate lapses.
 */
export const CERTIFICATION_MILESTONES = ['stage1', 'stage2', 'surveillance1', 'surveillance2', 'recertification'] as const;
export type CertificationMilestone = (typeof CERTIFICATION_MILESTONES)[number];

export const CERTIFICATION_MILESTONE_LABELS: Record<CertificationMilestone, string> = {
  stage1: 'Stage 1 audit',
  stage2: 'Stage 2 audit',
  surveillance1: 'First surveillance audit',
  surveillance2: 'Second surveillance audit',
  recertification: 'Recertification audit',
};

/** The milestone inside a sentence ("must come after the Stage 1 audit"). */
const IN_SENTENCE: Record<CertificationMilestone, string> = {
  stage1: 'the Stage 1 audit',
  stage2: 'the Stage 2 audit',
  surveillance1: 'the first surveillance audit',
  surveillance2: 'the second surveillance audit',
  recertification: 'the recertification audit',
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Short names for the timeline, where space is tight. */
export const CERTIFICATION_MILESTONE_SHORT_LABELS: Record<CertificationMilestone, string> = {
  stage1: 'Stage 1',
  stage2: 'Stage 2',
  surveillance1: 'Surveillance 1',
  surveillance2: 'Surveillance 2',
  recertification: 'Recertification',
};

/** A YYYY-MM-DD string that names a real calendar day (no 31 April). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const milestoneDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD')
  .refine(isCalendarDate, 'This is not a date in the calendar')
  .nullable();

const planFields = z
  .object({
    /** The accredited certification body that will audit, e.g. "Halden Certification Ltd"; empty until chosen. */
    certificationBody: z.string().trim().max(120, 'Keep the certification body to 120 characters'),
    stage1: milestoneDate,
    stage2: milestoneDate,
    surveillance1: milestoneDate,
    surveillance2: milestoneDate,
    recertification: milestoneDate,
  })
  .strict();

/**
 * The certification plan the user enters. Each audit must come after every earlier one that has a date,
 * so the messages name the milestone the date has to follow.
 */
export const certificationPlanSchema = planFields.superRefine((plan, issues) => {
  CERTIFICATION_MILESTONES.forEach((milestone, index) => {
    const date = plan[milestone];
    if (date === null) return;
    const earlier = CERTIFICATION_MILESTONES.slice(0, index)
      .filter((previous) => plan[previous] !== null && plan[previous]! >= date)
      .at(-1);
    if (earlier === undefined) return;
    issues.addIssue({
      code: 'custom',
      path: [milestone],
      message: `${capitalise(IN_SENTENCE[milestone])} must come after ${IN_SENTENCE[earlier]}`,
    });
  });
});
export type CertificationPlan = z.infer<typeof certificationPlanSchema>;

export const EMPTY_CERTIFICATION_PLAN: CertificationPlan = {
  certificationBody: '',
  stage1: null,
  stage2: null,
  surveillance1: null,
  surveillance2: null,
  recertification: null,
};
