import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { dispatch, type ShellHandlers } from '../../electron/handlers/dispatch';
import { WorkbookSession } from '../../electron/workbook-session';
import { serveRenderer } from './static-server';

const rendererRoot = path.resolve('dist/renderer');

/** What the native dialogs will answer next; tests set these before clicking. */
export interface DialogAnswers {
  openWorkbook: string | null;
  saveWorkbook: string | null;
  exportPath: string | null;
  importFile: string | null;
  packageFolder: string | null;
}

export interface AppFixture {
  page: Page;
  dir: string;
  session: WorkbookSession;
  dialogs: DialogAnswers;
  /**
   * Opens the app on a fresh workbook (the sample organisation unless told otherwise), on the dashboard
   * or on the screen whose sidebar label is given.
   */
  start(options?: { sample?: boolean; screen?: string }): Promise<string>;
  /** Opens a screen from the sidebar by its exact label. */
  go(screen: string): Promise<void>;
}

/**
 * Runs the built renderer in Debian's Chromium with `window.isms` wired, through page.exposeFunction,
 * to the real handler table on a temporary workbook: the same code path as the Electron preload.
 */
export const test = base.extend<{ app: AppFixture }>({
  app: async ({ page }, use) => {
    if (!fs.existsSync(path.join(rendererRoot, 'index.html'))) {
      throw new Error('dist/renderer is missing: run `vite build` before the end-to-end tests.');
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isms-e2e-'));
    const session = new WorkbookSession({ actor: 'e2e' });
    const dialogs: DialogAnswers = { openWorkbook: null, saveWorkbook: null, exportPath: null, importFile: null, packageFolder: null };
    const shell: ShellHandlers = {
      'dialog:openWorkbook': () => dialogs.openWorkbook,
      'dialog:saveWorkbook': () => dialogs.saveWorkbook,
      'dialog:exportPath': () => dialogs.exportPath,
      'dialog:importFile': () => dialogs.importFile,
      'dialog:packageFolder': () => dialogs.packageFolder,
      'shell:showItem': () => null,
    };
    const server = await serveRenderer(rendererRoot);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.exposeFunction('__ismsInvoke', async (channel: string, input: unknown) =>
      dispatch({ session }, channel, input, {
        shell,
        onChanged: (areas) => {
          // The page may be navigating or closing; a lost notice then is harmless, an unhandled rejection is not.
          page.evaluate((a) => window.dispatchEvent(new CustomEvent('isms:changed', { detail: a })), [...areas]).catch(() => undefined);
        },
        onProgress: (progress) => {
          page.evaluate((p) => window.dispatchEvent(new CustomEvent('isms:progress', { detail: p })), progress).catch(() => undefined);
        },
      }),
    );
    await page.addInitScript(() => {
      const invoke = (window as unknown as { __ismsInvoke: (c: string, i: unknown) => Promise<unknown> }).__ismsInvoke;
      Object.defineProperty(window, 'isms', {
        value: {
          invoke: (channel: string, input: unknown) => invoke(channel, input),
          onChanged: (listener: (areas: string[]) => void) => {
            const handler = (event: Event) => listener((event as CustomEvent<string[]>).detail);
            window.addEventListener('isms:changed', handler);
            return () => window.removeEventListener('isms:changed', handler);
          },
          onMenuCommand: () => () => undefined,
          onProgress: (listener: (progress: unknown) => void) => {
            const handler = (event: Event) => listener((event as CustomEvent<unknown>).detail);
            window.addEventListener('isms:progress', handler);
            return () => window.removeEventListener('isms:progress', handler);
          },
        },
      });
    });

    const go = async (screen: string) => {
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: screen, exact: true }).click();
    };

    const start = async (options: { sample?: boolean; screen?: string } = {}) => {
      const file = path.join(dir, options.sample === false ? 'blank.isms' : 'sample.isms');
      session.create(file, 'Blank Test Ltd', options.sample !== false);
      await page.goto(server.url);
      await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
      if (options.screen) await go(options.screen);
      return file;
    };

    await use({ page, dir, session, dialogs, start, go });

    session.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
