// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PackagePlan, PackageResult } from '../../shared/domain/package';
import type { ProgressEvent } from '../../shared/domain/progress';
import type { ReadinessReport, ReadinessRuleResult } from '../../shared/domain/readiness';
import { useNavigation } from '../app/navigation-store';
import { useNotices } from '../app/notice-store';
import { PackageScreen } from './PackageScreen';
import { usePackage } from './package-store';

const plan: PackagePlan = {
  organisation: 'Acme Ltd',
  asOf: '2026-10-22',
  folderName: 'Acme ISMS Stage 1 package 2026-10-22',
  fileCount: 4,
  entries: [
    {
      kind: 'scope',
      format: 'docx',
      clause: '4.3',
      folder: '04 Context of the organisation',
      fileName: '4.3 ISMS Scope.docx',
      path: '04 Context of the organisation/4.3 ISMS Scope.docx',
      documentId: 'ISMS-SCOPE',
      title: 'ISMS Scope',
      version: '1.0',
      status: 'approved',
      approver: 'Jane Roe, CEO',
      approvedOn: '2026-04-20',
    },
    {
      kind: 'soa',
      format: 'docx',
      clause: '6.1.3',
      folder: '06 Planning',
      fileName: '6.1.3 Statement of Applicability.docx',
      path: '06 Planning/6.1.3 Statement of Applicability.docx',
      documentId: 'ISMS-SOA',
      title: 'Statement of Applicability',
      version: '0.1',
      status: 'draft',
      approver: 'Jane Roe, CEO',
      approvedOn: null,
    },
  ],
};

const blocker: ReadinessRuleResult = {
  id: 'documented.scope',
  title: 'The ISMS scope is written down and approved',
  clause: '4.3',
  severity: 'blocker',
  why: 'The certificate states the scope.',
  passed: false,
  findings: [{ message: 'The ISMS scope has no scope statement.', link: { screen: 'scope', label: 'Open the scope' } }],
};

const report = (rules: ReadinessRuleResult[]): ReadinessReport => ({
  checkedOn: '2026-11-20',
  score: 50,
  counts: { blocker: rules.length, warning: 0, advice: 0, passed: 0, rules: rules.length },
  rules,
});

const result: PackageResult = {
  folder: '/home/me/Acme ISMS Stage 1 package 2026-10-22',
  files: [],
  totalBytes: 3 * 1024 * 1024,
  zipPath: null,
  zipBytes: null,
};

let listener: ((event: ProgressEvent) => void) | null = null;
let finishBuild: (value: unknown) => void = () => undefined;
let invoke: ReturnType<typeof vi.fn>;

function setup(rules: ReadinessRuleResult[], build: 'pending' | 'fails' = 'pending') {
  invoke = vi.fn((channel: string) => {
    switch (channel) {
      case 'package:plan':
        return Promise.resolve({ ok: true, value: plan });
      case 'readiness:check':
        return Promise.resolve({ ok: true, value: report(rules) });
      case 'dialog:packageFolder':
        return Promise.resolve({ ok: true, value: '/home/me' });
      case 'package:build':
        return build === 'fails'
          ? Promise.resolve({ ok: false, error: { code: 'FILE_EXISTS', message: 'Acme ISMS Stage 1 package 2026-10-22 already exists in /home/me.' } })
          : new Promise((resolve) => (finishBuild = resolve));
      default:
        return Promise.resolve({ ok: true, value: null });
    }
  });
  Object.assign(window, {
    isms: {
      invoke,
      onChanged: () => () => undefined,
      onMenuCommand: () => () => undefined,
      onProgress: (l: (event: ProgressEvent) => void) => {
        listener = l;
        return () => (listener = null);
      },
    },
  });
}

beforeEach(() => {
  usePackage.setState({ plan: null, blockers: [], loaded: false, continuedPast: [], zip: false, building: false, progress: null, result: null });
  useNotices.setState({ notices: [] });
  useNavigation.setState({ screen: 'package', focus: null });
});
afterEach(cleanup);

describe('PackageScreen', () => {
  it('shows the blockers first, with links to fix them, and writes nothing until the user continues', async () => {
    setup([blocker]);
    render(<PackageScreen changeSignal={0} />);
    const panel = await screen.findByRole('region', { name: '1 blocker before Stage 1' });
    const build = screen.getByRole('region', { name: 'Write the package' });
    expect(panel.compareDocumentPosition(build) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(panel).getByText('The ISMS scope has no scope statement.')).toBeTruthy();
    const write = within(build).getByRole('button', { name: 'Choose folder and write' }) as HTMLButtonElement;
    expect(write.disabled).toBe(true);

    fireEvent.click(within(panel).getByRole('button', { name: 'Open the scope' }));
    expect(useNavigation.getState().screen).toBe('scope');
    useNavigation.setState({ screen: 'package' });

    fireEvent.click(within(panel).getByRole('button', { name: 'Continue anyway' }));
    expect(write.disabled).toBe(false);
    expect(screen.getByRole('region', { name: 'Readiness blockers' }).textContent).toContain('1 blocker remains.');
    fireEvent.click(screen.getByRole('button', { name: 'Open the readiness check' }));
    expect(useNavigation.getState().screen).toBe('readiness');
  });

  it('lists the folders and files with version and status, and drives the progress bar from the main process', async () => {
    setup([]);
    render(<PackageScreen changeSignal={0} />);
    const table = await screen.findByRole('table', { name: 'Files in the package' });
    expect(within(table).getByRole('rowheader', { name: '06 Planning' })).toBeTruthy();
    const soaRow = within(table).getByText('6.1.3 Statement of Applicability.docx').closest('tr')!;
    expect(soaRow.textContent).toContain('ISMS-SOA');
    expect(soaRow.textContent).toContain('Draft');
    expect(soaRow.textContent).toContain('Not yet approved');
    expect(screen.queryByRole('region', { name: /blocker/ })).toBeNull();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Zip the folder too' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Choose folder and write' })));
    expect(invoke).toHaveBeenCalledWith('package:build', { folder: '/home/me', zip: true });
    act(() => listener!({ task: 'package', done: 2, total: 5, label: '6.1.3 Statement of Applicability.docx' }));
    const bar = screen.getByRole('progressbar', { name: 'Writing the Stage 1 package' });
    expect(bar.getAttribute('aria-valuenow')).toBe('2');
    expect(bar.getAttribute('aria-valuemax')).toBe('5');
    expect(screen.getByText('Writing 6.1.3 Statement of Applicability.docx')).toBeTruthy();
    act(() => listener!({ task: 'other', done: 1, total: 9, label: 'not ours' }));
    expect(bar.getAttribute('aria-valuenow')).toBe('2');

    await act(async () => finishBuild({ ok: true, value: result }));
    expect(screen.getByRole('heading', { name: 'Package written' })).toBe(document.activeElement);
    expect(screen.getByTestId('package-folder').textContent).toBe(result.folder);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('5');
    expect(listener).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Show in folder' })));
    expect(invoke).toHaveBeenCalledWith('shell:showItem', { path: result.folder });
  });

  it('tells the user why nothing was written and keeps their choices', async () => {
    setup([], 'fails');
    render(<PackageScreen changeSignal={0} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Zip the folder too' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Choose folder and write' })));
    expect(useNotices.getState().notices.map((n) => n.text)).toEqual([
      'The package was not written: Acme ISMS Stage 1 package 2026-10-22 already exists in /home/me.',
    ]);
    expect((screen.getByRole('checkbox', { name: 'Zip the folder too' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('button', { name: 'Choose folder and write' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
