import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir';
import { openTestWorkbook } from '../../test/fixtures/workbook';
import { BLANK_ADVISOR_ANSWERS, DEFAULT_COST_FIGURES } from '../../shared/domain/advisor';
import { dispatch } from '../handlers/dispatch';
import { listChanges } from '../repositories/change-log-repo';
import { ANSWERS_KEY, COSTS_KEY, readAdvisor, saveAdvisor } from './advisor-service';

const tempDir = useTempDir();

const setting = (ctx: ReturnType<typeof openTestWorkbook>['ctx'], key: string) =>
  (ctx.db.prepare('SELECT value FROM isms_setting WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;

describe('advisor service', () => {
  it('starts blank with the default figures and asks for every answer', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const view = readAdvisor(ctx);
    expect(view.answers).toEqual(BLANK_ADVISOR_ANSWERS);
    expect(view.figures).toEqual(DEFAULT_COST_FIGURES);
    expect(view.edited).toEqual([]);
    expect(view.result).toMatchObject({ status: 'incomplete', missing: expect.arrayContaining(['buyerRegions', 'stage']) });
    session.close();
  });

  it('keeps answers as they are given, logs each changed answer, and recommends once all are in', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    saveAdvisor(ctx, { answers: { buyerRegions: ['us'], regulatedBuyers: [] } });
    const partial = saveAdvisor(ctx, { answers: { urgency: '6-12', scope: 'product' } });
    expect(partial.answers).toMatchObject({ buyerRegions: ['us'], regulatedBuyers: [], urgency: '6-12', scope: 'product', customerAsk: null });
    expect(partial.result).toEqual({ status: 'incomplete', missing: ['customerAsk', 'stage'] });

    const done = saveAdvisor(ctx, { answers: { customerAsk: 'soc2', stage: 'seed' } });
    expect(done.result).toMatchObject({ status: 'ready', recommendation: 'soc2-first' });
    expect(JSON.parse(setting(ctx, ANSWERS_KEY)!)).toEqual(done.answers);

    const changes = listChanges(ctx.db, { area: 'advisor', limit: 50 });
    expect(changes.map((c) => c.field).sort()).toEqual(['buyerRegions', 'customerAsk', 'regulatedBuyers', 'scope', 'stage', 'urgency']);
    expect(changes.find((c) => c.field === 'buyerRegions')).toMatchObject({ recordId: 'answers', oldValue: '[]', newValue: '["us"]' });
    session.close();
  });

  it('stores only the figures the user changed, resets one to its default, and logs both', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const edited = saveAdvisor(ctx, {
      costs: { isoCost: { low: 40_000, high: 90_000, plus: false }, soc2Type1Months: { low: 2, high: 4, plus: false } },
    });
    expect(edited.edited).toEqual(['soc2Type1Months', 'isoCost']);
    expect(edited.figures.isoCost).toEqual({ low: 40_000, high: 90_000, plus: false });
    expect(JSON.parse(setting(ctx, COSTS_KEY)!)).toEqual({
      soc2Type1Months: { low: 2, high: 4, plus: false },
      isoCost: { low: 40_000, high: 90_000, plus: false },
    });

    const reset = saveAdvisor(ctx, { costs: { isoCost: null, soc2Type1Months: { ...DEFAULT_COST_FIGURES.soc2Type1Months } } });
    expect(reset.edited).toEqual([]);
    expect(reset.figures).toEqual(DEFAULT_COST_FIGURES);
    expect(setting(ctx, COSTS_KEY)).toBeNull();

    const isoChanges = listChanges(ctx.db, { area: 'advisor', recordId: 'costs', limit: 50 }).filter((c) => c.field === 'isoCost');
    expect(isoChanges.map((c) => c.newValue)).toEqual([
      JSON.stringify(DEFAULT_COST_FIGURES.isoCost),
      JSON.stringify({ low: 40_000, high: 90_000, plus: false }),
    ]);
    session.close();
  });

  it('refuses an invalid answer or figure and changes nothing', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    saveAdvisor(ctx, { answers: { stage: 'series-a' } });
    expect(() => saveAdvisor(ctx, { answers: { stage: 'unicorn' as never } })).toThrow();
    expect(() => saveAdvisor(ctx, { answers: { scope: 'product' }, costs: { isoMonths: { low: 18, high: 6, plus: false } } })).toThrow(
      'The upper end must not be below the lower end',
    );
    expect(() => saveAdvisor(ctx, { costs: { soc2Type1Cost: { low: 1.5, high: 20, plus: false } } })).toThrow('whole number of US dollars');
    expect(() => saveAdvisor(ctx, { costs: { controlOverlap: { low: 50, high: 120, plus: false } } })).toThrow('percentage from 0 to 100');
    // The scope in the refused call did not land: the transaction rolled back.
    expect(readAdvisor(ctx).answers).toMatchObject({ stage: 'series-a', scope: null });
    expect(setting(ctx, COSTS_KEY)).toBeNull();
    session.close();
  });

  it('opens with defaults when the stored values are damaged, keeping whatever is still readable', () => {
    const { ctx, session } = openTestWorkbook(tempDir());
    const put = ctx.db.prepare('INSERT INTO isms_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    put.run(ANSWERS_KEY, '{not json');
    put.run(COSTS_KEY, '"a string"');
    expect(readAdvisor(ctx)).toMatchObject({ answers: BLANK_ADVISOR_ANSWERS, figures: DEFAULT_COST_FIGURES, edited: [] });

    put.run(ANSWERS_KEY, JSON.stringify({ buyerRegions: ['us', 'mars'], urgency: '3-6', stage: 42 }));
    put.run(COSTS_KEY, JSON.stringify({ isoCost: { low: 1, high: 0, plus: false }, isoSurveillanceCost: { low: 12_000, high: 20_000, plus: false } }));
    const view = readAdvisor(ctx);
    expect(view.answers).toEqual({ ...BLANK_ADVISOR_ANSWERS, urgency: '3-6' });
    expect(view.edited).toEqual(['isoSurveillanceCost']);
    expect(view.figures.isoCost).toEqual(DEFAULT_COST_FIGURES.isoCost);
    // Saving over a damaged value repairs it.
    saveAdvisor(ctx, { answers: { stage: 'seed' } });
    expect(JSON.parse(setting(ctx, ANSWERS_KEY)!)).toEqual({ ...BLANK_ADVISOR_ANSWERS, urgency: '3-6', stage: 'seed' });
    session.close();
  });

  it('is reached through the handler table, which validates input and announces the advisor area', async () => {
    const { session } = openTestWorkbook(tempDir());
    const announced: string[][] = [];
    const saved = await dispatch({ session }, 'advisor:save', { answers: { buyerRegions: ['uk', 'us'] } }, { onChanged: (areas) => announced.push([...areas]) });
    expect(saved).toMatchObject({ ok: true, value: { answers: { buyerRegions: ['us', 'uk'] } } });
    expect(announced).toEqual([['advisor', 'change-log']]);
    const refused = await dispatch({ session }, 'advisor:save', { answers: { colour: 'blue' } }, {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const read = await dispatch({ session }, 'advisor:get', {}, {});
    expect(read).toMatchObject({ ok: true, value: { answers: { buyerRegions: ['us', 'uk'] }, result: { status: 'incomplete' } } });
    session.close();
  });
});
