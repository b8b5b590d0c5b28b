import {
  BUYER_REGIONS,
  BUYER_REGION_LABELS,
  REGULATED_BUYERS,
  REGULATED_BUYER_LABELS,
  answerText,
  unansweredQuestions,
  type AdvisorAnswers,
  type CostFigures,
  type QuestionId,
} from '../domain/advisor';
import { FRAMEWORK_NAMES, buildPlan, caveatsFor, figureText as range, type Framework, type PlanStep, type Recommendation } from './framework-advisor-plan';

export { FRAMEWORK_NAMES, MIN_MONTHS_TO_ADD, editedParts, scaleRange, type Framework, type PlanStep, type PlanStepId, type Recommendation } from './framework-advisor-plan';

/*
 * "SOC 2 or ISO 27001 first?" Each answer adds points to a SOC 2 signal, an ISO 27001 signal, or neither, and
 * says why; the stronger signal goes first. Both are planned, in sequence, when customers ask for both, or when
 * the buyers sit in the United States and elsewhere and the company is past seed stage with a reason to run two
 * (regulated buyers, or Series B and later). The plan is computed from the editable cost and duration figures.
 */

export type Lean = Framework | 'both' | 'neutral';

export interface AdvisorReason {
  /** The answer the reason rests on; 'order' explains which of two goes first. */
  question: QuestionId | 'order';
  /** The answer as the user gave it. */
  answer: string;
  lean: Lean;
  points: Record<Framework, number>;
  text: string;
}

export interface AdvisorAdvice {
  status: 'ready';
  recommendation: Recommendation;
  /** The frameworks in the order to pursue them; one entry unless both are recommended. */
  order: Framework[];
  headline: string;
  summary: string;
  score: Record<Framework, number>;
  reasons: AdvisorReason[];
  plan: PlanStep[];
  caveats: string[];
}

export interface AdvisorIncomplete {
  status: 'incomplete';
  missing: QuestionId[];
}

export type AdvisorResult = AdvisorAdvice | AdvisorIncomplete;


const points = (soc2: number, iso: number) => ({ soc2, iso });
const leanOf = (p: Record<Framework, number>): Lean => (p.soc2 > 0 && p.iso > 0 ? 'both' : p.soc2 > 0 ? 'soc2' : p.iso > 0 ? 'iso' : 'neutral');

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The quicker route to a first independent report, by the lower ends of the figures; null when equal. */
function quickerFirstReport(figures: CostFigures): Framework | null {
  const soc2 = Math.min(figures.soc2Type1Months.low, figures.soc2Type2Months.low);
  if (soc2 === figures.isoMonths.low) return null;
  return soc2 < figures.isoMonths.low ? 'soc2' : 'iso';
}

/** The cheaper credible first step, by the lower ends of the figures; null when equal. */
function cheaperFirstStep(figures: CostFigures): Framework | null {
  const soc2 = Math.min(figures.soc2Type1Cost.low, figures.soc2Type2Cost.low);
  if (soc2 === figures.isoCost.low) return null;
  return soc2 < figures.isoCost.low ? 'soc2' : 'iso';
}

function regionReason(a: AdvisorAnswers): AdvisorReason {
  const us = a.buyerRegions.includes('us');
  const others = BUYER_REGIONS.filter((r) => r !== 'us' && a.buyerRegions.includes(r)).map((r) => BUYER_REGION_LABELS[r]);
  const p = points(us ? 3 : 0, others.length > 0 ? 3 : 0);
  const text =
    us && others.length > 0
      ? `You sell in the United States, where buyers expect a SOC 2 report, and in ${listWords(others)}, where an accredited ISO 27001 certificate is the recognised proof: each market leans to its own framework.`
      : us
        ? 'Buyers in the United States expect a SOC 2 report from a licensed CPA firm in their vendor security reviews; an ISO certificate seldom replaces it there.'
        : `Buyers in ${listWords(others)} recognise an accredited ISO 27001 certificate; SOC 2 is an American attestation many of them never ask for.`;
  return { question: 'buyerRegions', answer: answerText(a, 'buyerRegions'), lean: leanOf(p), points: p, text };
}

