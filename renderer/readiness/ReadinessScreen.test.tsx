// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadinessReport, ReadinessRuleResult } from '../../shared/domain/readiness';
import type { ScreenId } from '../../shared/domain/record-link';
import { useNavigation } from '../app/navigation-store';
import { useWorkbook } from '../workbook/workbook-store';
import { FINDINGS_SHOWN } from './ReadinessChecklist';
import { ReadinessScreen } from './ReadinessScreen';
import { READINESS_START, useReadiness } from './readiness-store';

const invoke = vi.fn();

function rule(over: Partial<ReadinessRuleResult> & Pick<ReadinessRuleResult, 'id'>): ReadinessRuleResult {
  return { title: `Title of ${over.id}`, clause: '4.3', severity: 'blocker', why: `Why ${over.id} matters.`, passed: false, findings: [], ...over };
}

function report(rules: ReadinessRuleResult[], score: number): ReadinessReport {
  const failing = (s: string) => rules.filter((r) => !r.passed && r.severity === s).length;
  return {
    checkedOn: '2026-11-23',
    score,
    counts: { blocker: failing('blocker'), warning: failing('warning'), advice: failing('advice'), passed: rules.filter((r) => r.passed).length, rules: rules.length },
    rules,
  };
}

const link = (screen: ScreenId, record: string) => ({ screen, record, label: `Open ${record}` });

const controls = Array.from({ length: FINDINGS_SHOWN + 2 }, (_, i) => ({ message: `A.5.${i + 1} has no reason.`, link: link('soa', `5.${i + 1}`) }));
const WITH_BLOCKERS = report(
  [
    rule({ id: 'soa.justified', clause: '6.1.3 d', findings: controls }),
    rule({ id: 'risk.treatment-chosen', clause: '6.1.3 a', severity: 'warning', findings: [{ message: 'R-004 has no treatment.', link: link('risks', 'R-004') }] }),
    rule({ id: 'documented.scope', passed: true, title: 'The ISMS scope is approved' }),
    rule({ id: 'review.recent', clause: '9.3.1', passed: true, severity: 'advice', title: 'The last review is recent' }),
  ],
  64,
);
const ALL_PASS = report([rule({ id: 'documented.scope', passed: true }), rule({ id: 'review.recent', passed: true })], 100);

const answer = (value: ReadinessReport) => invoke.mockResolvedValueOnce({ ok: true, value });

beforeEach(() => {
  invoke.mockReset();
  (window as unknown as { isms: unknown }).isms = { invoke, onChanged: () => () => undefined, onMenuCommand: () => () => undefined };
  useWorkbook.setState({ info: { path: '/tmp/a.isms', fileName: 'a.isms', organisationName: 'A Ltd', schemaVersion: 3 } });
  useReadiness.setState(READINESS_START);
  useNavigation.setState({ screen: 'readiness', focus: null });
});
afterEach(cleanup);

async function renderScreen(first: ReadinessReport, changeSignal = 0) {
  answer(first);
  const view = render(<ReadinessScreen changeSignal={changeSignal} />);
  await screen.findByTestId('readiness-checklist');
  return view;
}

