import path from 'node:path';
import { chromium } from '@playwright/test';
import { dispatch } from '../electron/handlers/dispatch';
import type { WorkbookSession } from '../electron/workbook-session';
import { serveRenderer } from '../test/e2e/static-server';

/**
 * Time from clicking "Risk register" to the first rows on screen, in Debian's Chromium, with the window wired
 * to the real handlers as in the end-to-end tests. Needs `npm run build` first.
 */
export async function measureRegisterRender(session: WorkbookSession, runs: number): Promise<number[]> {
  const server = await serveRenderer(path.resolve('dist/renderer'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.exposeFunction('__ismsInvoke', (channel: string, input: unknown) => dispatch({ session }, channel, input));
      // A string, not a function: tsx's transform would add helpers the page does not have.
      await page.addInitScript(
        `Object.defineProperty(window, 'isms', { value: { invoke: (c, i) => window.__ismsInvoke(c, i), ` +
          `onChanged: () => () => undefined, onMenuCommand: () => () => undefined } });`,
      );
      page.on('pageerror', (error) => console.error('[page error]', error.message));
      page.on('console', (message) => message.type() === 'error' && console.error('[console]', message.text()));
      await page.goto(server.url);
      await page.locator('[data-app-state="ready"]').waitFor();
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Risk register', exact: true }).waitFor();
      const start = Date.now();
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Risk register', exact: true }).click();
      await page.locator('[data-risk="R-001"]').waitFor();
      times.push(Date.now() - start);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times;
}