function regulatedReason(a: AdvisorAnswers): AdvisorReason {
  const regulated = a.regulatedBuyers ?? [];
  if (regulated.length === 0) {
    return {
      question: 'regulatedBuyers',
      answer: answerText(a, 'regulatedBuyers'),
      lean: 'neutral',
      points: points(0, 0),
      text: 'No regulated buyers: due diligence stays commercial, so your markets and what customers ask decide.',
    };
  }
  const us = a.buyerRegions.includes('us');
  const others = a.buyerRegions.some((r) => r !== 'us');
  const p = points(us ? 2 : 0, others ? 2 : 0);
  const who = REGULATED_BUYERS.filter((r) => regulated.includes(r)).map((r) => REGULATED_BUYER_LABELS[r].toLowerCase()).join('; ');
  const expects = us && others ? 'each market’s framework' : us ? 'a SOC 2 Type 2 report' : 'an ISO 27001 certificate';
  return {
    question: 'regulatedBuyers',
    answer: answerText(a, 'regulatedBuyers'),
    lean: leanOf(p),
    points: p,
    text: `Regulated buyers (${who}) run formal supplier due diligence and expect independent assurance rather than a questionnaire alone: that strengthens the case for ${expects}.`,
  };
}

function askReason(a: AdvisorAnswers): AdvisorReason {
  const answer = answerText(a, 'customerAsk');
  switch (a.customerAsk) {
    case 'soc2':
      return { question: 'customerAsk', answer, lean: 'soc2', points: points(5, 0), text: 'Customers and RFPs ask for a SOC 2 Type 2 report by name; an ISO certificate does not answer that question.' };
    case 'iso':
      return { question: 'customerAsk', answer, lean: 'iso', points: points(0, 5), text: 'Customers and RFPs ask for an ISMS certificate, which only an accredited ISO 27001 certification gives.' };
    case 'both':
      return { question: 'customerAsk', answer, lean: 'both', points: points(3, 3), text: 'Customers ask for both, so both are planned; most of the work for the first is reused by the second.' };
    default:
      return {
        question: 'customerAsk',
        answer,
        lean: 'neutral',
        points: points(0, 0),
        text: 'Not sure what customers ask for: check recent security questionnaires and RFPs; until then your markets decide.',
      };
  }
}

function urgencyReason(a: AdvisorAnswers, figures: CostFigures): AdvisorReason {
  const answer = answerText(a, 'urgency');
  const soon = a.urgency === 'under-3' || a.urgency === '3-6';
  if (soon) {
    const quicker = quickerFirstReport(figures);
    const p = points(quicker === 'soc2' ? 2 : 0, quicker === 'iso' ? 2 : 0);
    const compare = `a SOC 2 Type 1 report typically takes ${range(figures, 'soc2Type1Months')}, an ISO 27001 certificate ${range(figures, 'isoMonths')}`;
    const text =
      a.urgency === 'under-3'
        ? `Neither framework gives a report or certificate within 3 months from a standing start; ${compare}, so the quicker route matters most.`
        : `Buyers need a signal within 6 months: ${compare}.`;
    return { question: 'urgency', answer, lean: leanOf(p), points: p, text };
  }
  if (a.urgency === '6-12') {
    return {
      question: 'urgency',
      answer,
      lean: 'neutral',
      points: points(0, 0),
      text: `6 to 12 months leaves room for either: a SOC 2 Type 2 typically takes ${range(figures, 'soc2Type2Months')}, an ISO 27001 certificate ${range(figures, 'isoMonths')}.`,
    };
  }
  return {
    question: 'urgency',
    answer,
    lean: 'iso',
    points: points(0, 1),
    text: 'With more than a year in hand there is time to build the management system ISO 27001 certifies without rushing the audit.',
  };
}

function scopeReason(a: AdvisorAnswers): AdvisorReason {
  const answer = answerText(a, 'scope');
  return a.scope === 'product'
    ? { question: 'scope', answer, lean: 'soc2', points: points(1, 0), text: 'A SOC 2 report describes one system and the service it delivers, which matches assurance for one product.' }
    : {
        question: 'scope',
        answer,
        lean: 'iso',
        points: points(0, 2),
        text: 'ISO 27001 certifies a management system across the scope you set, the whole organisation included; a SOC 2 report covers one described system at a time.',
      };
}

function stageReason(a: AdvisorAnswers, figures: CostFigures): AdvisorReason {
  const answer = answerText(a, 'stage');
  switch (a.stage) {
    case 'seed': {
      const cheaper = cheaperFirstStep(figures);
      const p = points(cheaper === 'soc2' ? 1 : 0, cheaper === 'iso' ? 1 : 0);
      const soc2 = `a SOC 2 Type 1 at ${range(figures, 'soc2Type1Cost')}`;
      const iso = `ISO 27001 at ${range(figures, 'isoCost')}`;
      const text =
        cheaper === null
          ? `At seed stage budget decides and your figures put ${soc2} level with ${iso}; plan one framework now and the second when revenue allows.`
          : `At seed stage budget decides: the cheaper credible first step in your figures is ${cheaper === 'soc2' ? `${soc2}, against ${iso}` : `${iso}, against ${soc2}`}. Plan one framework now and the second when revenue allows.`;
      return { question: 'stage', answer, lean: leanOf(p), points: p, text };
    }
    case 'series-a':
      return {
        question: 'stage',
        answer,
        lean: 'neutral',
        points: points(0, 0),
        text: 'At Series A a second framework earns its cost when regulated buyers in a second market need it; otherwise one is enough for now.',
      };
    case 'series-b':
      return {
        question: 'stage',
        answer,
        lean: 'neutral',
        points: points(0, 0),
        text: 'From Series B enterprise buyers in more than one market usually justify running both frameworks.',
      };
    default:
      return {
        question: 'stage',
        answer,
        lean: 'iso',
        points: points(0, 1),
        text: 'An established organisation usually has the policies, roles and management routines ISO 27001 certifies, and enterprise buyers worldwide recognise the certificate.',
      };
  }
}

