import { describe, expect, it } from 'vitest';
import {
  BLANK_ADVISOR_ANSWERS,
  DEFAULT_COST_FIGURES,
  advisorAnswersSchema,
  formatFigure,
  readFigureOverrides,
  resolveFigures,
  type AdvisorAnswers,
  type CostFigures,
} from '../domain/advisor';
import { MIN_MONTHS_TO_ADD, editedParts, recommend, scaleRange, type AdvisorAdvice, type PlanStep } from './framework-advisor';

const answers = (over: Partial<AdvisorAnswers>): AdvisorAnswers => ({ ...BLANK_ADVISOR_ANSWERS, ...over });

function advise(a: AdvisorAnswers, figures: CostFigures = DEFAULT_COST_FIGURES): AdvisorAdvice {
  const result = recommend(a, figures);
  if (result.status !== 'ready') throw new Error(`expected advice, got ${result.missing.join(', ')} missing`);
  return result;
}

const step = (advice: AdvisorAdvice, id: PlanStep['id']) => {
  const found = advice.plan.find((s) => s.id === id);
  if (!found) throw new Error(`no ${id} in ${advice.plan.map((s) => s.id).join(', ')}`);
  return found;
};

/** A US-only seed SaaS selling to US mid-market buyers who ask for SOC 2. */
const usSeed = answers({ buyerRegions: ['us'], regulatedBuyers: [], urgency: '3-6', scope: 'product', customerAsk: 'soc2', stage: 'seed' });
/** A seller in Europe, the UK and the Middle East to banks, asked for a certificate. */
const emeaBanks = answers({
  buyerRegions: ['europe', 'uk', 'middle-east'],
  regulatedBuyers: ['banks'],
  urgency: '6-12',
  scope: 'organisation',
  customerAsk: 'iso',
  stage: 'series-a',
});
/** Sells in the US and Europe, asked for both, needs a signal soon for one product. */
const transatlanticSoon = answers({ buyerRegions: ['us', 'europe'], regulatedBuyers: [], urgency: '3-6', scope: 'product', customerAsk: 'both', stage: 'series-a' });
/** Sells in the US and Europe to banks, asked for both, organisation-wide, with time in hand. */
const transatlanticEstablished = answers({
  buyerRegions: ['europe', 'us'],
  regulatedBuyers: ['banks', 'insurers'],
  urgency: 'over-12',
  scope: 'organisation',
  customerAsk: 'both',
  stage: 'established',
});

