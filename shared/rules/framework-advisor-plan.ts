import {
  COST_FIGURE_INFO,
  formatFigure,
  type AdvisorAnswers,
  type CostFigureId,
  type CostFigures,
  type FigureRange,
} from '../domain/advisor';

/*
 * The costed plan and the caveats behind the framework advisor's recommendation (framework-advisor.ts). Every
 * duration and cost comes from the editable figures; the second framework is costed as a share of the first.
 */

export type Framework = 'soc2' | 'iso';
export type Recommendation = 'soc2-first' | 'iso-first' | 'both';

export const FRAMEWORK_NAMES: Record<Framework, string> = { soc2: 'SOC 2', iso: 'ISO 27001' };

/** A figure as text in its own unit, e.g. "3–6 months" or "$15k–$50k". */
export const figureText = (figures: CostFigures, id: CostFigureId) => formatFigure(figures[id], COST_FIGURE_INFO[id].unit);
const range = figureText;

export type PlanStepId = 'soc2-type1' | 'soc2-type2' | 'soc2-renewal' | 'iso-certification' | 'iso-surveillance' | 'iso-recertification' | 'add-iso' | 'add-soc2';

export interface PlanStep {
  id: PlanStepId;
  framework: Framework;
  title: string;
  /** When it happens, in words: "Start now", "Every year after the first report". */
  when: string;
  /** Typical duration; null for a recurring audit that takes days, not months. */
  months: FigureRange | null;
  /** Typical cost in US dollars. */
  cost: FigureRange;
  recurrence: 'once' | 'yearly' | 'every-3-years';
  /** How the figures were arrived at. */
  basis: string;
  /** The editable figures the duration and the cost are computed from: an edited one marks that figure edited. */
  monthsFrom: CostFigureId[];
  costFrom: CostFigureId[];
}


/**
 * Adding the second framework never takes less than this, whatever the share: a SOC 2 Type 2 needs an
 * observation window of about three months at least, and an ISO certificate needs Stage 1 and Stage 2 audits
 * with time between them to close what Stage 1 finds.
 */
export const MIN_MONTHS_TO_ADD = 3;

/** A range scaled by a percentage range: lower end by the lower share, upper end by the upper share. */
export function scaleRange(base: FigureRange, share: FigureRange, opts: { minimum?: number } = {}): FigureRange {
  const low = Math.max(opts.minimum ?? 0, Math.round((base.low * share.low) / 100));
  return { low, high: Math.max(low, Math.round((base.high * share.high) / 100)), plus: base.plus };
}

function soc2Renewal(figures: CostFigures): PlanStep {
  return {
    id: 'soc2-renewal',
    framework: 'soc2',
    title: 'SOC 2 Type 2 renewal',
    when: 'Every year after the first report',
    months: null,
    cost: figures.soc2Type2Cost,
    recurrence: 'yearly',
    basis: 'Each report covers the previous twelve months, so buyers expect a new one yearly.',
    monthsFrom: [],
    costFrom: ['soc2Type2Cost'],
  };
}

function soc2Steps(a: AdvisorAnswers, figures: CostFigures): PlanStep[] {
  const bridge = a.urgency === 'under-3' || a.urgency === '3-6';
  const steps: PlanStep[] = [];
  if (bridge) {
    steps.push({
      id: 'soc2-type1',
      framework: 'soc2',
      title: 'SOC 2 Type 1 report',
      when: 'Start now',
      months: figures.soc2Type1Months,
      cost: figures.soc2Type1Cost,
      recurrence: 'once',
      basis: 'A point-in-time report on control design, to show buyers while the Type 2 window runs.',
      monthsFrom: ['soc2Type1Months'],
      costFrom: ['soc2Type1Cost'],
    });
  }
  steps.push(
    {
      id: 'soc2-type2',
      framework: 'soc2',
      title: 'SOC 2 Type 2 report',
      when: bridge ? 'Observation window opens once the Type 1 controls operate' : 'Start now',
      months: figures.soc2Type2Months,
      cost: figures.soc2Type2Cost,
      recurrence: 'once',
      basis: 'Readiness, an observation window in which the controls operate, then the CPA firm’s examination.',
      monthsFrom: ['soc2Type2Months'],
      costFrom: ['soc2Type2Cost'],
    },
    soc2Renewal(figures),
  );
  return steps;
}

function isoSteps(figures: CostFigures): PlanStep[] {
  return [
    {
      id: 'iso-certification',
      framework: 'iso',
      title: 'ISO 27001 certification',
      when: 'Start now',
      months: figures.isoMonths,
      cost: figures.isoCost,
      recurrence: 'once',
      basis: 'Build the ISMS, run an internal audit and a management review, then the Stage 1 and Stage 2 audits.',
      monthsFrom: ['isoMonths'],
      costFrom: ['isoCost'],
    },
    ...isoUpkeep(figures),
  ];
}