function wantsBoth(a: AdvisorAnswers): boolean {
  if (a.customerAsk === 'both') return true;
  const us = a.buyerRegions.includes('us');
  const others = a.buyerRegions.some((r) => r !== 'us');
  if (!us || !others || a.stage === 'seed') return false;
  return a.stage === 'series-b' || a.stage === 'established' || (a.regulatedBuyers ?? []).length > 0;
}

/** The framework to go first, and why when the signals tie. */
function firstFramework(score: Record<Framework, number>, a: AdvisorAnswers, figures: CostFigures): { first: Framework; tie: string | null } {
  if (score.soc2 !== score.iso) return { first: score.soc2 > score.iso ? 'soc2' : 'iso', tie: null };
  const soon = a.urgency === 'under-3' || a.urgency === '3-6';
  const quicker = soon ? quickerFirstReport(figures) : null;
  if (quicker) return { first: quicker, tie: `The signals are level, and buyers need a signal soon: ${FRAMEWORK_NAMES[quicker]} is the quicker first report in your figures.` };
  return {
    first: 'iso',
    tie: 'The signals are level: ISO 27001 goes first because the management system it builds is the base a SOC 2 report can reuse.',
  };
}

function headlineFor(recommendation: Recommendation, order: Framework[], plan: PlanStep[]): { headline: string; summary: string } {
  if (recommendation === 'both') {
    const [first, second] = order as [Framework, Framework];
    return {
      headline: `Both, in sequence: ${FRAMEWORK_NAMES[first]} first, then ${FRAMEWORK_NAMES[second]}`,
      summary: `Pursue ${FRAMEWORK_NAMES[first]} now and add ${FRAMEWORK_NAMES[second]} once it is in place, reusing the shared controls.`,
    };
  }
  if (recommendation === 'soc2-first') {
    const bridge = plan.some((s) => s.id === 'soc2-type1');
    return {
      headline: bridge ? 'SOC 2 first: a Type 1 report now, then Type 2' : 'SOC 2 first: go straight for a Type 2 report',
      summary: 'A SOC 2 report answers what your buyers ask for; ISO 27001 can follow when buyers outside the United States need it.',
    };
  }
  return {
    headline: 'ISO 27001 first: certify the ISMS',
    summary: 'An accredited ISO 27001 certificate answers what your buyers ask for; SOC 2 can follow if US buyers need a report.',
  };
}

/** The recommendation for a set of answers, with its reasons and a costed plan; or which questions to answer first. */
export function recommend(answers: AdvisorAnswers, figures: CostFigures): AdvisorResult {
  const missing = unansweredQuestions(answers);
  if (missing.length > 0) return { status: 'incomplete', missing };

  const reasons = [
    regionReason(answers),
    regulatedReason(answers),
    urgencyReason(answers, figures),
    scopeReason(answers),
    askReason(answers),
    stageReason(answers, figures),
  ];
  const score = reasons.reduce((total, r) => points(total.soc2 + r.points.soc2, total.iso + r.points.iso), points(0, 0));
  const { first, tie } = firstFramework(score, answers, figures);
  const second: Framework = first === 'soc2' ? 'iso' : 'soc2';
  const both = wantsBoth(answers);
  const recommendation: Recommendation = both ? 'both' : first === 'soc2' ? 'soc2-first' : 'iso-first';
  const order = both ? [first, second] : [first];

  const orderText =
    tie ??
    `${FRAMEWORK_NAMES[first]} scores ${score[first]} against ${score[second]} for ${FRAMEWORK_NAMES[second]} on the answers above, so it goes first.`;
  reasons.push({ question: 'order', answer: order.map((f) => FRAMEWORK_NAMES[f]).join(', then '), lean: first, points: points(0, 0), text: orderText });

  const plan = buildPlan(answers, figures, order);
  const { headline, summary } = headlineFor(recommendation, order, plan);
  return {
    status: 'ready',
    recommendation,
    order,
    headline,
    summary,
    score,
    reasons,
    plan,
    caveats: caveatsFor(answers, recommendation, order, figures),
  };
}