describe('ReadinessScreen', () => {
  it('shows the score, the counts and the checklist by severity, with the passing checks closed at the end', async () => {
    await renderScreen(WITH_BLOCKERS);
    expect(invoke).toHaveBeenCalledWith('readiness:check', {});
    expect(screen.getByTestId('readiness-score').textContent).toBe('64');
    expect(screen.getByTestId('readiness-verdict').textContent).toBe('Not ready yet');
    expect(screen.getByTestId('readiness-count-blocker').textContent).toBe('1 blocker');
    expect(screen.getByTestId('readiness-count-warning').textContent).toBe('1 warning');
    expect(screen.getByTestId('readiness-count-passed').textContent).toBe('2 passed');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Blockers 1', 'Warnings 1', 'Passed (2)']);

    const blockers = screen.getByRole('region', { name: 'Blockers' });
    expect(within(blockers).getByText('6.1.3 d')).toBeTruthy();
    expect(within(blockers).getAllByRole('button', { name: /^Open 5\./ })).toHaveLength(FINDINGS_SHOWN);
    fireEvent.click(within(blockers).getByRole('button', { name: `Show all ${controls.length} findings` }));
    expect(within(blockers).getAllByRole('button', { name: /^Open 5\./ })).toHaveLength(controls.length);

    expect(screen.queryByText('Why soa.justified matters.')).toBeNull();
    fireEvent.click(within(blockers).getByRole('button', { name: 'Why it matters' }));
    expect(screen.getByText('Why soa.justified matters.')).toBeTruthy();

    expect(screen.queryByText('The ISMS scope is approved')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Passed (2)' }));
    expect(screen.getByText('The ISMS scope is approved')).toBeTruthy();
  });

  it('moves between findings with the arrow keys and follows a link, remembering which one', async () => {
    await renderScreen(WITH_BLOCKERS);
    const links = () => screen.getAllByRole('button', { name: /^Open / });
    links()[0]!.focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links()[1]);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.textContent).toMatch(/^Open R-004/);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toMatch(/^Open R-004/);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(links()[0]);

    // From the "Why it matters" toggle of the second rule, down goes to that rule's finding.
    screen.getAllByRole('button', { name: 'Why it matters' })[1]!.focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toMatch(/^Open R-004/);

    fireEvent.click(document.activeElement!);
    expect(useNavigation.getState().screen).toBe('risks');
    expect(useNavigation.getState().focus).toMatchObject({ screen: 'risks', record: 'R-004' });
    expect(useReadiness.getState().followed).toBe('risk.treatment-chosen|risks|R-004|R-004 has no treatment.');

    // Back on the screen: once the fresh check answers, the focus is on the finding followed.
    cleanup();
    let resolve: (value: unknown) => void = () => undefined;
    invoke.mockReturnValueOnce(new Promise((r) => (resolve = r)));
    render(<ReadinessScreen changeSignal={0} />);
    expect(document.activeElement).toBe(document.body);
    await act(async () => resolve({ ok: true, value: WITH_BLOCKERS }));
    expect(document.activeElement?.textContent).toMatch(/^Open R-004/);
    expect(useReadiness.getState().followed).toBeNull();
  });

  it('filters by severity from the counts, by clause and by search, and clears the filters', async () => {
    await renderScreen(WITH_BLOCKERS);
    fireEvent.click(screen.getByTestId('readiness-count-warning'));
    expect(screen.queryByRole('region', { name: 'Blockers' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Warnings' })).toBeTruthy();
    fireEvent.click(screen.getByTestId('readiness-count-warning'));
    expect(screen.getByRole('region', { name: 'Blockers' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Filter by clause'), { target: { value: '9' } });
    expect(screen.queryByTestId('readiness-checklist')?.querySelectorAll('.readiness-rule')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Filter by clause'), { target: { value: 'all' } });

    fireEvent.change(screen.getByLabelText('Search the checklist'), { target: { value: 'A.5.3' } });
    expect(screen.getAllByRole('button', { name: /^Open / }).map((b) => b.textContent)).toEqual(['Open 5.3 →']);
    fireEvent.change(screen.getByLabelText('Search the checklist'), { target: { value: 'no such thing' } });
    expect(screen.getByText('No checks match')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(screen.getAllByRole('button', { name: /^Open / })).toHaveLength(FINDINGS_SHOWN + 1);
  });

  it('checks again after a write, keeping the list on screen meanwhile, and shows how the score moved', async () => {
    const view = await renderScreen(WITH_BLOCKERS);
    let resolve: (value: unknown) => void = () => undefined;
    invoke.mockReturnValueOnce(new Promise((r) => (resolve = r)));
    view.rerender(<ReadinessScreen changeSignal={1} />);
    expect(screen.getByRole('button', { name: 'Checking…' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Blockers' })).toBeTruthy();

    await act(async () => resolve({ ok: true, value: ALL_PASS }));
    expect(screen.getByTestId('readiness-score').textContent).toBe('100');
    expect(screen.getByTestId('readiness-change').textContent).toBe('▲ 36 since the previous check');
    expect(screen.getByRole('region', { name: 'Everything passes' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Blockers' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Passed (2)' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Build the Stage 1 package' }));
    expect(useNavigation.getState().screen).toBe('package');
  });

  it('ignores an answer overtaken by a later check', async () => {
    const view = await renderScreen(WITH_BLOCKERS);
    let slow: (value: unknown) => void = () => undefined;
    invoke.mockReturnValueOnce(new Promise((r) => (slow = r)));
    view.rerender(<ReadinessScreen changeSignal={1} />);
    answer(report([rule({ id: 'documented.scope' })], 70));
    view.rerender(<ReadinessScreen changeSignal={2} />);
    await screen.findByText('70');
    await act(async () => slow({ ok: true, value: ALL_PASS }));
    expect(screen.getByTestId('readiness-score').textContent).toBe('70');
  });

  it('says when the check cannot run, and runs it again on request', async () => {
    invoke.mockResolvedValueOnce({ ok: false, error: { code: 'INTERNAL', message: 'The workbook is locked', details: null } });
    render(<ReadinessScreen changeSignal={0} />);
    expect((await screen.findByRole('alert')).textContent).toContain('The workbook is locked');
    answer(WITH_BLOCKERS);
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    await screen.findByTestId('readiness-checklist');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('never shows the report of another workbook', async () => {
    useReadiness.setState({ report: WITH_BLOCKERS, reportPath: '/tmp/other.isms' });
    invoke.mockReturnValueOnce(new Promise(() => undefined));
    render(<ReadinessScreen changeSignal={0} />);
    expect(screen.queryByTestId('readiness-checklist')).toBeNull();
    expect(screen.getByText('Reading the workbook as an auditor would…')).toBeTruthy();
  });
});