function isoUpkeep(figures: CostFigures): PlanStep[] {
  return [
    {
      id: 'iso-surveillance',
      framework: 'iso',
      title: 'ISO 27001 surveillance audit',
      when: 'Years 2 and 3 of each certificate',
      months: null,
      cost: figures.isoSurveillanceCost,
      recurrence: 'yearly',
      basis: 'The certification body samples the ISMS each year to keep the certificate valid.',
      monthsFrom: [],
      costFrom: ['isoSurveillanceCost'],
    },
    {
      id: 'iso-recertification',
      framework: 'iso',
      title: 'ISO 27001 recertification audit',
      when: 'Every 3 years',
      months: null,
      cost: scaleRange(figures.isoCost, figures.isoRecertificationShare),
      recurrence: 'every-3-years',
      basis: `${range(figures, 'isoRecertificationShare')} of the first-certification range.`,
      monthsFrom: [],
      costFrom: ['isoCost', 'isoRecertificationShare'],
    },
  ];
}

/** The second framework, costed as a share of the first's cost and time. */
function addSecond(second: Framework, figures: CostFigures): PlanStep[] {
  const share = figures.secondFrameworkShare;
  const overlap = range(figures, 'controlOverlap');
  if (second === 'iso') {
    return [
      {
        id: 'add-iso',
        framework: 'iso',
        title: 'Add ISO 27001 certification',
        when: 'After the first SOC 2 Type 2 report',
        months: scaleRange(figures.soc2Type2Months, share, { minimum: MIN_MONTHS_TO_ADD }),
        cost: scaleRange(figures.soc2Type2Cost, share),
        recurrence: 'once',
        basis: `${range(figures, 'secondFrameworkShare')} of the SOC 2 Type 2 effort, as ${overlap} of the controls are shared.`,
        monthsFrom: ['soc2Type2Months', 'secondFrameworkShare'],
        costFrom: ['soc2Type2Cost', 'secondFrameworkShare'],
      },
      ...isoUpkeep(figures),
    ];
  }
  return [
    {
      id: 'add-soc2',
      framework: 'soc2',
      title: 'Add a SOC 2 Type 2 report',
      when: 'After ISO 27001 certification',
      months: scaleRange(figures.isoMonths, share, { minimum: MIN_MONTHS_TO_ADD }),
      cost: scaleRange(figures.isoCost, share),
      recurrence: 'once',
      basis: `${range(figures, 'secondFrameworkShare')} of the ISO 27001 effort, as ${overlap} of the controls are shared.`,
      monthsFrom: ['isoMonths', 'secondFrameworkShare'],
      costFrom: ['isoCost', 'secondFrameworkShare'],
    },
    soc2Renewal(figures),
  ];
}

export function caveatsFor(a: AdvisorAnswers, recommendation: Recommendation, order: Framework[], figures: CostFigures): string[] {
  const out: string[] = [];
  const regions = new Set(a.buyerRegions);
  const regulated = new Set(a.regulatedBuyers ?? []);
  if (a.urgency === 'under-3') {
    out.push('Until the first report or certificate arrives, answer questionnaires with a written security overview and a letter from the audit firm confirming the engagement.');
  }
  if (recommendation !== 'both') {
    const other: Framework = order[0] === 'soc2' ? 'iso' : 'soc2';
    const firstCost = order[0] === 'soc2' ? figures.soc2Type2Cost : figures.isoCost;
    out.push(
      `If buyers later ask for ${FRAMEWORK_NAMES[other]}, adding it typically costs ${range(figures, 'secondFrameworkShare')} of the first (${formatFigure(scaleRange(firstCost, figures.secondFrameworkShare), 'usd')}), as ${range(figures, 'controlOverlap')} of the controls are shared.`,
    );
  }
  if (regions.has('us') && regulated.has('government')) {
    out.push('US federal agencies buying cloud services generally require FedRAMP authorisation, which neither framework provides.');
  }
  if (regions.has('us') && regulated.has('healthcare')) {
    out.push('US healthcare buyers will also ask about HIPAA; a SOC 2 report can map to it, but neither framework is HIPAA compliance in itself.');
  }
  if (regions.has('europe') && (regulated.has('banks') || regulated.has('insurers'))) {
    out.push('EU banks and insurers manage ICT supplier risk under DORA: a report or certificate shortens their due diligence but does not replace their contract terms.');
  }
  if (regions.has('uk') && regulated.has('government')) {
    out.push('UK public-sector contracts often also require Cyber Essentials or Cyber Essentials Plus.');
  }
  if (order.includes('iso')) out.push('Choose a certification body accredited by a national accreditation body (for example UKAS or ANAB), or the certificate may be refused.');
  if (order.includes('soc2')) out.push('Only a licensed CPA firm can issue a SOC 2 report.');
  return out;
}

/** The steps to the recommended reports and certificates and their upkeep, in the order to take them. */
export function buildPlan(a: AdvisorAnswers, figures: CostFigures, order: readonly Framework[]): PlanStep[] {
  const [first, second] = order;
  return [...(first === 'soc2' ? soc2Steps(a, figures) : isoSteps(figures)), ...(second ? addSecond(second, figures) : [])];
}

/** Which of a step's figures rest on a figure the user edited. */
export function editedParts(step: PlanStep, edited: readonly CostFigureId[]): { months: boolean; cost: boolean } {
  return { months: step.monthsFrom.some((id) => edited.includes(id)), cost: step.costFrom.some((id) => edited.includes(id)) };
}