describe('recommend: distinct profiles', () => {
  it('sends a US-only seed SaaS asked for SOC 2 to SOC 2 first, with a Type 1 bridge because buyers need a signal within 6 months', () => {
    const advice = advise(usSeed);
    expect(advice.recommendation).toBe('soc2-first');
    expect(advice.order).toEqual(['soc2']);
    expect(advice.headline).toBe('SOC 2 first: a Type 1 report now, then Type 2');
    expect(advice.score).toEqual({ soc2: 3 + 2 + 1 + 5 + 1, iso: 0 });
    expect(advice.plan.map((s) => s.id)).toEqual(['soc2-type1', 'soc2-type2', 'soc2-renewal']);
    expect(step(advice, 'soc2-type1')).toMatchObject({ months: { low: 3, high: 6 }, cost: { low: 15_000, high: 50_000, plus: false } });
    expect(step(advice, 'soc2-renewal')).toMatchObject({ recurrence: 'yearly', cost: { low: 30_000, high: 100_000, plus: true } });
    // Every answer gives a reason, and each reason names the answer it rests on.
    expect(advice.reasons.map((r) => r.question)).toEqual(['buyerRegions', 'regulatedBuyers', 'urgency', 'scope', 'customerAsk', 'stage', 'order']);
    expect(advice.reasons.find((r) => r.question === 'customerAsk')).toMatchObject({ answer: 'A SOC 2 Type 2 report', lean: 'soc2' });
    expect(advice.reasons.find((r) => r.question === 'stage')?.text).toContain('a SOC 2 Type 1 at $15k–$50k, against ISO 27001 at $25k–$150k+');
    expect(advice.reasons.at(-1)?.text).toBe('SOC 2 scores 12 against 0 for ISO 27001 on the answers above, so it goes first.');
    // The way to ISO later is priced from the figures: 30–50% of the SOC 2 Type 2 range.
    expect(advice.caveats).toContain(
      'If buyers later ask for ISO 27001, adding it typically costs 30–50% of the first ($9k–$50k+), as about 80% of the controls are shared.',
    );
    expect(advice.caveats.some((c) => c.includes('certification body'))).toBe(false);
  });

  it('goes straight for Type 2 when the same company has 6 to 12 months', () => {
    const advice = advise({ ...usSeed, urgency: '6-12' });
    expect(advice.recommendation).toBe('soc2-first');
    expect(advice.headline).toBe('SOC 2 first: go straight for a Type 2 report');
    expect(advice.plan.map((s) => s.id)).toEqual(['soc2-type2', 'soc2-renewal']);
  });

  it('sends a European, UK and Middle East seller to banks, asked for a certificate, to ISO 27001 first', () => {
    const advice = advise(emeaBanks);
    expect(advice.recommendation).toBe('iso-first');
    expect(advice.order).toEqual(['iso']);
    expect(advice.score).toEqual({ soc2: 0, iso: 3 + 2 + 2 + 5 });
    expect(advice.plan.map((s) => s.id)).toEqual(['iso-certification', 'iso-surveillance', 'iso-recertification']);
    expect(step(advice, 'iso-certification')).toMatchObject({ months: { low: 6, high: 18 }, cost: { low: 25_000, high: 150_000, plus: true } });
    expect(step(advice, 'iso-surveillance')).toMatchObject({ recurrence: 'yearly', cost: { low: 10_000, high: 30_000 } });
    // Recertification every three years at 50–70% of the first certification.
    expect(step(advice, 'iso-recertification')).toMatchObject({ recurrence: 'every-3-years', cost: { low: 12_500, high: 105_000, plus: true } });
    const regions = advice.reasons.find((r) => r.question === 'buyerRegions')!;
    expect(regions.text).toContain('United Kingdom, Europe (EU and EEA) and Middle East');
    expect(regions.lean).toBe('iso');
    expect(advice.caveats.some((c) => c.includes('DORA'))).toBe(true);
    expect(advice.caveats.some((c) => c.includes('accredited by a national accreditation body'))).toBe(true);
  });

  it('plans both for a US and European seller asked for both, SOC 2 first when a signal is needed soon for one product', () => {
    const advice = advise(transatlanticSoon);
    expect(advice.recommendation).toBe('both');
    expect(advice.order).toEqual(['soc2', 'iso']);
    expect(advice.headline).toBe('Both, in sequence: SOC 2 first, then ISO 27001');
    expect(advice.plan.map((s) => s.id)).toEqual(['soc2-type1', 'soc2-type2', 'soc2-renewal', 'add-iso', 'iso-surveillance', 'iso-recertification']);
    // The second framework costs 30–50% of the first (SOC 2 Type 2: $30k–$100k+, 6–12 months), never under 3 months.
    expect(step(advice, 'add-iso')).toMatchObject({ cost: { low: 9_000, high: 50_000, plus: true }, months: { low: MIN_MONTHS_TO_ADD, high: 6 } });
    expect(advice.caveats.some((c) => c.startsWith('If buyers later ask'))).toBe(false);
  });

  it('puts ISO 27001 first for an established, organisation-wide US and European seller to banks with time in hand', () => {
    const advice = advise(transatlanticEstablished);
    expect(advice.recommendation).toBe('both');
    expect(advice.order).toEqual(['iso', 'soc2']);
    expect(advice.score.iso).toBeGreaterThan(advice.score.soc2);
    expect(advice.plan.map((s) => s.id)).toEqual(['iso-certification', 'iso-surveillance', 'iso-recertification', 'add-soc2', 'soc2-renewal']);
    expect(step(advice, 'add-soc2')).toMatchObject({ cost: { low: 7_500, high: 75_000, plus: true }, months: { low: 3, high: 9 } });
    expect(advice.reasons.find((r) => r.question === 'regulatedBuyers')).toMatchObject({
      lean: 'both',
      points: { soc2: 2, iso: 2 },
      text: expect.stringMatching(/^Regulated buyers \(banks and financial services; insurers\) run formal supplier due diligence.*each market’s framework\.$/),
    });
  });

  it('plans both without being asked when a Series B company sells in the US and Asia-Pacific, but not at seed stage', () => {
    const base = answers({ buyerRegions: ['us', 'apac'], regulatedBuyers: [], urgency: '6-12', scope: 'product', customerAsk: 'soc2', stage: 'series-b' });
    expect(advise(base)).toMatchObject({ recommendation: 'both', order: ['soc2', 'iso'] });
    expect(advise({ ...base, stage: 'seed' })).toMatchObject({ recommendation: 'soc2-first' });
    // At Series A only regulated buyers justify the second framework.
    expect(advise({ ...base, stage: 'series-a' })).toMatchObject({ recommendation: 'soc2-first' });
    expect(advise({ ...base, stage: 'series-a', regulatedBuyers: ['healthcare'] })).toMatchObject({ recommendation: 'both' });
  });

  it('breaks a tie towards the quicker first report when buyers are waiting, and towards ISO 27001 otherwise', () => {
    const level = answers({ buyerRegions: ['us', 'uk'], regulatedBuyers: [], urgency: '6-12', scope: 'product', customerAsk: 'not-sure', stage: 'series-a' });
    // US +3, UK +3, product +1 for SOC 2, nothing else: 4 against 3.
    expect(advise(level).order).toEqual(['soc2']);
    const tied = { ...level, scope: 'organisation' as const };
    // US +3 against UK +3 and organisation +2: ISO ahead.
    expect(advise(tied).order).toEqual(['iso']);
    const exactTie = answers({ buyerRegions: ['us', 'uk'], regulatedBuyers: [], urgency: '6-12', scope: 'product', customerAsk: 'not-sure', stage: 'established' });
    const advice = advise(exactTie);
    expect(advice.score).toEqual({ soc2: 4, iso: 4 });
    expect(advice).toMatchObject({ recommendation: 'both', order: ['iso', 'soc2'] });
    expect(advice.reasons.at(-1)?.text).toContain('The signals are level: ISO 27001 goes first');
    // US +3 and urgency +2 against UK +3 and organisation +2: level, and buyers are waiting.
    const waiting = advise({ ...tied, urgency: '3-6' });
    expect(waiting.score).toEqual({ soc2: 5, iso: 5 });
    expect(waiting.order).toEqual(['soc2']);
    expect(waiting.reasons.at(-1)?.text).toBe('The signals are level, and buyers need a signal soon: SOC 2 is the quicker first report in your figures.');
  });

  it('says which questions to answer first, in questionnaire order, until every one is answered', () => {
    expect(recommend(BLANK_ADVISOR_ANSWERS, DEFAULT_COST_FIGURES)).toEqual({
      status: 'incomplete',
      missing: ['buyerRegions', 'regulatedBuyers', 'urgency', 'scope', 'customerAsk', 'stage'],
    });
    expect(recommend({ ...usSeed, regulatedBuyers: null, stage: null }, DEFAULT_COST_FIGURES)).toEqual({
      status: 'incomplete',
      missing: ['regulatedBuyers', 'stage'],
    });
    // "None of these" regulated buyers is an answer, an empty list of regions is not.
    expect(recommend({ ...usSeed, buyerRegions: [] }, DEFAULT_COST_FIGURES)).toEqual({ status: 'incomplete', missing: ['buyerRegions'] });
    expect(recommend({ ...usSeed, regulatedBuyers: [] }, DEFAULT_COST_FIGURES).status).toBe('ready');
  });

  it('adds the caveats that belong to the markets and buyers chosen', () => {
    const advice = advise(
      answers({ buyerRegions: ['us', 'uk'], regulatedBuyers: ['government', 'healthcare'], urgency: 'under-3', scope: 'product', customerAsk: 'soc2', stage: 'series-a' }),
    );
    expect(advice.caveats.join('\n')).toMatch(/FedRAMP[\s\S]*HIPAA[\s\S]*Cyber Essentials/);
    expect(advice.caveats[0]).toContain('letter from the audit firm');
    expect(advice.reasons.find((r) => r.question === 'urgency')?.text).toContain('Neither framework gives a report or certificate within 3 months');
  });
});

