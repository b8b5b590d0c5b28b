import { z } from 'zod';

/*
 * The framework advisor: "SOC 2 or ISO 27001 first?". The answers to a short questionnaire and the cost and
 * duration figures the plan is computed from are kept in the workbook (isms_setting 'advisor.answers' and
 * 'advisor.costs'). Only questions whose answer can change the recommendation or the plan are asked.
 */

// ---------------------------------------------------------------------------------------------------------------
// The questionnaire

export const BUYER_REGIONS = ['us', 'uk', 'europe', 'india', 'middle-east', 'apac'] as const;
export type BuyerRegion = (typeof BUYER_REGIONS)[number];

export const REGULATED_BUYERS = ['banks', 'insurers', 'healthcare', 'government'] as const;
export type RegulatedBuyer = (typeof REGULATED_BUYERS)[number];

export const URGENCIES = ['under-3', '3-6', '6-12', 'over-12'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const ASSURANCE_SCOPES = ['product', 'organisation'] as const;
export type AssuranceScope = (typeof ASSURANCE_SCOPES)[number];

export const CUSTOMER_ASKS = ['soc2', 'iso', 'both', 'not-sure'] as const;
export type CustomerAsk = (typeof CUSTOMER_ASKS)[number];

export const COMPANY_STAGES = ['seed', 'series-a', 'series-b', 'established'] as const;
export type CompanyStage = (typeof COMPANY_STAGES)[number];

/** Keeps each choice once, in the order the questionnaire lists them, so equal answers store equal text. */
const choices = <T extends string>(values: readonly [T, ...T[]]) =>
  z.array(z.enum(values)).max(values.length).transform((picked) => values.filter((value) => picked.includes(value)));

export const advisorAnswersSchema = z
  .object({
    /** Where the buyers are; empty until answered. */
    buyerRegions: choices(BUYER_REGIONS),
    /** Regulated buyers; null until answered, empty for "none of these". */
    regulatedBuyers: choices(REGULATED_BUYERS).nullable(),
    /** How soon buyers need an independent trust signal. */
    urgency: z.enum(URGENCIES).nullable(),
    /** One product or service, or the whole organisation. */
    scope: z.enum(ASSURANCE_SCOPES).nullable(),
    /** What customers and RFPs ask for. */
    customerAsk: z.enum(CUSTOMER_ASKS).nullable(),
    stage: z.enum(COMPANY_STAGES).nullable(),
  })
  .strict();
export type AdvisorAnswers = z.output<typeof advisorAnswersSchema>;
export const advisorAnswersPatchSchema = advisorAnswersSchema.partial().strict();
export type AdvisorAnswersPatch = z.input<typeof advisorAnswersPatchSchema>;

export const BLANK_ADVISOR_ANSWERS: AdvisorAnswers = {
  buyerRegions: [],
  regulatedBuyers: null,
  urgency: null,
  scope: null,
  customerAsk: null,
  stage: null,
};

export type QuestionId = keyof AdvisorAnswers;
export const QUESTION_IDS = Object.keys(BLANK_ADVISOR_ANSWERS) as QuestionId[];

/** Stored answers read back one by one: an unreadable answer counts as unanswered, the others are kept. */
export function readStoredAnswers(stored: unknown): AdvisorAnswers {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { ...BLANK_ADVISOR_ANSWERS };
  const answers: Record<string, unknown> = { ...BLANK_ADVISOR_ANSWERS };
  for (const id of QUESTION_IDS) {
    const parsed = advisorAnswersSchema.shape[id].safeParse((stored as Record<string, unknown>)[id]);
    if (parsed.success) answers[id] = parsed.data;
  }
  return answers as AdvisorAnswers;
}

export interface AdvisorQuestion<V extends string = string> {
  id: QuestionId;
  /** The question as the screen asks it. */
  label: string;
  /** The question as a short noun, for "answer these first" and the memo. */
  topic: string;
  /** Why it matters, in a sentence. */
  help: string;
  multiple: boolean;
  options: readonly { value: V; label: string }[];
}

export const BUYER_REGION_LABELS: Record<BuyerRegion, string> = {
  us: 'United States',
  uk: 'United Kingdom',
  europe: 'Europe (EU and EEA)',
  india: 'India',
  'middle-east': 'Middle East',
  apac: 'Asia-Pacific',
};

export const REGULATED_BUYER_LABELS: Record<RegulatedBuyer, string> = {
  banks: 'Banks and financial services',
  insurers: 'Insurers',
  healthcare: 'Healthcare',
  government: 'Government and public sector',
};

export const URGENCY_LABELS: Record<Urgency, string> = {
  'under-3': 'Within 3 months',
  '3-6': 'In 3 to 6 months',
  '6-12': 'In 6 to 12 months',
  'over-12': 'More than 12 months away',
};

export const SCOPE_LABELS: Record<AssuranceScope, string> = {
  product: 'One product or service',
  organisation: 'The whole organisation',
};

export const CUSTOMER_ASK_LABELS: Record<CustomerAsk, string> = {
  soc2: 'A SOC 2 Type 2 report',
  iso: 'An ISO 27001 (ISMS) certificate',
  both: 'Both',
  'not-sure': 'Not sure yet',
};

export const STAGE_LABELS: Record<CompanyStage, string> = {
  seed: 'Pre-seed or seed',
  'series-a': 'Series A',
  'series-b': 'Series B or later',
  established: 'Established or enterprise',
};

const options = <V extends string>(labels: Record<V, string>, order: readonly V[]) => order.map((value) => ({ value, label: labels[value] }));

/** The questions in the order the screen and the memo show them. */
export const ADVISOR_QUESTIONS = [
  {
    id: 'buyerRegions',
    label: 'Where are your buyers?',
    topic: 'where the buyers are',
    help: 'Each market has the framework its buyers know. Tick every region you sell into or plan to within a year.',
    multiple: true,
    options: options(BUYER_REGION_LABELS, BUYER_REGIONS),
  },
  {
    id: 'regulatedBuyers',
    label: 'Do you sell to regulated buyers?',
    topic: 'regulated buyers',
    help: 'Regulated buyers run formal supplier due diligence and want an independent report or certificate.',
    multiple: true,
    options: options(REGULATED_BUYER_LABELS, REGULATED_BUYERS),
  },
  {
    id: 'urgency',
    label: 'How soon do buyers need a trust signal?',
    topic: 'how soon a trust signal is needed',
    help: 'The first independent report or certificate, counted from today.',
    multiple: false,
    options: options(URGENCY_LABELS, URGENCIES),
  },
  {
    id: 'scope',
    label: 'What should the assurance cover?',
    topic: 'what the assurance covers',
    help: 'A SOC 2 report describes one system; an ISO 27001 certificate covers the management system in the scope you set.',
    multiple: false,
    options: options(SCOPE_LABELS, ASSURANCE_SCOPES),
  },
  {
    id: 'customerAsk',
    label: 'What do customers and RFPs ask for?',
    topic: 'what customers ask for',
    help: 'Look at the last few security questionnaires, RFPs and contract schedules.',
    multiple: false,
    options: options(CUSTOMER_ASK_LABELS, CUSTOMER_ASKS),
  },
  {
    id: 'stage',
    label: 'What stage is the company at?',
    topic: 'company stage',
    help: 'Budget and the buyers you meet change with the stage.',
    multiple: false,
    options: options(STAGE_LABELS, COMPANY_STAGES),
  },
] as const satisfies readonly AdvisorQuestion[];

/** The label of "none of these" for regulated buyers, stored as an empty list. */
export const NO_REGULATED_BUYERS_LABEL = 'None of these';

/** The questions still unanswered, in questionnaire order. */
export function unansweredQuestions(answers: AdvisorAnswers): QuestionId[] {
  return ADVISOR_QUESTIONS.map((q) => q.id).filter((id) => {
    const value = answers[id];
    if (id === 'buyerRegions') return (value as BuyerRegion[]).length === 0;
    return value === null;
  });
}

/** An answer as words, e.g. "United States, Europe (EU and EEA)" or "None of these". */
export function answerText(answers: AdvisorAnswers, id: QuestionId): string {
  const question = ADVISOR_QUESTIONS.find((q) => q.id === id)!;
  const value = answers[id];
  if (value === null) return 'Not answered';
  const labelOf = (v: string) => (question.options as readonly { value: string; label: string }[]).find((o) => o.value === v)?.label ?? v;
  if (Array.isArray(value)) return value.length === 0 ? (id === 'regulatedBuyers' ? NO_REGULATED_BUYERS_LABEL : 'Not answered') : value.map(labelOf).join(', ');
  return labelOf(value);
}

// ---------------------------------------------------------------------------------------------------------------
// Cost and duration figures

/** A typical range; `plus` marks an open upper end ("$100k+"). */
export interface FigureRange {
  low: number;
  high: number;
  plus: boolean;
}

export type FigureUnit = 'months' | 'usd' | 'percent';

export const COST_FIGURE_IDS = [
  'soc2Type1Months',
  'soc2Type1Cost',
  'soc2Type2Months',
  'soc2Type2Cost',
  'isoMonths',
  'isoCost',
  'isoSurveillanceCost',
  'isoRecertificationShare',
  'secondFrameworkShare',
  'controlOverlap',
] as const;
export type CostFigureId = (typeof COST_FIGURE_IDS)[number];
export type CostFigures = Record<CostFigureId, FigureRange>;

export interface CostFigureInfo {
  label: string;
  unit: FigureUnit;
  /** What the figure covers, in a sentence. */
  note: string;
}

export const COST_FIGURE_INFO: Record<CostFigureId, CostFigureInfo> = {
  soc2Type1Months: { label: 'SOC 2 Type 1: time to the report', unit: 'months', note: 'Readiness work and a point-in-time audit of how the controls are designed.' },
  soc2Type1Cost: { label: 'SOC 2 Type 1: cost', unit: 'usd', note: 'Auditor fee with readiness help and tooling.' },
  soc2Type2Months: { label: 'SOC 2 Type 2: time to the first report', unit: 'months', note: 'Includes an observation window in which the controls must operate.' },
  soc2Type2Cost: { label: 'SOC 2 Type 2: cost per report', unit: 'usd', note: 'Recurs every year: each report covers the last observation period.' },
  isoMonths: { label: 'ISO 27001: time to certification', unit: 'months', note: 'Building the ISMS, internal audit, management review, then the Stage 1 and Stage 2 audits.' },
  isoCost: { label: 'ISO 27001: first certification', unit: 'usd', note: 'Implementation help, tooling and the certification body’s initial audit.' },
  isoSurveillanceCost: { label: 'ISO 27001: yearly surveillance audit', unit: 'usd', note: 'In the second and third year of each three-year certificate.' },
  isoRecertificationShare: { label: 'ISO 27001: recertification every 3 years', unit: 'percent', note: 'Share of the initial fee; applied here to the first-certification range above.' },
  secondFrameworkShare: { label: 'Adding the second framework', unit: 'percent', note: 'Share of the first framework’s cost and time, because most controls are reused.' },
  controlOverlap: { label: 'Controls the two frameworks share', unit: 'percent', note: 'Why the second framework costs less than the first.' },
};

/** Ranges from public 2026 market guides; editable by the user, never quotes. */
export const DEFAULT_COST_FIGURES: CostFigures = {
  soc2Type1Months: { low: 3, high: 6, plus: false },
  soc2Type1Cost: { low: 15_000, high: 50_000, plus: false },
  soc2Type2Months: { low: 6, high: 12, plus: false },
  soc2Type2Cost: { low: 30_000, high: 100_000, plus: true },
  isoMonths: { low: 6, high: 18, plus: false },
  isoCost: { low: 25_000, high: 150_000, plus: true },
  isoSurveillanceCost: { low: 10_000, high: 30_000, plus: false },
  isoRecertificationShare: { low: 50, high: 70, plus: false },
  secondFrameworkShare: { low: 30, high: 50, plus: false },
  controlOverlap: { low: 80, high: 80, plus: false },
};

/** Said beside every figure the advisor shows. */
export const TYPICAL_RANGE_NOTE = 'Typical range, not a quote';
export const EDITED_NOTE = 'Edited by you';
export const FIGURES_BASIS =
  'Figures are typical ranges from public 2026 market guides, not quotes: audit firms and certification bodies price by scope, size and readiness.';

const UNIT_LIMITS: Record<FigureUnit, { max: number; integer: boolean; what: string }> = {
  months: { max: 60, integer: true, what: 'a whole number of months up to 60' },
  usd: { max: 10_000_000, integer: true, what: 'a whole number of US dollars' },
  percent: { max: 100, integer: false, what: 'a percentage from 0 to 100' },
};

/** A range of one unit: both ends within the unit's limits, the upper end not below the lower. */
export function figureRangeSchema(unit: FigureUnit) {
  const { max, integer, what } = UNIT_LIMITS[unit];
  const end = (name: string) => {
    const number = z.number({ error: `Enter the ${name} end as ${what}` }).min(unit === 'months' ? 1 : 0, `Enter the ${name} end as ${what}`).max(max, `Enter the ${name} end as ${what}`);
    return integer ? number.int(`Enter the ${name} end as ${what}`) : number;
  };
  return z
    .object({ low: end('lower'), high: end('upper'), plus: z.boolean() })
    .strict()
    .refine((range) => range.high >= range.low, { message: 'The upper end must not be below the lower end', path: ['high'] });
}

const FIGURE_SCHEMAS = Object.fromEntries(COST_FIGURE_IDS.map((id) => [id, figureRangeSchema(COST_FIGURE_INFO[id].unit)])) as Record<
  CostFigureId,
  ReturnType<typeof figureRangeSchema>
>;

/** A change to the figures: a new range, or null to go back to the default. */
export const costFiguresPatchSchema = z
  .object(Object.fromEntries(COST_FIGURE_IDS.map((id) => [id, FIGURE_SCHEMAS[id].nullable().optional()])) as Record<
    CostFigureId,
    z.ZodOptional<z.ZodNullable<ReturnType<typeof figureRangeSchema>>>
  >)
  .strict();
export type CostFiguresPatch = Partial<Record<CostFigureId, FigureRange | null>>;

/** The figures the user changed, validated one by one: an unreadable one falls back to its default. */
export function readFigureOverrides(stored: unknown): Partial<CostFigures> {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const out: Partial<CostFigures> = {};
  for (const id of COST_FIGURE_IDS) {
    const parsed = FIGURE_SCHEMAS[id].safeParse((stored as Record<string, unknown>)[id]);
    if (parsed.success && !sameRange(parsed.data, DEFAULT_COST_FIGURES[id])) out[id] = parsed.data;
  }
  return out;
}

export function sameRange(a: FigureRange, b: FigureRange): boolean {
  return a.low === b.low && a.high === b.high && a.plus === b.plus;
}

/** The figures in force: the user's where they changed one, the defaults elsewhere. */
export function resolveFigures(overrides: Partial<CostFigures>): CostFigures {
  return { ...DEFAULT_COST_FIGURES, ...overrides };
}

// ---------------------------------------------------------------------------------------------------------------
// Figures as text, the same on every machine (the memo and the advisor's reasons)

/** 15000 → "$15k", 1250000 → "$1.25m", 900 → "$900". */
export function formatUsdShort(value: number): string {
  const trim = (n: number) => String(Number(n.toFixed(2)));
  if (value >= 1_000_000) return `$${trim(value / 1_000_000)}m`;
  if (value >= 1_000) return `$${trim(value / 1_000)}k`;
  return `$${Math.round(value)}`;
}

const trimNumber = (n: number) => String(Number(n.toFixed(1)));

/** "$15k–$50k", "$30k–$100k+", "3–6 months", "30–50%", "about 80%". */
export function formatFigure(range: FigureRange, unit: FigureUnit): string {
  const plus = range.plus ? '+' : '';
  if (unit === 'usd') {
    return range.low === range.high ? `about ${formatUsdShort(range.low)}${plus}` : `${formatUsdShort(range.low)}–${formatUsdShort(range.high)}${plus}`;
  }
  if (unit === 'percent') {
    return range.low === range.high ? `about ${trimNumber(range.low)}%` : `${trimNumber(range.low)}–${trimNumber(range.high)}%`;
  }
  const months = range.high === 1 && !range.plus ? 'month' : 'months';
  return range.low === range.high ? `about ${range.low}${plus} ${months}` : `${range.low}–${range.high}${plus} ${months}`;
}