describe('recommend: edited figures', () => {
  it('carries edited costs and durations into every step computed from them', () => {
    const figures = resolveFigures({
      soc2Type2Cost: { low: 40_000, high: 80_000, plus: false },
      soc2Type2Months: { low: 9, high: 14, plus: false },
      secondFrameworkShare: { low: 40, high: 60, plus: false },
      controlOverlap: { low: 70, high: 75, plus: false },
    });
    const advice = advise(transatlanticSoon, figures);
    expect(step(advice, 'soc2-type2')).toMatchObject({ months: { low: 9, high: 14 }, cost: { low: 40_000, high: 80_000, plus: false } });
    expect(step(advice, 'soc2-renewal').cost).toEqual({ low: 40_000, high: 80_000, plus: false });
    expect(step(advice, 'add-iso')).toMatchObject({ cost: { low: 16_000, high: 48_000, plus: false }, months: { low: 4, high: 8 } });
    expect(step(advice, 'add-iso').basis).toBe('40–60% of the SOC 2 Type 2 effort, as 70–75% of the controls are shared.');
    expect(editedParts(step(advice, 'add-iso'), ['secondFrameworkShare'])).toEqual({ months: true, cost: true });
    expect(editedParts(step(advice, 'add-iso'), ['controlOverlap', 'soc2Type1Cost'])).toEqual({ months: false, cost: false });
    expect(editedParts(step(advice, 'soc2-renewal'), ['soc2Type2Months', 'soc2Type2Cost'])).toEqual({ months: false, cost: true });
  });

  it('lets edited durations change the urgency reason and which framework goes first', () => {
    // With ISO 27001 quicker than any SOC 2 report in the user's figures, a soon-needed signal points to ISO.
    const figures = resolveFigures({ isoMonths: { low: 2, high: 4, plus: false } });
    const level = answers({ buyerRegions: ['us', 'uk'], regulatedBuyers: [], urgency: '3-6', scope: 'product', customerAsk: 'not-sure', stage: 'series-a' });
    expect(advise(level).order).toEqual(['soc2']);
    const edited = advise(level, figures);
    expect(edited.reasons.find((r) => r.question === 'urgency')).toMatchObject({ lean: 'iso', points: { soc2: 0, iso: 2 } });
    expect(edited.order).toEqual(['iso']);
  });

  it('lets edited costs change the seed-stage reason', () => {
    const figures = resolveFigures({ isoCost: { low: 12_000, high: 40_000, plus: false } });
    const reason = advise(usSeed, figures).reasons.find((r) => r.question === 'stage')!;
    expect(reason).toMatchObject({ lean: 'iso', points: { soc2: 0, iso: 1 } });
    expect(reason.text).toContain('ISO 27001 at $12k–$40k, against a SOC 2 Type 1 at $15k–$50k');
  });
});

describe('figures', () => {
  it('scales a range by a share, keeping an open upper end and a floor', () => {
    expect(scaleRange({ low: 30_000, high: 100_000, plus: true }, { low: 30, high: 50, plus: false })).toEqual({ low: 9_000, high: 50_000, plus: true });
    expect(scaleRange({ low: 6, high: 12, plus: false }, { low: 30, high: 50, plus: false }, { minimum: 3 })).toEqual({ low: 3, high: 6, plus: false });
    expect(scaleRange({ low: 2, high: 4, plus: false }, { low: 30, high: 50, plus: false }, { minimum: 3 })).toEqual({ low: 3, high: 3, plus: false });
  });

  it('formats figures the same on every machine', () => {
    expect(formatFigure({ low: 15_000, high: 50_000, plus: false }, 'usd')).toBe('$15k–$50k');
    expect(formatFigure({ low: 12_500, high: 1_250_000, plus: true }, 'usd')).toBe('$12.5k–$1.25m+');
    expect(formatFigure({ low: 900, high: 900, plus: false }, 'usd')).toBe('about $900');
    expect(formatFigure({ low: 3, high: 6, plus: false }, 'months')).toBe('3–6 months');
    expect(formatFigure({ low: 80, high: 80, plus: false }, 'percent')).toBe('about 80%');
    expect(formatFigure({ low: 1, high: 1, plus: false }, 'months')).toBe('about 1 month');
  });

  it('reads stored overrides one by one, dropping anything unreadable or equal to the default', () => {
    expect(
      readFigureOverrides({
        soc2Type1Cost: { low: 20_000, high: 40_000, plus: false },
        isoMonths: { low: 12, high: 6, plus: false },
        isoCost: 'lots',
        controlOverlap: { ...DEFAULT_COST_FIGURES.controlOverlap },
        unknown: { low: 1, high: 2, plus: false },
      }),
    ).toEqual({ soc2Type1Cost: { low: 20_000, high: 40_000, plus: false } });
    expect(readFigureOverrides('[1,2]')).toEqual({});
    expect(readFigureOverrides(null)).toEqual({});
  });

  it('stores each choice once, in questionnaire order', () => {
    const parsed = advisorAnswersSchema.parse({ ...BLANK_ADVISOR_ANSWERS, buyerRegions: ['apac', 'us', 'apac'], regulatedBuyers: ['government', 'banks'] });
    expect(parsed.buyerRegions).toEqual(['us', 'apac']);
    expect(parsed.regulatedBuyers).toEqual(['banks', 'government']);
  });
});
